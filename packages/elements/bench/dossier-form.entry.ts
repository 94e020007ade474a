export { HpascDossierForm } from '../src/dossier-form/dossier-form.ts';
