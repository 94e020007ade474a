export { HpascDossierForm } from '@hpasc/elements';
