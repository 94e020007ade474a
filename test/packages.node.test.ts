/**
 * What npm would publish for each public package, judged on the tarball itself. Each package is packed once
 * (`npm pack --json` into a temporary folder: the same listing as `npm pack --dry-run --json`, plus the
 * tarball), so publint, attw and the file checks all judge the same bytes, even if a build rewrites `dist/`
 * meanwhile. The checks:
 * - publint at level 'suggestion': no message at all;
 * - @arethetypeswrong/cli with its `esm-only` profile: no problem. The packages are ESM-only on purpose: they
 *   run in browsers and bundlers, which read ESM; Node ≥ 20.19 (our `engines`) can `require()` ESM anyway; a
 *   second, CommonJS build would double every file and risk two copies of the SDK in one app (the dual
 *   package hazard). So the node10 and node16-from-CJS resolutions are not judged — and the only problems
 *   allowed there are the two that ESM-only implies;
 * - the exact contents: what must be there, that nothing else is (a whitelist), no stale chunk, source maps
 *   only beside their file and carrying their sources, no file over 1 MiB, a bound on the unpacked size;
 * - @hpasc/elements: the CDN files are exactly those with a published SRI hash, the manifest and the editor
 *   data are wired up and cover every widget, `sideEffects` names every module that defines an element.
 * dist/ is built first when missing (as test/build.node.test.ts does); a build in progress is waited for.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import type { Message } from 'publint';
import { widgetEntries } from '../packages/elements/cdn.config.mjs';

const run = promisify(execFile);
const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const bin = (name: string) => join(root, 'node_modules/.bin', name);
const packageDir = (name: string) => join(root, 'packages', name);

/** The public packages; @hpasc/react joins once it exists. @hpasc/sandbox is private and never published. */
const published = ['sdk', 'elements', 'react'].filter((name) => existsSync(join(packageDir(name), 'package.json')));

type Conditions = Record<string, string>;
interface Manifest {
  name: string;
  version: string;
  private?: boolean;
  license?: string;
  type?: string;
  keywords?: string[];
  repository?: { type?: string; url?: string; directory?: string };
  engines?: { node?: string };
  publishConfig?: { access?: string };
  files?: string[];
  types?: string;
  sideEffects?: boolean | string[];
  customElements?: string;
  'web-types'?: string;
  exports: Record<string, string | Conditions>;
}
const manifestOf = (name: string) => JSON.parse(readFileSync(join(packageDir(name), 'package.json'), 'utf8')) as Manifest;

/** The export entries that are modules (they have a `source` in the repo), with their built files. */
const moduleExports = (manifest: Manifest) =>
  Object.entries(manifest.exports).filter((entry): entry is [string, Conditions] => typeof entry[1] === 'object' && 'source' in entry[1]);
