/** The sandbox's embedded database: SQLite through libsql, in a file or in memory, with ordered migrations. */
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createClient, type Client, type InArgs, type Row } from '@libsql/client';

const migrationsDir = fileURLToPath(new URL('./migrations/', import.meta.url));

export interface Database {
  client: Client;
  all<T = Row>(sql: string, args?: InArgs): Promise<T[]>;
  get<T = Row>(sql: string, args?: InArgs): Promise<T | undefined>;
  run(sql: string, args?: InArgs): Promise<{ changes: number; lastInsertRowid: bigint | undefined }>;
  close(): void;
}

/** `path` is a file path, or `:memory:`. */
export async function openDatabase(path: string): Promise<Database> {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const client = createClient({ url: path === ':memory:' ? ':memory:' : `file:${path}` });
  await client.execute('PRAGMA foreign_keys = ON');
  if (path !== ':memory:') await client.execute('PRAGMA journal_mode = WAL');
  await migrate(client);
  return {
    client,
    all: async <T>(sql: string, args: InArgs = []) => (await client.execute({ sql, args })).rows as unknown as T[],
    get: async <T>(sql: string, args: InArgs = []) => (await client.execute({ sql, args })).rows[0] as unknown as T | undefined,
    run: async (sql: string, args: InArgs = []) => {
      const result = await client.execute({ sql, args });
      return { changes: result.rowsAffected, lastInsertRowid: result.lastInsertRowid };
    },
    close: () => client.close(),
  };
}

async function migrate(client: Client): Promise<void> {
  await client.execute('CREATE TABLE IF NOT EXISTS schema_migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)');
  const applied = new Set((await client.execute('SELECT name FROM schema_migrations')).rows.map((r) => String(r['name'])));
  for (const name of readdirSync(migrationsDir).filter((f) => f.endsWith('.sql')).sort()) {
    if (applied.has(name)) continue;
    const statements = readFileSync(`${migrationsDir}${name}`, 'utf8')
      .split(/;\s*$/m)
      .map((s) => s.replace(/^\s*--.*$/gm, '').trim())
      .filter(Boolean);
    await client.batch([...statements, { sql: 'INSERT INTO schema_migrations VALUES (?, ?)', args: [name, new Date().toISOString()] }], 'write');
  }
}
