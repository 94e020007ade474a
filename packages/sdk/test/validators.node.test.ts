/** The Vietnamese named formats, shared by the sandbox (ajv) and the forms (zod). */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  checkCitizenId,
  checkDossierCode,
  checkTaxCode,
  cleanDossierCode,
  foldForSearch,
  isMobile,
  isProcedureCode,
  namedFormats,
  normalizeMobile,
  parseCitizenId,
  taxCodeCheckDigit,
  toNfc,
} from '@hpasc/sdk/validators';

describe('citizen ID (CCCD)', () => {
  it('accepts 12 digits with a real province code', () => {
    assert.equal(checkCitizenId('001301012345'), null);
    assert.equal(checkCitizenId('079098004321'), null);
  });

  it('names what is wrong', () => {
    assert.deepEqual(checkCitizenId('00130101234'), { code: 'format' });
    assert.deepEqual(checkCitizenId('00130101234a'), { code: 'format' });
    assert.deepEqual(checkCitizenId('００１３０１０１２３４５'), { code: 'format' }, 'full-width digits are not digits');
    assert.deepEqual(checkCitizenId('003301012345'), { code: 'province' }, '003 is a gap in the province codes');
    assert.deepEqual(checkCitizenId('097301012345'), { code: 'province' });
    assert.deepEqual(checkCitizenId('1'.repeat(5000)), { code: 'format' });
  });

  it('reads gender and century and checks them against a birth date', () => {
    assert.deepEqual(parseCitizenId('001301012345'), { provinceCode: '001', gender: 'female', birthYear: 2001 });
    assert.deepEqual(parseCitizenId('001098004321'), { provinceCode: '001', gender: 'male', birthYear: 1998 });
    assert.deepEqual(parseCitizenId('001405000001'), { provinceCode: '001', gender: 'male', birthYear: 2105 });
    assert.equal(checkCitizenId('001301012345', { birthDate: '2001-05-14' }), null);
    assert.deepEqual(checkCitizenId('001301012345', { birthDate: '1901-05-14' }), { code: 'birth-year-mismatch' });
  });
});

describe('mobile numbers', () => {
  it('accepts the carriers’ prefixes with 0, 84 or +84', () => {
    for (const n of ['0912345678', '0321234567', '0861234567', '0561234567', '84912345678', '+84912345678']) assert.ok(isMobile(n), n);
  });

  it('rejects landlines, unknown prefixes and wrong lengths', () => {
    for (const n of ['0241022000', '0212345678', '091234567', '09123456789', '0912 345 678']) assert.ok(!isMobile(n), n);
  });

  it('normalizes what people type to 0xxxxxxxxx', () => {
    assert.equal(normalizeMobile('0912 345 678'), '0912345678');
    assert.equal(normalizeMobile('+84 912.345.678'), '0912345678');
    assert.equal(normalizeMobile('(84) 912-345-678'), '0912345678');
    assert.equal(normalizeMobile('0212345678'), null);
  });
});

describe('tax codes', () => {
  it('computes the check digit with the tax authority’s weights', () => {
    assert.equal(taxCodeCheckDigit('010010910'), 6);
    assert.equal(checkTaxCode('0100109106'), null);
    assert.deepEqual(checkTaxCode('0100109107'), { code: 'checksum' });
  });

  it('accepts 0 when the rule gives 10', () => {
    // 0,0,0,0,0,0,0,0,1 → 3; 3 mod 11 = 3 → check 7. Find a prefix whose sum is a multiple of 11:
    // 1 in position 8 (weight 5) + 2 in position 9 (weight 3) → 11 → remainder 0 → check 10.
    assert.equal(taxCodeCheckDigit('000000012'), 10);
    assert.equal(checkTaxCode('0000000120'), null);
    assert.deepEqual(checkTaxCode('0000000121'), { code: 'checksum' });
  });

  it('accepts 13-digit codes of dependent units and rejects other shapes', () => {
    assert.equal(checkTaxCode('0100109106-001'), null);
    assert.deepEqual(checkTaxCode('0100109106001'), { code: 'format' });
    assert.deepEqual(checkTaxCode('010010910'), { code: 'format' });
  });
});

describe('dossier and procedure codes', () => {
  it('accepts the one-stop format with a real date', () => {
    assert.equal(checkDossierCode('000.00.12.H26-251124-0001'), null);
    assert.equal(checkDossierCode('000.A0.01.H26-210212-9090'), null);
    assert.deepEqual(checkDossierCode('000.00.12.H26-251324-0001'), { code: 'date' });
    assert.deepEqual(checkDossierCode('000.00.12.H26-250230-0001'), { code: 'date' });
    assert.deepEqual(checkDossierCode('000.00.12.X26-251124-0001'), { code: 'format' });
  });

  it('cleans pasted codes', () => {
    assert.equal(cleanDossierCode(' 000.00.12.h26-251124-\n0001 '), '000.00.12.H26-251124-0001');
  });

  it('knows national and local procedure codes', () => {
    assert.ok(isProcedureCode('1.001193'));
    assert.ok(isProcedureCode('1.001193.000.00.00.H26'));
    assert.ok(!isProcedureCode('1.00119'));
    assert.ok(!isProcedureCode('01.001193'));
  });
});

describe('Vietnamese text', () => {
  it('folds diacritics, đ and tone placement for search', () => {
    const folded = foldForSearch('Đăng ký khai sinh');
    assert.equal(folded, 'dang ky khai sinh');
    assert.equal(foldForSearch('Đăng ký khai sinh'.normalize('NFD')), folded);
    assert.equal(foldForSearch('  dang   KY khai sinh '), folded);
    assert.equal(foldForSearch('hoá'), foldForSearch('hóa'));
    assert.equal(foldForSearch('Hoà Bình'), foldForSearch('Hòa Bình'));
  });

  it('stores NFC', () => {
    const nfd = 'Nguyễn'.normalize('NFD');
    assert.notEqual(nfd, 'Nguyễn');
    assert.equal(toNfc(nfd), 'Nguyễn');
  });
});

describe('named formats', () => {
  it('maps each named format of the contract to its predicate', () => {
    assert.deepEqual(Object.keys(namedFormats).sort(), ['vn-citizen-id', 'vn-dossier-code', 'vn-phone', 'vn-procedure-code', 'vn-tax-code']);
    assert.ok(namedFormats['vn-citizen-id']('001301012345'));
    assert.ok(!namedFormats['vn-tax-code']('0100109107'));
  });
});
