/**
 * `npm run storybook`: Storybook's dev server and the sandbox its "Live" stories talk to, together; Ctrl-C
 * (or either one stopping) stops both. A sandbox already answering on the port (`npm start` in another
 * terminal) is used as it is. Options: `--port 6006` (Storybook), `--sandbox-port 8787` (or `PORT`; its
 * example pages take the next port). Telemetry stays off.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '6006' },
    'sandbox-port': { type: 'string', default: process.env['PORT'] ?? '8787' },
  },
});
const root = fileURLToPath(new URL('..', import.meta.url));
const sandboxUrl = `http://127.0.0.1:${values['sandbox-port']}`;

/** Whether a sandbox already answers there: its dev controls' index is sandbox-only. */
async function sandboxRunning(): Promise<boolean> {
  try {
    return (await fetch(`${sandboxUrl}/sandbox`, { signal: AbortSignal.timeout(1000) })).ok;
  } catch {
    return false;
  }
}

const children: ChildProcess[] = [];
let stopping = false;
function stop(code: number): void {
  if (stopping) return;
  stopping = true;
  process.exitCode = code;
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
}
// The terminal sends Ctrl-C to the children too; this process waits for them rather than leave one behind.
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));

function start(name: string, command: string, args: string[], env: NodeJS.ProcessEnv = process.env): void {
  const child = spawn(command, args, { cwd: root, stdio: 'inherit', env });
  child.on('error', (error) => {
    console.error(`[storybook] could not start ${name}: ${error.message}`);
    stop(1);
  });
  child.on('exit', (code, signal) => {
    if (stopping) return;
    console.error(`[storybook] ${name} stopped (${signal ?? `exit code ${code}`}); stopping the rest.`);
    stop(code ?? 1);
  });
  children.push(child);
}

if (await sandboxRunning()) {
  console.log(`[storybook] using the sandbox already running at ${sandboxUrl}`);
} else {
  start('the sandbox', process.execPath, ['--conditions=source', '--import', 'tsx', join(root, 'packages/sandbox/src/main.ts'), '--port', values['sandbox-port']]);
}
start('Storybook', join(root, 'node_modules/.bin/storybook'), ['dev', '-p', values.port, '--host', '127.0.0.1', '--ci', '--no-version-updates', '--disable-telemetry'], {
  ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1', HPASC_SANDBOX_URL: sandboxUrl,
});
