import { css } from 'lit';

/** What only the feedback form needs, on top of the shared widget styles. */
export const styles = css`
  .switch { margin: 0 0 calc(var(--hpasc-space) * 2); }
  button.link { background: none; border-color: transparent; color: var(--hpasc-color-primary); padding: 8px 0; text-decoration: underline; }
  h3 { font-size: 18px; margin: calc(var(--hpasc-space) * 2) 0 var(--hpasc-space); }
  textarea { resize: vertical; }
  .count { margin: 4px 0 0; }
  .count.over { color: var(--hpasc-color-error); font-weight: 600; }
  .summary:focus, .notice:focus { outline: var(--hpasc-focus-ring); outline-offset: 2px; }
  .notice { overflow-wrap: anywhere; }
  .notice.failure { border-left-color: var(--hpasc-color-error); }
  .code { font-size: 22px; font-weight: 700; overflow-wrap: anywhere; margin: 0 0 var(--hpasc-space); }
  .status { border: 2px solid var(--hpasc-color-border); border-radius: var(--hpasc-radius); padding: calc(var(--hpasc-space) * 1.5); margin: 0 0 calc(var(--hpasc-space) * 2); }
  .status-title { font-size: 20px; font-weight: 700; margin: 0 0 4px; }
  .answer { border-left: 4px solid var(--hpasc-color-success); padding: var(--hpasc-space) calc(var(--hpasc-space) * 1.5); background: var(--hpasc-color-surface-raised); }
  .answer p { margin: 0 0 var(--hpasc-space); white-space: pre-line; }
  .draft { border-top: 1px solid var(--hpasc-color-border); margin-top: calc(var(--hpasc-space) * 3); padding-top: calc(var(--hpasc-space) * 2); }
  .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
  @media (forced-colors: active) { .summary, .notice, .status, .answer { border-color: CanvasText; } button.link { border-color: transparent; } }
`;
