import { css } from 'lit';

/** What only "my dossiers" needs, on top of the shared widget styles. */
export const styles = css`
  .count { margin: 0 0 var(--hpasc-space); }
  .dossiers { list-style: none; margin: 0; padding: 0; }
  .dossier { border: 2px solid var(--hpasc-color-border); border-radius: var(--hpasc-radius); padding: calc(var(--hpasc-space) * 1.5); margin: 0 0 calc(var(--hpasc-space) * 2); min-width: 0; }
  .dossier h3 { font-size: 18px; margin: 0 0 4px; overflow-wrap: anywhere; scroll-margin-top: 96px; }
  .dossier h3:focus { outline: none; }
  .dossier h3:focus-visible { outline: var(--hpasc-focus-ring); outline-offset: 2px; }
  .dossier h4 { font-size: 16px; margin: 0 0 var(--hpasc-space); overflow-wrap: anywhere; }
  .dossier .actions { margin-top: calc(var(--hpasc-space) * 1.5); }
  .code-line { margin: 0 0 4px; }
  .code { overflow-wrap: anywhere; }
  .status { font-weight: 700; margin: 0 0 4px; }
  .badge { display: inline-block; margin: 0 0 var(--hpasc-space); padding: 2px 10px; border-radius: 999px; font-weight: 700; border: 2px solid currentColor; }
  .badge.on-time { color: var(--hpasc-color-success); }
  .badge.overdue { color: var(--hpasc-color-error); }
  dl.review { margin: 0; }
  a.button.secondary { background: var(--hpasc-color-surface); color: var(--hpasc-color-primary); }
  .failure { border-left-color: var(--hpasc-color-error); }
  .failure p { margin: 0 0 var(--hpasc-space); overflow-wrap: anywhere; }
  .signed-out p { margin: 0 0 var(--hpasc-space); }
  hpasc-rating { margin-top: calc(var(--hpasc-space) * 2); }
  .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
  @media (forced-colors: active) { .badge { border-color: CanvasText; } .dossier { border-color: CanvasText; } a.button { border: 2px solid LinkText; } }
`;
