// The CDN build of @hpasc/elements (`npm run build` → packages/elements/dist/cdn/), served from any npm CDN
// under a versioned path (…/@hpasc/elements@<version>/dist/cdn/…):
// - `hpasc-elements.js`, the loader: defines <hpasc-provider> at once and each widget when its tag appears;
// - `hpasc-<widget>.js`, one entry per widget, for pages that would rather name what they use;
// - `chunks/`, what they share (lit, the SDK, the English catalog), content-hashed;
// - `hpasc-elements.all.js`, every widget in one file, for embedders who want one pinned file;
// - `sri.json`, the Subresource Integrity hash (sha384) of every file; source maps beside each file.
// Lit's templates are minified (whitespace that would become text nodes is gone), then terser (two passes).
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import esbuild from 'rollup-plugin-esbuild';
import minifyHtmlLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import { minify } from 'terser';

const src = (path) => fileURLToPath(new URL(`src/${path}`, import.meta.url));
const tsconfig = fileURLToPath(new URL('../../tsconfig.json', import.meta.url));
export const cdnDir = fileURLToPath(new URL('dist/cdn', import.meta.url));

/** Each widget's tag and its registration module (the loader names the same modules). */
export const widgetEntries = {
  'hpasc-provider': 'provider/provider.ts',
  'hpasc-sign-in': 'sign-in/sign-in.ts',
  'hpasc-dossier-form': 'dossier-form/dossier-form.ts',
  'hpasc-dossier-tracker': 'dossier-tracker/dossier-tracker.ts',
  'hpasc-my-dossiers': 'my-dossiers/my-dossiers.ts',
  'hpasc-rating': 'rating/rating.ts',
  'hpasc-rating-summary': 'rating-summary/rating-summary.ts',
  'hpasc-procedure-search': 'procedure-search/procedure-search.ts',
  'hpasc-branch-finder': 'branch-finder/branch-finder.ts',
  'hpasc-service-stats': 'service-stats/service-stats.ts',
  'hpasc-feedback-form': 'feedback-form/feedback-form.ts',
};

/** How terser minifies every chunk (two passes: ~3 % smaller than esbuild's minifier). */
export const terserOptions = { module: true, ecma: 2022, compress: { passes: 2 } };

/** Terser on every chunk, keeping the source map chain. */
const terser = () => ({
  name: 'hpasc-terser',
  async renderChunk(code) {
    const result = await minify(code, { ...terserOptions, sourceMap: true });
    return { code: result.code, map: result.map };
  },
});

/** `sri.json`: the sha384 of every emitted file, as a `<script integrity>` takes it. */
const sri = (fileName) => ({
  name: 'hpasc-sri',
  generateBundle(_options, bundle) {
    const hashes = {};
    for (const file of Object.values(bundle)) {
      if (file.type !== 'chunk') continue;
      hashes[file.fileName] = `sha384-${createHash('sha384').update(file.code).digest('base64')}`;
    }
    this.emitFile({ type: 'asset', fileName, source: `${JSON.stringify(hashes, null, 2)}\n` });
  },
});

/**
 * Deletes what an earlier build left in the output folder and this one did not emit (chunks with an old hash,
 * entries no longer exported), so `npm pack` ships only the current build. Only files of this config's kind
 * (e.g. `.js` + `.js.map`, or `.d.ts`), in the folders named: builds share folders (the packages' JS and .d.ts
 * builds share `dist/`; the CDN's split build and its single file share `dist/cdn/`, so the split build prunes
 * only `chunks/`). Runs after writing, never before, so a build running at the same time never finds a current
 * file missing.
 */
export const pruneStale = (kind, folders = ['', 'chunks']) => ({
  name: 'hpasc-prune-stale',
  writeBundle({ dir }, bundle) {
    for (const sub of folders) {
      const folder = join(dir, sub);
      if (!existsSync(folder)) continue;
      for (const entry of readdirSync(folder, { withFileTypes: true })) {
        const fileName = sub ? `${sub}/${entry.name}` : entry.name;
        const current = fileName in bundle || fileName.replace(/\.map$/, '') in bundle;
        if (entry.isFile() && kind.test(entry.name) && !current) rmSync(join(folder, entry.name), { force: true });
      }
    }
  },
});

