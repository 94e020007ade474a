/** Vietnamese text rules: store NFC; fold for search so diacritics and tone placement do not matter. */

export function toNfc(value: string): string {
  return value.normalize('NFC');
}

/**
 * Folds text for search: NFD, drop combining marks (U+0300–U+036F), đ → d (it does not decompose), lower
 * case, single spaces. "Đăng ký khai sinh", its NFD form and "dang ky khai sinh" fold alike, as do the old
 * and new tone placements "hoá" and "hóa".
 */
export function foldForSearch(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Spellings Vietnamese writes both ways: a final i/y after a consonant ("kí"/"ký", "lí"/"lý", "mĩ"/"mỹ").
 * Applied to folded text on both sides of a search; keeps the length (one letter for one).
 */
export function unifySpelling(folded: string): string {
  return folded.replace(/\b([bcdghklmnpqrstvx]+)y\b/g, '$1i');
}