const strip = (path: string) => path.replace(/^\.\//, '');
const builtFiles = (manifest: Manifest) => moduleExports(manifest).flatMap(([, c]) => [c['import'], c['types']]).filter((f): f is string => Boolean(f)).map(strip);

const cdnMarkers = ['dist/cdn/hpasc-elements.js', 'dist/cdn/hpasc-elements.all.js', 'dist/cdn/sri.json', 'dist/cdn/sri.all.json'];
const themesDir = join(packageDir('elements'), 'themes');
const themes = () => (existsSync(themesDir) ? readdirSync(themesDir).filter((f) => f.endsWith('.css')).map((f) => `themes/${f}`) : []);

/**
 * What each tarball must hold, and may hold. Anything not allowed is a leak (sources, tests) or a leftover.
 * Size bounds: measured at 0.1.0 (unpacked: sdk 1.28 MB, of which 0.70 MB are the schemas' declarations;
 * elements 4.23 MB, of which 2.75 MB are source maps; react 22 kB), plus a fifth to a third for growth — a bundled
 * dependency or a copied folder breaks them at once.
 */
const always = ['package.json', 'README.md', 'LICENSE'];
const allowedEverywhere = [
  /^(package\.json|README\.md|LICENSE|CHANGELOG\.md)$/, // CHANGELOG.md: written by `changeset version`
  /^dist\/[\w.-]+\.(js|js\.map|d\.ts)$/,
  /^dist\/chunks\/[\w.-]+\.(js|js\.map|d\.ts)$/,
];
const expectations: Record<string, { required: () => string[]; allowed: RegExp[]; maxUnpackedBytes: number }> = {
  sdk: { required: () => [], allowed: allowedEverywhere, maxUnpackedBytes: 1_550_000 },
  elements: {
    required: () => [
      'generated/custom-elements.json', 'generated/web-types.json', 'generated/vscode.html-custom-data.json', 'generated/vscode.css-custom-data.json',
      ...cdnMarkers, ...Object.keys(widgetEntries).map((tag) => `dist/cdn/${tag}.js`), ...themes(),
    ],
    allowed: [...allowedEverywhere, /^generated\/[\w.-]+\.json$/, /^themes\/[\w-]+\.css$/, /^dist\/cdn\/[\w.-]+\.(js|js\.map|json)$/, /^dist\/cdn\/chunks\/[\w.-]+\.(js|js\.map)$/],
    maxUnpackedBytes: 5_100_000,
  },
  react: { required: () => [], allowed: allowedEverywhere, maxUnpackedBytes: 30_000 },
};
/** Never published, whatever the whitelist says (named apart for a clear message). */
const forbidden = [/(^|\/)(src|test|tests|bench|node_modules|coverage)\//, /\.test\./, /\.tsbuildinfo$/, /\.tgz$/, /(^|\/)\.[^/]+$/];
const maxFileBytes = 1024 * 1024;

interface Packed {
  manifest: Manifest; // as published (read from the tarball)
  tarball: string;
  unpacked: string; // the tarball extracted: <unpacked>/<path>
  files: Map<string, number>; // path → size, from npm's listing
  unpackedSize: number;
  packedSize: number;
}
const packs = new Map<string, Packed>();
const packed = (name: string) => {
  const pack = packs.get(name);
  assert.ok(pack, `@hpasc/${name} was packed`);
  return pack;
};
const text = (pack: Packed, path: string) => readFileSync(join(pack.unpacked, path), 'utf8');

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** path, size and mtime of every file a build writes: equal before and after packing means nothing wrote meanwhile. */
function fingerprint(dir: string): string {
  const walk = (path: string): string[] => {
    if (!existsSync(path)) return [];
    const stat = statSync(path);
    if (!stat.isDirectory()) return [`${relative(dir, path)}:${stat.size}:${stat.mtimeMs}`];
    return readdirSync(path).sort().flatMap((name) => walk(join(path, name)));
  };
  return ['dist', 'generated', 'themes'].flatMap((sub) => walk(join(dir, sub))).join('\n');
}

/** Waits while the sandbox builds the CDN files (it holds dist/.cdn-build.lock with its pid). */
async function waitForCdnBuild(): Promise<void> {
  const lock = join(packageDir('elements'), 'dist/.cdn-build.lock');
  for (let waited = 0; existsSync(lock) && waited < 120_000; waited += 250) {
    const pid = Number(readFileSync(lock, 'utf8').trim() || 0);
    try {
      if (pid) process.kill(pid, 0);
    } catch {
      return; // its builder is gone: a stale lock
    }
    await sleep(250);
  }
}

/** `npm pack` of one package into `into`, repeated until no build wrote to the package while it packed. */
async function pack(name: string, into: string): Promise<Packed> {
  const dir = packageDir(name);
  for (let attempt = 1; ; attempt++) {
    await waitForCdnBuild();
    const before = fingerprint(dir);
    const { stdout } = await run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', into], { cwd: dir, maxBuffer: 64 * 1024 * 1024 });
    if (fingerprint(dir) !== before && attempt < 20) {
      await sleep(1000);
      continue;
    }
    const [listing] = JSON.parse(stdout) as { filename: string; size: number; unpackedSize: number; files: { path: string; size: number }[] }[];
    assert.ok(listing, `npm pack listed @hpasc/${name}`);
    const tarball = join(into, listing.filename);
    const unpacked = join(into, name);
    mkdirSync(unpacked, { recursive: true });
    await run('tar', ['-xzf', tarball, '-C', unpacked, '--strip-components=1']);
    return {
      manifest: JSON.parse(readFileSync(join(unpacked, 'package.json'), 'utf8')) as Manifest,
      tarball, unpacked,
      files: new Map(listing.files.map((f) => [f.path, f.size])),
      unpackedSize: listing.unpackedSize, packedSize: listing.size,
    };
  }
}

/** Relative module specifiers in a built file: static and dynamic imports, re-exports, type imports. */
const relativeImports = (code: string) => [...code.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)["'](\.\.?\/[^"']+)["']/g)].map((m) => m[1]!);

