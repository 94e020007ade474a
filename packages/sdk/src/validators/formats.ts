import { isCitizenId } from './citizen-id.ts';
import { isDossierCode, isProcedureCode } from './codes.ts';
import { isMobile } from './phone.ts';
import { isTaxCode } from './tax-code.ts';

/**
 * The contract's named formats, one predicate each: the sandbox registers them with ajv, the forms with
 * zod, so both sides judge input alike.
 */
export const namedFormats = {
  'vn-citizen-id': isCitizenId,
  'vn-phone': isMobile,
  'vn-tax-code': isTaxCode,
  'vn-dossier-code': isDossierCode,
  'vn-procedure-code': isProcedureCode,
} as const satisfies Record<string, (value: string) => boolean>;

export type NamedFormat = keyof typeof namedFormats;
