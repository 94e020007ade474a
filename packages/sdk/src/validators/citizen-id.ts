/**
 * Personal identification number (số định danh cá nhân), printed on the citizen identity card (CCCD):
 * 12 digits `PPP G YY NNNNNN` — province of birth registration, gender and century, year of birth, serial.
 * There is no check digit, so the best a validator can do is check the parts agree.
 */

/** GSO codes of the 63 provinces before the 2025 merger, as the ID system uses them (with gaps). */
const provinceCodes = new Set([
  1, 2, 4, 6, 8, 10, 11, 12, 14, 15, 17, 19, 20, 22, 24, 25, 26, 27, 30, 31, 33, 34, 35, 36, 37, 38, 40, 42, 44,
  45, 46, 48, 49, 51, 52, 54, 56, 58, 60, 62, 64, 66, 67, 68, 70, 72, 74, 75, 77, 79, 80, 82, 83, 84, 86, 87, 89,
  91, 92, 93, 94, 95, 96,
]);

export type CitizenIdIssue = { code: 'format' } | { code: 'province' } | { code: 'birth-year-mismatch' };

export interface CitizenIdParts {
  provinceCode: string;
  gender: 'male' | 'female';
  birthYear: number;
}

const shape = /^\d{12}$/;

export function parseCitizenId(value: string): CitizenIdParts | null {
  if (value.length !== 12 || !shape.test(value)) return null;
  const provinceCode = value.slice(0, 3);
  if (!provinceCodes.has(Number(provinceCode))) return null;
  const genderDigit = Number(value[3]);
  // 0/1 → 1900s, 2/3 → 2000s, 4/5 → 2100s…; even is male, odd is female.
  const century = 1900 + Math.floor(genderDigit / 2) * 100;
  return {
    provinceCode,
    gender: genderDigit % 2 === 0 ? 'male' : 'female',
    birthYear: century + Number(value.slice(4, 6)),
  };
}

/** Null when valid; with `birthDate` (ISO `YYYY-MM-DD`), also checks the year of birth encoded in the number. */
export function checkCitizenId(value: string, options: { birthDate?: string } = {}): CitizenIdIssue | null {
  if (value.length !== 12 || !shape.test(value)) return { code: 'format' };
  const parts = parseCitizenId(value);
  if (!parts) return { code: 'province' };
  const year = options.birthDate ? Number(options.birthDate.slice(0, 4)) : NaN;
  if (Number.isInteger(year) && year !== parts.birthYear) return { code: 'birth-year-mismatch' };
  return null;
}

export function isCitizenId(value: string): boolean {
  return checkCitizenId(value) === null;
}
