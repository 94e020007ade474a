/** rollup builds every exported entry of each package to ESM with type declarations. */
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const packages = ['sdk', 'elements'];

interface Manifest {
  exports: Record<string, { source: string; types: string; import: string }>;
  dependencies?: Record<string, string>;
}
const manifest = (name: string) => JSON.parse(readFileSync(join(root, 'packages', name, 'package.json'), 'utf8')) as Manifest;

describe('rollup build', () => {
  before(async () => {
    await promisify(execFile)(join(root, 'node_modules/.bin/rollup'), ['-c', '--silent'], { cwd: root });
  });

  for (const name of packages) {
    it(`emits ESM and .d.ts for every export of @hpasc/${name}`, () => {
      for (const [subpath, target] of Object.entries(manifest(name).exports)) {
        for (const file of [target.import, target.types]) {
          assert.ok(existsSync(join(root, 'packages', name, file)), `${subpath}: ${file}`);
        }
      }
    });

    it(`keeps the dependencies of @hpasc/${name} external and imports nothing else`, () => {
      const allowed = Object.keys(manifest(name).dependencies ?? {});
      for (const target of Object.values(manifest(name).exports)) {
        const code = readFileSync(join(root, 'packages', name, target.import), 'utf8');
        // Module statements only (they start a line in rollup's output), not words like "from" inside strings.
        const specifiers = [...code.matchAll(/^(?:import|export)\b[^;]*?\bfrom\s*['"]([^'"]+)['"]|^import\s*['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/gm)].map((m) => m[1] ?? m[2] ?? m[3]!);
        assert.ok(specifiers.length > 0, `${target.import} imports something`);
        for (const specifier of specifiers) {
          const ok = specifier.startsWith('./') || allowed.some((dep) => specifier === dep || specifier.startsWith(`${dep}/`));
          assert.ok(ok, `${target.import} imports ${specifier}`);
        }
      }
    });
  }

  it('produces modules that run: the built validators judge as the source does', async () => {
    const validators = (await import(pathToFileURL(join(root, 'packages/sdk/dist/validators.js')).href)) as typeof import('@hpasc/sdk/validators');
    assert.equal(validators.isCitizenId('001301012345'), true);
    assert.equal(validators.isTaxCode('0100109107'), false);
    const declarations = readFileSync(join(root, 'packages/sdk/dist/validators.d.ts'), 'utf8');
    assert.match(declarations, /checkCitizenId/);
  });
});
