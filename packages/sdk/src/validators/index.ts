export { checkCitizenId, isCitizenId, parseCitizenId, type CitizenIdIssue, type CitizenIdParts } from './citizen-id.ts';
export { checkMobile, isMobile, normalizeMobile, type MobileIssue } from './phone.ts';
export { checkTaxCode, isTaxCode, taxCodeCheckDigit, type TaxCodeIssue } from './tax-code.ts';
export { checkDossierCode, cleanDossierCode, isDossierCode, isProcedureCode, type DossierCodeIssue } from './codes.ts';
export { foldForSearch, toNfc, unifySpelling } from './text.ts';
export { namedFormats, type NamedFormat } from './formats.ts';
export { visibleFormData } from './form-data.ts';
