/** The codegen pipeline: drift is caught, and the zod/type equivalence check can fail. */
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import ts from 'typescript';

const run = promisify(execFile);
const root = resolve(fileURLToPath(new URL('../../..', import.meta.url)));
const cacheDir = join(root, '.cache');

describe('codegen drift check', () => {
  it('passes on the committed contract and fails when a schema changes without regenerating', async () => {
    const tsx = join(root, 'node_modules/.bin/tsx');
    const clean = await run(tsx, ['scripts/generate.ts', '--check'], { cwd: root });
    assert.match(clean.stdout, /matches the contract/);

    await mkdir(cacheDir, { recursive: true });
    const dir = await mkdtemp(join(cacheDir, 'drift-'));
    try {
      const contract = await readFile(join(root, 'openapi/hpasc.openapi.yaml'), 'utf8');
      const changed = contract.replace(
        /( {4}Sector:\n(?: {6}.*\n)*? {6}properties:\n)/,
        '$1        shortName: { type: string, maxLength: 50 }\n',
      );
      assert.notEqual(changed, contract, 'the test must change the contract');
      await writeFile(join(dir, 'changed.yaml'), changed);
      await assert.rejects(
        run(tsx, ['scripts/generate.ts', '--check', '--contract', join(dir, 'changed.yaml')], { cwd: root }),
        (error: { code: number; stderr: string }) => {
          assert.equal(error.code, 1);
          assert.match(error.stderr, /packages\/sdk\/src\/generated\/types\.ts/);
          assert.match(error.stderr, /packages\/sdk\/src\/generated\/zod\.ts/);
          return true;
        },
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('zod/type equivalence check', () => {
  let dir = '';

  /** Type-checks a copy of the generated files, after `mutate` edits the zod schemas. */
  async function diagnose(mutate: (zod: string) => string, changes = true): Promise<string[]> {
    const zodPath = join(dir, 'packages/sdk/src/generated/zod.ts');
    const original = await readFile(join(root, 'packages/sdk/src/generated/zod.ts'), 'utf8');
    const mutated = mutate(original);
    assert.equal(mutated !== original, changes, changes ? 'the mutation must apply' : 'nothing may change');
    await writeFile(zodPath, mutated);
    const options: ts.CompilerOptions = {
      strict: true,
      noEmit: true,
      skipLibCheck: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      allowImportingTsExtensions: true,
      lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
    };
    const program = ts.createProgram([join(dir, 'packages/sdk/test/generated/schema-equivalence.ts')], options);
    return ts.getPreEmitDiagnostics(program).map((d) => {
      const line = d.file && d.start !== undefined ? d.file.text.split('\n')[d.file.getLineAndCharacterOfPosition(d.start).line] : '';
      return `${ts.flattenDiagnosticMessageText(d.messageText, '\n')} @ ${line?.trim()}`;
    });
  }

  before(async () => {
    await mkdir(cacheDir, { recursive: true });
    dir = await mkdtemp(join(cacheDir, 'equivalence-'));
    await cp(join(root, 'packages/sdk/src/generated'), join(dir, 'packages/sdk/src/generated'), { recursive: true });
    await cp(join(root, 'packages/sdk/test/generated'), join(dir, 'packages/sdk/test/generated'), { recursive: true });
    await cp(join(root, 'packages/sdk/src/validators'), join(dir, 'packages/sdk/src/validators'), { recursive: true });
    // Resolve packages from the copy exactly as from the original.
    const packageModules = join(root, 'packages/sdk/node_modules');
    if (existsSync(packageModules)) await symlink(packageModules, join(dir, 'packages/sdk/node_modules'), 'dir');
  });
  after(() => rm(dir, { recursive: true, force: true }));

  it('compiles cleanly when nothing is changed', async () => {
    assert.deepEqual(await diagnose((zod) => zod, false), []);
  });

  it('fails, naming the schema, when a field changes type', async () => {
    const errors = await diagnose((zod) =>
      zod.replace(/(export const zSector = \/\* @__PURE__ \*\/ \(\(\) => z\.object\(\{\n(?:.*\n)*? {4}name: )z\.string\(\)/, '$1z.number()'),
    );
    assert.ok(errors.length > 0, 'a changed field type must not compile');
    assert.ok(errors.some((e) => e.includes("'Sector'")), errors.join('\n'));
  });

  it('fails when a required field becomes optional', async () => {
    const errors = await diagnose((zod) =>
      zod.replace(/(export const zUnit = \/\* @__PURE__ \*\/ \(\(\) => z\.object\(\{\n {4}code: )zUnitCode/, '$1z.optional(zUnitCode)'),
    );
    assert.ok(errors.some((e) => e.includes("'Unit'")), errors.join('\n'));
  });

  it('fails when an enum loses a value', async () => {
    const errors = await diagnose((zod) => zod.replace(/(export const zSatisfactionLevel = \/\* @__PURE__ \*\/ \(\(\) => z\.enum\(\[\n\s*'very-satisfied',\n\s*'satisfied'),\n\s*'not-satisfied'/, '$1'));
    assert.ok(errors.some((e) => e.includes("'SatisfactionLevel'")), errors.join('\n'));
  });
});
