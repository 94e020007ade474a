/** Codes the sandbox issues: dossier codes, PINs, ids and tokens. */
import { randomBytes, randomInt } from 'node:crypto';
import { ulid } from 'ulid';

/** Crockford base32 without I, L, O, U — nothing a citizen can misread. */
const pinAlphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** The center's agency segment in dossier codes (demo: the real segment of the center is not public). */
export const centerAgencySegment = '000.00.12.H26';

/** `<agency>-<yyMMdd>-<NNNN>`; `sequence` counts the dossiers of that day from 1. */
export function dossierCode(localDay: string, sequence: number): string {
  return `${centerAgencySegment}-${localDay.slice(2, 4)}${localDay.slice(5, 7)}${localDay.slice(8, 10)}-${String(sequence).padStart(4, '0')}`;
}

export function feedbackCode(localDay: string, sequence: number): string {
  return `PAKN-${localDay.slice(2, 4)}${localDay.slice(5, 7)}${localDay.slice(8, 10)}-${String(sequence).padStart(4, '0')}`;
}

export function trackingPin(): string {
  return Array.from({ length: 6 }, () => pinAlphabet[randomInt(pinAlphabet.length)]).join('');
}

export function newId(prefix: 'up' | 'vf' | 'pay' | 'doc' | 'rt' | 'sr'): string {
  return `${prefix}_${ulid()}`;
}

/** An opaque bearer secret; the mode marks sandbox tokens as test data. */
export function newToken(prefix: 'tt' | 'st' | 'at' | 'rt' | 'ac'): string {
  return `${prefix}_test_${randomBytes(16).toString('hex')}`;
}

export function oneTimeCode(): string {
  return String(randomInt(0, 1_000_000)).padStart(6, '0');
}