/**
 * Writes into the loader each tag's files (its entry and the chunks it imports), for `modulepreload`, compactly:
 * `[files, { tag: indexes }]`. A tag's own entry is left out (the loader knows it: `<tag>.js`); every other
 * file is named once, relative to `chunks/` and without `.js`; a tag's files are indexes into that list in
 * base 36, one digit each (two once there are more than 36 files), in increasing order. The loader reads it so.
 */
const loaderFiles = () => ({
  name: 'hpasc-loader-files',
  generateBundle(_options, bundle) {
    const closure = (name, seen = new Set()) => {
      if (seen.has(name)) return seen;
      seen.add(name);
      for (const imported of bundle[name].imports) closure(imported, seen);
      return seen;
    };
    const closures = Object.keys(widgetEntries).map((tag) => [tag, [...closure(`${tag}.js`)].filter((file) => file !== `${tag}.js`)]);
    const names = [...new Set(closures.flatMap(([, files]) => files))];
    const width = names.length > 36 ? 2 : 1;
    if (names.length > 36 ** width) throw new Error('too many CDN files for the loader\'s index');
    const indexes = (files) => files.map((file) => names.indexOf(file)).sort((a, b) => a - b).map((i) => i.toString(36).padStart(width, '0')).join('');
    const relative = (file) => {
      if (!file.endsWith('.js')) throw new Error(`${file}: the loader names only .js files`);
      return file.startsWith('chunks/') ? file.slice(7, -3) : `../${file.slice(0, -3)}`;
    };
    const files = [names.map(relative), Object.fromEntries(closures.map(([tag, list]) => [tag, indexes(list)]))];
    const loader = bundle['hpasc-elements.js'];
    // The loader parses a JSON string: terser cannot fold a parse away, as it would a plain placeholder.
    const placeholder = `'"__HPASC_FILES__"'`;
    if (!loader.code.includes(placeholder)) throw new Error('the loader lost its __HPASC_FILES__ placeholder');
    if (/['\\]/.test(JSON.stringify(files))) throw new Error('a CDN file name the loader\'s string cannot hold');
    loader.code = loader.code.replace(placeholder, () => `'${JSON.stringify(files)}'`);
  },
});

/**
 * The build every widget file goes through (the CDN build, and the bench's measured bundles). Empty
 * attributes are kept: `<option value="">` without its value would take its text as value.
 */
export const widgetPlugins = () => [
  minifyHtmlLiterals({ failOnError: true, options: { minifyOptions: { removeEmptyAttributes: false } } }),
  nodeResolve({ browser: true, exportConditions: ['source'] }),
  esbuild({ target: 'es2022', tsconfig, include: /\.ts$/, exclude: [], sourceMap: true }),
  terser(),
];

export const onwarn = (warning, warn) => { if (warning.code !== 'CIRCULAR_DEPENDENCY') warn(warning); };

export const cdnConfigs = [
  {
    input: { 'hpasc-elements': src('cdn/loader.ts'), ...Object.fromEntries(Object.entries(widgetEntries).map(([tag, path]) => [tag, src(path)])) },
    plugins: [...widgetPlugins(), loaderFiles(), sri('sri.json'), pruneStale(/\.js(\.map)?$/, ['chunks'])],
    onwarn,
    output: { dir: cdnDir, format: 'es', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js', sourcemap: true },
  },
  {
    input: { 'hpasc-elements.all': src('cdn/all.ts') },
    plugins: [...widgetPlugins(), sri('sri.all.json')],
    onwarn,
    output: { dir: cdnDir, format: 'es', entryFileNames: '[name].js', inlineDynamicImports: true, sourcemap: true },
  },
];
