/** Bundles an entry the way an embedding site would (esbuild, minified, browser) and measures it gzipped. */
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

export interface BundleSize {
  minified: number;
  gzip: number;
  /** Bytes in the minified output per source: ky, zod, eventsource-parser, the SDK's own code, generated schemas. */
  parts: Record<string, number>;
}

function partOf(file: string): string {
  if (file.includes('node_modules/ky/')) return 'ky';
  if (file.includes('node_modules/zod/')) return 'zod/mini';
  if (file.includes('node_modules/eventsource-parser/')) return 'eventsource-parser';
  if (file.includes('/generated/')) return 'schemas (generated)';
  if (file.includes('/validators/')) return 'validators';
  return 'SDK code';
}

export async function bundleSize(entry: string | { contents: string; resolveDir: string }): Promise<BundleSize> {
  const result = await build({
    ...(typeof entry === 'string' ? { entryPoints: [entry] } : { stdin: { contents: entry.contents, resolveDir: entry.resolveDir, loader: 'ts' } }),
    bundle: true, minify: true, format: 'esm', platform: 'browser', target: 'es2022', write: false, metafile: true,
    conditions: ['source'], tsconfig: new URL('../../../tsconfig.json', import.meta.url).pathname, logLevel: 'silent',
  });
  const code = result.outputFiles[0]!.contents;
  const parts: Record<string, number> = {};
  for (const output of Object.values(result.metafile.outputs)) {
    for (const [file, input] of Object.entries(output.inputs)) parts[partOf(file)] = (parts[partOf(file)] ?? 0) + input.bytesInOutput;
  }
  return { minified: code.length, gzip: gzipSync(code, { level: 9 }).length, parts };
}
