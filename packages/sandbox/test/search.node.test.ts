/** Procedure search over the real seeded catalog: folded, spelling- and typo-tolerant, best match first. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { foldForSearch, unifySpelling } from '@hpasc/sdk/validators';
import { search } from '../src/domain/search.ts';
import { readSourceProcedures } from '../src/seed/catalog.ts';

const index = readSourceProcedures().map((p, rank) => ({ code: p.code, folded: unifySpelling(foldForSearch(p.name)), rank }));
const first = (q: string) => search(index, q)[0]?.code;

describe('procedure search', () => {
  it('finds birth registration first however it is typed', () => {
    for (const q of ['dang ky khai sinh', 'Đăng ký khai sinh', 'khai sinh', 'ĐĂNG KÝ KHAI SINH', 'dang ki khai sinh', 'Đăng kí khai sinh', 'khai sin', 'Đăng ký khai sinh'.normalize('NFD')]) {
      assert.equal(first(q), '1.001193', q);
    }
  });

  it('finds other well-known procedures by folded words', () => {
    assert.equal(first('dang ky ket hon'), '1.000894');
    assert.equal(first('đăng kí kết hôn'), '1.000894');
    assert.equal(first('1.001193'), '1.001193');
    assert.ok(search(index, 'ly lich tu phap').length > 0);
  });

  it('returns nothing for unrelated text', () => {
    assert.deepEqual(search(index, 'zzqx wvvk'), []);
  });

  it('treats only consonant + final y as the i/y spelling pair', () => {
    assert.equal(unifySpelling('dang ky ly lich'), 'dang ki li lich');
    assert.equal(unifySpelling('tuyen truyen tay'), 'tuyen truyen tay');
  });
});
