/** Vietnamese (in the code, by `msg()` id) and English (`locales/en.ts`) must hold the same messages. */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { str } from '@lit/localize';
import { englishTemplates } from '../src/locales/en.ts';

const templates = englishTemplates(str);

const src = fileURLToPath(new URL('../src/', import.meta.url));
const files = (dir: string): string[] => readdirSync(dir).flatMap((name) => {
  const path = join(dir, name);
  return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
});

describe('localization catalogs', () => {
  const ids = new Set(files(src).flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/\{ id: '([a-zA-Z0-9.]+)' \}/g)].map((m) => m[1]!)));

  it('translate every Vietnamese message into English, and nothing else', () => {
    assert.ok(ids.size > 50);
    assert.deepEqual([...ids].filter((id) => !(id in templates)).sort(), [], 'missing in en.ts');
    assert.deepEqual(Object.keys(templates).filter((id) => !ids.has(id)).sort(), [], 'unused in en.ts');
  });

  it('keep the placeholders of each message', () => {
    for (const file of files(src)) {
      for (const match of readFileSync(file, 'utf8').matchAll(/msg\(str`((?:[^`\\]|\\.)*)`, \{ id: '([a-zA-Z0-9.]+)' \}/g)) {
        const expressions = (match[1]!.match(/\$\{/g) ?? []).length;
        const english = templates[match[2] as keyof typeof templates] as unknown as { values?: unknown[] } | string;
        const count = typeof english === 'string' ? 0 : (english.values?.length ?? 0);
        assert.equal(count, expressions, `${match[2]}: ${expressions} placeholders in Vietnamese, ${count} in English`);
      }
    }
  });
});