/** A `sideEffects` glob (`*`, `**`) as a regular expression over package-relative paths. */
function globToRegExp(glob: string): RegExp {
  const body = strip(glob).split(/(\*\*\/|\*\*|\*)/).map((part) => {
    if (part === '**/') return '(?:.*/)?';
    if (part === '**') return '.*';
    if (part === '*') return '[^/]*';
    return part.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
  }).join('');
  return new RegExp(`^${body}$`);
}

/** Files under a folder of the repo, package-relative. */
function filesUnder(dir: string, sub: string): string[] {
  const walk = (path: string): string[] => statSync(path).isDirectory() ? readdirSync(path).flatMap((n) => walk(join(path, n))) : [relative(dir, path).split('\\').join('/')];
  return existsSync(join(dir, sub)) ? walk(join(dir, sub)) : [];
}

let scratch = '';

before(async () => {
  // Build once when something a tarball needs is missing (a fresh clone), as test/build.node.test.ts does.
  const missing = published.some((name) => builtFiles(manifestOf(name)).some((f) => !existsSync(join(packageDir(name), f))))
    || cdnMarkers.some((f) => !existsSync(join(packageDir('elements'), f)));
  if (missing) await run(bin('rollup'), ['-c', '--silent'], { cwd: root, maxBuffer: 64 * 1024 * 1024 });
  scratch = mkdtempSync(join(tmpdir(), 'hpasc-pack-'));
  for (const [name, result] of await Promise.all(published.map(async (name) => [name, await pack(name, scratch)] as const))) packs.set(name, result);
});

