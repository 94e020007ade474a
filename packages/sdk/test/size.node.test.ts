/** Bundle size budgets: byte sizes are deterministic, so they are tested; timings go to `npm run bench`. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { bundleSize } from '../bench/size.ts';

const budgets = JSON.parse(readFileSync(new URL('../bench/budgets.json', import.meta.url), 'utf8')) as { typicalImportGzipBytes: number };
const bench = (name: string) => new URL(`../bench/${name}`, import.meta.url).pathname;

describe('bundle size', () => {
  it(`keeps the typical import (client + dossiers + procedures) within ${budgets.typicalImportGzipBytes} bytes gzipped`, async () => {
    const size = await bundleSize(bench('typical-client.ts'));
    console.log(`  typical import: ${size.minified} B minified, ${size.gzip} B gzipped`);
    assert.ok(size.gzip <= budgets.typicalImportGzipBytes, `${size.gzip} B > ${budgets.typicalImportGzipBytes} B`);
  });

  it('leaves zod and every schema out unless validation is imported', async () => {
    const plain = await bundleSize(bench('typical-client.ts'));
    assert.equal(plain.parts['zod/mini'], undefined);
    assert.equal(plain.parts['schemas (generated)'], undefined);
    const validated = await bundleSize(bench('typical-validated.ts'));
    assert.ok((validated.parts['zod/mini'] ?? 0) > 0 && (validated.parts['schemas (generated)'] ?? 0) > 0);
  });

  it('bundles only the operations a page imports from @hpasc/sdk/core', async () => {
    const two = await bundleSize({ contents: "import { createCore, getProcedure } from '@hpasc/sdk/core'; export const p = getProcedure(createCore({ baseUrl: 'https://x.invalid', apiKey: 'k' }), '1.001193');", resolveDir: bench('.') });
    const core = await bundleSize(bench('typical-core.ts'));
    assert.ok(two.minified < core.minified, 'fewer operations, fewer bytes');
    assert.equal(two.parts['eventsource-parser'], undefined, 'live events are left out when not used');
  });
});
