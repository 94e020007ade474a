/**
 * Vietnamese mobile numbers (số điện thoại di động): 10 digits after the leading 0, or with +84 / 84.
 * The named format `vn-phone` accepts only the cleaned form; `normalizeMobile` removes the spaces, dots and
 * hyphens people type and returns the stored form `0xxxxxxxxx`.
 */

export type MobileIssue = { code: 'format' };

const mobile = /^(\+84|84|0)(3[2-9]|5[25689]|7[06-9]|8[1-689]|9[0-46-9])\d{7}$/;

export function isMobile(value: string): boolean {
  return value.length <= 13 && mobile.test(value);
}

export function checkMobile(value: string): MobileIssue | null {
  return isMobile(value) ? null : { code: 'format' };
}

export function normalizeMobile(value: string): string | null {
  if (value.length > 32) return null;
  const cleaned = value.replace(/[\s.\-()]/g, '');
  const match = mobile.exec(cleaned);
  return match ? `0${cleaned.slice(match[1]!.length)}` : null;
}