after(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

for (const name of published) {
  describe(`@hpasc/${name} as published`, () => {
    it('is clean under publint, suggestions included', async () => {
      const { tarball } = packed(name);
      const bytes = readFileSync(tarball);
      const { messages, pkg } = await publint({ pack: { tarball: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) }, level: 'suggestion' });
      assert.deepEqual(messages.map((m: Message) => `${m.type} ${m.code}: ${formatMessage(m, pkg) ?? ''}`), []);
    });

    it('has types that resolve for ESM consumers (attw, esm-only profile: node16 from ESM and bundler)', async () => {
      const { tarball, manifest } = packed(name);
      // Exports without a `source` are data (a manifest, themes, CDN files), not modules: attw judges modules.
      const data = Object.keys(manifest.exports).filter((subpath) => !moduleExports(manifest).some(([module]) => module === subpath));
      // attw exits 1 when its profile finds a problem; its JSON report is on stdout either way.
      const args = [tarball, '--format', 'json', '--profile', 'esm-only', ...(data.length ? ['--exclude-entrypoints', ...data] : [])];
      const stdout = await run(bin('attw'), args, { cwd: root, maxBuffer: 256 * 1024 * 1024 })
        .then((r) => r.stdout, (error: { stdout?: string }) => error.stdout ?? '');
      const { analysis } = JSON.parse(stdout) as {
        analysis: { types: false | { kind: string }; entrypoints: Record<string, unknown>; problems: { kind: string; entrypoint?: string; resolutionKind?: string }[] };
      };
      assert.ok(analysis.types, 'the package ships its own types');
      assert.deepEqual(Object.keys(analysis.entrypoints).sort(), moduleExports(manifest).map(([subpath]) => subpath).sort(), 'attw checked every module export');
      const esmOnlyByDesign = (p: { kind: string; resolutionKind?: string }) =>
        (p.kind === 'NoResolution' && p.resolutionKind === 'node10') || (p.kind === 'CJSResolvesToESM' && p.resolutionKind === 'node16-cjs');
      assert.deepEqual(analysis.problems.filter((p) => !esmOnlyByDesign(p)).map((p) => `${p.kind} ${p.entrypoint ?? ''} (${p.resolutionKind ?? ''})`), []);
    });

    it('holds every file its package.json promises, with a README and the MIT licence', () => {
      const pack = packed(name);
      const required = [...always, ...builtFiles(pack.manifest), ...(pack.manifest.types ? [strip(pack.manifest.types)] : []), ...expectations[name]!.required()];
      assert.deepEqual(required.filter((f) => !pack.files.has(f)), [], 'missing from the tarball');
      // `types` at the top level serves tools that predate `exports`; it must say what the root export says.
      const rootTypes = pack.manifest.exports['.'];
      if (pack.manifest.types) assert.equal(pack.manifest.types, typeof rootTypes === 'object' ? rootTypes['types'] : undefined, '`types` is the root export\'s');
      assert.match(text(pack, 'LICENSE'), /^MIT License[\s\S]*HPASC embed kit contributors/);
      assert.ok(text(pack, 'README.md').includes(pack.manifest.name), 'the README names the package');
    });

    it('holds nothing else: no sources, tests, benches or leftovers; no file over 1 MiB; a bounded size', (t) => {
      const pack = packed(name);
      t.diagnostic(`@hpasc/${name}: ${pack.files.size} files, ${pack.packedSize} B packed, ${pack.unpackedSize} B unpacked`);
      const paths = [...pack.files.keys()];
      assert.deepEqual(paths.filter((p) => forbidden.some((re) => re.test(p))), [], 'forbidden in a tarball');
      assert.deepEqual(paths.filter((p) => !expectations[name]!.allowed.some((re) => re.test(p))), [], 'not expected in the tarball');
      assert.deepEqual([...pack.files].filter(([, size]) => size > maxFileBytes).map(([p, size]) => `${p} (${size} B)`), [], 'files over 1 MiB');
      assert.ok(pack.unpackedSize <= expectations[name]!.maxUnpackedBytes, `unpacked ${pack.unpackedSize} B > ${expectations[name]!.maxUnpackedBytes} B (packed ${pack.packedSize} B)`);
    });

    it('ships no stale build output: every module is reachable from an export or a CDN entry, every import is shipped', () => {
      const pack = packed(name);
      const modules = [...pack.files.keys()].filter((p) => p.startsWith('dist/') && /\.(js|d\.ts)$/.test(p));
      const entries = [...builtFiles(pack.manifest), ...modules.filter((p) => /^dist\/cdn\/[^/]+\.js$/.test(p))];
      const reached = new Set<string>();
      const unresolved: string[] = [];
      const queue = [...entries];
      while (queue.length) {
        const file = queue.shift()!;
        if (reached.has(file)) continue;
        reached.add(file);
        for (const specifier of relativeImports(text(pack, file))) {
          let target = posix.normalize(posix.join(posix.dirname(file), specifier));
          // Declarations import their siblings by the JS name (`./chunks/x.js` is `./chunks/x.d.ts`).
          if (file.endsWith('.d.ts')) target = target.replace(/\.js$/, '.d.ts');
          if (pack.files.has(target)) queue.push(target);
          else unresolved.push(`${file} → ${specifier}`);
        }
      }
      assert.deepEqual(unresolved, [], 'imports of files that are not shipped');
      assert.deepEqual(modules.filter((p) => !reached.has(p)), [], 'shipped but imported by nothing (an earlier build left them; `npm run build` prunes its own)');
    });

    it('ships source maps only beside their file, each carrying its sources (src/ is not published)', () => {
      const pack = packed(name);
      const maps = [...pack.files.keys()].filter((p) => p.endsWith('.map'));
      for (const map of maps) {
        const file = map.slice(0, -'.map'.length);
        assert.ok(pack.files.has(file), `${map} has its file`);
        assert.ok(text(pack, file).trimEnd().endsWith(`//# sourceMappingURL=${posix.basename(map)}`), `${file} points to its map`);
        const { sources, sourcesContent } = JSON.parse(text(pack, map)) as { sources: string[]; sourcesContent?: (string | null)[] };
        assert.ok(sources.every((_, i) => typeof sourcesContent?.[i] === 'string'), `${map} embeds every source`);
      }
      const scripts = [...pack.files.keys()].filter((p) => p.endsWith('.js'));
      assert.deepEqual(scripts.filter((p) => !pack.files.has(`${p}.map`)), [], 'scripts without a map');
    });

    // No `repository` yet: the public address of the repository is not decided, and a guess would be published.
    it('says how it is published: public, MIT, ESM, Node ≥ 20.19, keywords', () => {
      const { manifest } = packed(name);
      assert.equal(manifest.private, undefined);
      assert.equal(manifest.publishConfig?.access, 'public');
      assert.equal(manifest.license, 'MIT');
      assert.equal(manifest.type, 'module');
      assert.equal(manifest.engines?.node, '>=20.19');
      assert.equal(manifest.repository, undefined);
      assert.ok((manifest.keywords ?? []).length > 0, 'keywords');
    });

    it('names in `sideEffects` every module that defines an element, and nothing that does not exist', () => {
      const pack = packed(name);
      const dir = packageDir(name);
      const definesElement = (code: string) => /customElements\.define\(/.test(code);
      const sideEffects = pack.manifest.sideEffects;
      const patterns = Array.isArray(sideEffects) ? sideEffects.map(globToRegExp) : [];
      const covered = (path: string) => sideEffects === true || patterns.some((re) => re.test(path));
      // The source tree counts too: the repository's own bundlers resolve src/ through the `source` condition.
      const sources = filesUnder(dir, 'src').filter((p) => p.endsWith('.ts') && definesElement(readFileSync(join(dir, p), 'utf8')));
      const shipped = [...pack.files.keys()].filter((p) => p.endsWith('.js') && definesElement(text(pack, p)));
      assert.deepEqual([...sources, ...shipped].filter((p) => !covered(p)), [], 'modules with side effects that a bundler would drop');
      const known = [...pack.files.keys(), ...filesUnder(dir, 'src')];
      assert.deepEqual((Array.isArray(sideEffects) ? sideEffects : []).filter((glob) => !known.some((p) => globToRegExp(glob).test(p))), [], 'patterns that match nothing');
    });
  });
}

describe('@hpasc/elements: CDN files, manifest and editor data as published', () => {
  it('ships exactly the CDN scripts that have a published SRI hash, and each hash matches the shipped bytes', () => {
    const pack = packed('elements');
    const sri = { ...JSON.parse(text(pack, 'dist/cdn/sri.json')), ...JSON.parse(text(pack, 'dist/cdn/sri.all.json')) } as Record<string, string>;
    const scripts = [...pack.files.keys()].filter((p) => /^dist\/cdn\/.*\.js$/.test(p)).map((p) => p.slice('dist/cdn/'.length));
    assert.deepEqual(Object.keys(sri).sort(), scripts.sort());
    for (const file of scripts) {
      const digest = createHash('sha384').update(readFileSync(join(pack.unpacked, 'dist/cdn', file))).digest('base64');
      assert.equal(sri[file], `sha384-${digest}`, file);
    }
  });

  it('points `customElements` and `web-types` at shipped files that describe every widget, at the version published', () => {
    const pack = packed('elements');
    assert.equal(pack.manifest.customElements, 'generated/custom-elements.json');
    assert.equal(pack.manifest['web-types'], 'generated/web-types.json');
    const tags = Object.keys(widgetEntries).sort();
    const cem = JSON.parse(text(pack, pack.manifest.customElements!)) as { modules: { declarations?: { tagName?: string }[] }[] };
    const declared = new Set(cem.modules.flatMap((m) => m.declarations ?? []).map((d) => d.tagName).filter(Boolean));
    assert.deepEqual(tags.filter((tag) => !declared.has(tag)), [], 'custom-elements.json');
    const webTypes = JSON.parse(text(pack, pack.manifest['web-types']!)) as { name: string; version: string; contributions: { html: { elements: { name: string }[] } } };
    // JetBrains matches web-types to the installed package by name and version: regenerate after `changeset version`.
    assert.deepEqual([webTypes.name, webTypes.version], [pack.manifest.name, pack.manifest.version], 'web-types.json name and version (run `npm run generate` after versioning)');
    const webTypeTags = new Set(webTypes.contributions.html.elements.map((e) => e.name));
    assert.deepEqual(tags.filter((tag) => !webTypeTags.has(tag)), [], 'web-types.json');
    const vscode = JSON.parse(text(pack, 'generated/vscode.html-custom-data.json')) as { tags: { name: string }[] };
    const vscodeTags = new Set(vscode.tags.map((t) => t.name));
    assert.deepEqual(tags.filter((tag) => !vscodeTags.has(tag)), [], 'vscode.html-custom-data.json');
  });

  it('ships every theme of the repository', () => {
    const pack = packed('elements');
    assert.deepEqual(themes().filter((f) => !pack.files.has(f)), []);
    assert.deepEqual([...pack.files.keys()].filter((p) => p.startsWith('themes/') && !themes().includes(p)), [], 'themes that are not in the repository');
  });
});
