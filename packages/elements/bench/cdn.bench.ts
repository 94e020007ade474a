/**
 * What pages load from the CDN build (packages/elements/cdn.config.mjs), built here as `npm run build` does:
 * the loader alone; a page with one widget (the loader, the provider, the widget and every chunk they import);
 * a page with all of them. Gzip (-9) and brotli (quality 11) sizes of the minified files. The English
 * catalog is left out: only English pages fetch it.
 */
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { rollup, type OutputChunk } from 'rollup';
import { cdnConfigs, widgetEntries } from '../cdn.config.mjs';
import { isEnglishChunk } from './build.ts';

export interface Size {
  gzip: number;
  brotli: number;
  files: number;
}

export interface CdnSizes {
  loader: Size;
  /** Per widget tag: what a page with the loader and that widget loads. */
  widgets: Record<string, Size>;
  all: Size;
  /** The single file of every widget. */
  single: Size;
}

async function build(index: number): Promise<Map<string, OutputChunk>> {
  const config = cdnConfigs[index]!;
  const bundle = await rollup({ ...config, plugins: (config.plugins as { name: string }[]).filter((p) => p.name !== 'hpasc-sri') as never });
  const outputs = Array.isArray(config.output) ? config.output[0]! : config.output!;
  const { output } = await bundle.generate({ ...outputs, sourcemap: false });
  await bundle.close();
  return new Map(output.filter((o): o is OutputChunk => o.type === 'chunk').map((chunk) => [chunk.fileName, chunk]));
}

function measure(chunks: Map<string, OutputChunk>, roots: string[]): Size {
  const seen = new Set<string>();
  const visit = (name: string): void => {
    if (seen.has(name)) return;
    seen.add(name);
    for (const imported of chunks.get(name)!.imports) visit(imported);
  };
  roots.forEach(visit);
  let gzip = 0, brotli = 0, files = 0;
  for (const name of seen) {
    const chunk = chunks.get(name)!;
    if (isEnglishChunk(chunk)) continue;
    gzip += gzipSync(chunk.code, { level: 9 }).length;
    brotli += brotliCompressSync(chunk.code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
    files++;
  }
  return { gzip, brotli, files };
}

/** The CDN build in memory (no source maps): the code-split files and the single file, by file name. */
export interface BuiltCdn {
  split: Map<string, OutputChunk>;
  single: Map<string, OutputChunk>;
}

export async function buildCdn(): Promise<BuiltCdn> {
  const [split, single] = await Promise.all([build(0), build(1)]);
  return { split, single };
}

export function cdnSizes({ split, single }: BuiltCdn): CdnSizes {
  const loader = 'hpasc-elements.js';
  const tags = Object.keys(widgetEntries).filter((tag) => tag !== 'hpasc-provider');
  return {
    loader: measure(split, [loader]),
    widgets: Object.fromEntries(tags.map((tag) => [tag, measure(split, [loader, 'hpasc-provider.js', `${tag}.js`])])),
    all: measure(split, [loader, ...Object.keys(widgetEntries).map((tag) => `${tag}.js`)]),
    single: measure(single, ['hpasc-elements.all.js']),
  };
}
