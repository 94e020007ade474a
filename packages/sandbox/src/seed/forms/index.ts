/**
 * Declaration forms modelled on the real tờ khai, by national procedure code. Each file models one printed form
 * from /work/shared/data/forms; procedures without one get the catalog's simple form. A printed form filed by
 * several procedures is built once (ct01.ts: Mẫu CT01 for 1.004222 and 1.004194), each procedure adding its
 * own cases and documents. Not modelled:
 * "Chứng thực bản sao từ bản chính" (2.000815) — no declaration form exists for it in the sources (the dossier
 * is the original and the copy to certify).
 */
import type { Schemas } from '@hpasc/sdk';
import { form as birthRegistration } from './1.001193.ts';
import { form as deathRegistration } from './1.000656.ts';
import { form as marriageRegistration } from './1.000894.ts';
import { form as maritalStatusCertificate } from './1.004873.ts';
import { form as civilStatusExtractCopies } from './2.000635.ts';
import { form as criminalRecordCertificate } from './3.000333.ts';
import { form as permanentResidence } from './1.004222.ts';
import { form as temporaryResidence } from './1.004194.ts';
import { form as landChangeRegistration } from './1.013992.ts';
import { form as constructionPermit } from './1.013225.ts';
import { form as householdBusiness } from './1.001612.ts';
import { form as householdBusinessChange } from './2.000720.ts';
import { form as singleMemberLlc } from './2.001583.ts';

export const forms: ReadonlyMap<string, Schemas['FormSchema']> = new Map([
  ['1.001193', birthRegistration],
  ['1.000656', deathRegistration],
  ['1.000894', marriageRegistration],
  ['1.004873', maritalStatusCertificate],
  ['2.000635', civilStatusExtractCopies],
  ['3.000333', criminalRecordCertificate],
  ['1.004222', permanentResidence],
  ['1.004194', temporaryResidence],
  ['1.013992', landChangeRegistration],
  ['1.013225', constructionPermit],
  ['1.001612', householdBusiness],
  ['2.000720', householdBusinessChange],
  ['2.001583', singleMemberLlc],
]);
