// `npm test`: every check and test suite of the repository, with one closing line `N passed, N failed`.
// Checks (contract lint, codegen drift of the contract and of the elements' manifest, type check, build)
// count one each; test suites count their tests.
// `tsx scripts/test.ts node browser` runs only the named steps.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = (name: string) => join(root, 'node_modules/.bin', name);

interface StepResult {
  name: string;
  passed: number;
  failed: number;
}

/** Runs a command, streaming its output, and resolves with its exit code and output. */
function run(command: string, args: string[], env: Record<string, string> = {}): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    for (const stream of [child.stdout, child.stderr]) {
      stream.on('data', (chunk: Buffer) => {
        output += chunk;
        (stream === child.stdout ? process.stdout : process.stderr).write(chunk);
      });
    }
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

function findTests(dir: string, suffix: string, found: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) findTests(path, suffix, found);
    else if (name.endsWith(suffix)) found.push(relative(root, path));
  }
  return found;
}

const testRoots = ['test', ...readdirSync(join(root, 'packages')).map((p) => join('packages', p, 'test'))]
  .map((dir) => join(root, dir))
  .filter((dir) => existsSync(dir) && statSync(dir).isDirectory());
const testFiles = (suffix: string) => testRoots.flatMap((dir) => findTests(dir, suffix)).sort();

const check = (name: string, command: string, args: string[], env: Record<string, string> = {}, accept = (_output: string) => true) => async (): Promise<StepResult> => {
  const { code, output } = await run(command, args, env);
  const ok = code === 0 && accept(output);
  return { name, passed: ok ? 1 : 0, failed: ok ? 0 : 1 };
};

async function nodeTests(): Promise<StepResult> {
  const files = testFiles('.node.test.ts');
  const tap = join(mkdtempSync(join(tmpdir(), 'hpasc-test-')), 'node.tap');
  const { code } = await run(process.execPath, [
    '--conditions=source', '--import', 'tsx', '--test',
    '--test-reporter=spec', '--test-reporter-destination=stdout',
    '--test-reporter=tap', `--test-reporter-destination=${tap}`,
    ...files,
  ], built ? { HPASC_BUILT: '1' } : {});
  const report = readFileSync(tap, 'utf8');
  rmSync(tap, { force: true });
  // The TAP summary's last "# pass N" / "# fail N" lines are the totals.
  const count = (label: string) => Number([...report.matchAll(new RegExp(`^# ${label} (\\d+)$`, 'gm'))].at(-1)?.[1] ?? 0);
  const failed = count('fail') + count('cancelled');
  return { name: `node tests (${files.length} files)`, passed: count('pass'), failed: failed || (code === 0 ? 0 : 1) };
}

async function browserTests(): Promise<StepResult> {
  const files = testFiles('.browser.test.ts');
  if (files.length === 0) return { name: 'browser tests (none yet)', passed: 0, failed: 0 };
  const { code, output } = await run(bin('web-test-runner'), ['--config', 'web-test-runner.config.mjs']);
  // The runner's progress line ends with "N passed, N failed"; take the last one it printed.
  const last = [...output.replace(/\u001b\[[0-9;]*m/g, '').matchAll(/(\d+) passed, (\d+) failed/g)].at(-1);
  const passed = Number(last?.[1] ?? 0);
  const failed = Number(last?.[2] ?? 0) || (code === 0 ? 0 : 1);
  return { name: `browser tests (${files.length} files)`, passed, failed };
}

/**
 * Set once the build step has run: the node tests then use its output rather than each rebuilding it —
 * files run in parallel, and a rebuild would rewrite the CDN files while the examples' tests serve them.
 */
let built = false;
const build = async (): Promise<StepResult> => {
  const result = await check('build (rollup: the packages, the CDN files)', bin('rollup'), ['-c', '--silent'])();
  built = result.failed === 0;
  return result;
};

const quiet = { REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' };
const steps: Record<string, () => Promise<StepResult>> = {
  lint: check('contract lint (Redocly, no warnings)', bin('redocly'), ['lint', 'openapi/hpasc.openapi.yaml', '--format=stylish'], quiet,
    (output) => /Your API description is valid/.test(output) && !/You have \d+ warnings?/.test(output)),
  drift: check('codegen drift (contract)', bin('tsx'), ['scripts/generate.ts', '--check']),
  manifest: check('codegen drift (custom elements manifest, editor data)', bin('tsx'), ['scripts/generate-elements.ts', '--check']),
  types: check('type check', bin('tsc'), ['-p', 'tsconfig.json']),
  build,
  node: nodeTests,
  browser: browserTests,
};

const only = process.argv.slice(2);
const selected = only.length ? only : Object.keys(steps);
const results: (StepResult & { seconds: number })[] = [];
for (const key of selected) {
  const step = steps[key];
  if (!step) throw new Error(`unknown step ${key}; steps: ${Object.keys(steps).join(', ')}`);
  const started = Date.now();
  console.log(`\n━━ ${key} ━━`);
  results.push({ ...(await step()), seconds: (Date.now() - started) / 1000 });
}

console.log('\nSummary');
for (const r of results) console.log(`  ${r.failed ? '✗' : '✓'} ${r.name}: ${r.passed} passed, ${r.failed} failed (${r.seconds.toFixed(1)} s)`);
const passed = results.reduce((n, r) => n + r.passed, 0);
const failed = results.reduce((n, r) => n + r.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed ? 1 : 0;
