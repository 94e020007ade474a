/** The dossier form's size budget: bytes are deterministic, so they are tested; timings go to `npm run bench`. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { bundleForm } from '../bench/dossier-form.bench.ts';

const budgets = JSON.parse(readFileSync(new URL('../bench/budgets.json', import.meta.url), 'utf8')) as { dossierFormGzipBytes: number };

describe('dossier form size', () => {
  it(`keeps what a Vietnamese page loads for the form within ${budgets.dossierFormGzipBytes} bytes gzipped`, async () => {
    const bundle = await bundleForm();
    console.log(`  dossier form: ${bundle.minifiedBytes} B minified, ${bundle.gzipBytes} B gzipped; on demand ${bundle.onDemandGzipBytes} B; English catalog ${bundle.englishGzipBytes} B`);
    assert.ok(bundle.gzipBytes <= budgets.dossierFormGzipBytes, `${bundle.gzipBytes} B > ${budgets.dossierFormGzipBytes} B`);
    assert.ok(bundle.englishGzipBytes > 0, 'the English catalog is a chunk of its own');
    assert.ok(Object.values(bundle.files).every((code) => !code.includes('new Function') && !/\beval\(/.test(code)), 'nothing evaluates code (strict CSP)');
  });
});
