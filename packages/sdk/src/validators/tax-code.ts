/**
 * Tax code (mã số thuế), which is also the business registration number: 10 digits, or 13 written
 * `NNNNNNNNNN-NNN` for a dependent unit (branch). The 10th digit is a check digit over the first nine.
 */

export type TaxCodeIssue = { code: 'format' } | { code: 'checksum' };

const shape = /^\d{10}(-\d{3})?$/;
const weights = [31, 29, 23, 19, 17, 13, 7, 5, 3];

/**
 * check = 10 − (Σ digit·weight mod 11). When that is 10 the rule yields no single digit; implementations
 * disagree (some write 0), so 0 is accepted in that case. When the remainder is 0, the check is 10 too.
 */
export function taxCodeCheckDigit(firstNine: string): number {
  const sum = weights.reduce((total, weight, i) => total + weight * Number(firstNine[i]), 0);
  return 10 - (sum % 11);
}

export function checkTaxCode(value: string): TaxCodeIssue | null {
  if (value.length > 14 || !shape.test(value)) return { code: 'format' };
  const expected = taxCodeCheckDigit(value.slice(0, 9));
  const actual = Number(value[9]);
  const matches = expected === actual || (expected >= 10 && actual === 0);
  return matches ? null : { code: 'checksum' };
}

export function isTaxCode(value: string): boolean {
  return checkTaxCode(value) === null;
}
