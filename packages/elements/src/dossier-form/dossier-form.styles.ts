import { css } from 'lit';

/** What only the dossier form needs, on top of the shared widget styles. */
export const styles = css`
  .progress { color: var(--hpasc-color-text-muted); margin: 0 0 var(--hpasc-space); }
  fieldset.group, fieldset.item { border: 1px solid var(--hpasc-color-border); border-radius: var(--hpasc-radius); padding: calc(var(--hpasc-space) * 1.5); }
  .date-parts { display: flex; flex-wrap: wrap; gap: 12px; }
  .date-part label { font-weight: 400; }
  .date-parts .date-part input { width: 64px; }
  .date-parts .date-part.year input { width: 96px; }
  .draft { margin-top: calc(var(--hpasc-space) * 3); padding-top: calc(var(--hpasc-space) * 2); border-top: 1px solid var(--hpasc-color-border); }
  .qr-figure { margin: calc(var(--hpasc-space) * 2) 0; } .qr-figure svg { display: block; max-width: 100%; height: auto; }
  .receipt .code { font-size: 24px; font-weight: 700; letter-spacing: 0.5px; overflow-wrap: anywhere; }
`;
