// ESM builds of each published package, with bundled type declarations. Entry points come from the
// `source` condition of each package's `exports`, so package.json stays the one list of entries. Then the
// widgets' CDN build (packages/elements/cdn.config.mjs).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import esbuild from 'rollup-plugin-esbuild';
import { dts } from 'rollup-plugin-dts';
import { cdnConfigs, pruneStale } from './packages/elements/cdn.config.mjs';

const packages = ['sdk', 'elements', 'react'];

function entriesOf(pkgDir, manifest) {
  return Object.fromEntries(
    Object.entries(manifest.exports)
      // Only module entries have a `source`; data files (the manifest, themes, package.json) are shipped as they are.
      .filter(([, conditions]) => typeof conditions === 'object' && conditions.source)
      .map(([subpath, conditions]) => {
        const name = subpath === '.' ? 'index' : subpath.slice(2);
        return [name, join(pkgDir, conditions.source)];
      }),
  );
}

/** Dependencies stay external (npm users install them once); so do their subpaths, e.g. `zod/mini`. */
function externalFor(manifest) {
  const names = Object.keys({ ...manifest.dependencies, ...manifest.peerDependencies });
  return (id) => names.some((name) => id === name || id.startsWith(`${name}/`));
}

export default packages.flatMap((name) => {
  const pkgDir = join('packages', name);
  const manifest = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
  const input = entriesOf(pkgDir, manifest);
  const external = externalFor(manifest);
  const output = { dir: join(pkgDir, 'dist'), format: 'es', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' };
  return [
    {
      input,
      external,
      plugins: [esbuild({ target: 'es2022', tsconfig: 'tsconfig.json', sourceMap: true }), pruneStale(/\.js(\.map)?$/)],
      output: { ...output, sourcemap: true },
    },
    {
      input,
      external,
      plugins: [dts({ tsconfig: 'tsconfig.json', compilerOptions: { noEmit: false, customConditions: ['source'] } }), pruneStale(/\.d\.ts$/)],
      output: { ...output, entryFileNames: '[name].d.ts', chunkFileNames: 'chunks/[name]-[hash].d.ts' },
    },
  ];
}).filter((config) => Object.keys(config.input).length > 0).concat(cdnConfigs);
