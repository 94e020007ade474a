import { css } from 'lit';

/** What only this widget needs, on top of the shared widget styles. */
export const styles = css`
  .rating { max-width: 720px; }
  legend h2 { margin: 0; }
  p { margin: 0 0 var(--hpasc-space); }
  .choices { display: flex; flex-wrap: wrap; gap: var(--hpasc-space); }
  label.level { flex: 1 1 180px; display: flex; gap: var(--hpasc-space); align-items: center; min-height: var(--hpasc-target-size); margin: 0;
    padding: 8px 12px; border: 2px solid var(--hpasc-color-border); border-radius: var(--hpasc-radius); cursor: pointer; }
  label.level:has(input:checked) { border-color: var(--hpasc-color-primary); box-shadow: inset 0 0 0 2px var(--hpasc-color-primary); background: var(--hpasc-color-surface-raised); }
  label.level:has(input:focus-visible) { outline: var(--hpasc-focus-ring); outline-offset: 2px; }
  input[type='radio'] { width: 24px; height: 24px; margin: 0; flex: none; accent-color: var(--hpasc-color-primary); }
  input[type='radio']:focus-visible { outline: none; }
  .criteria { margin: 0 0 calc(var(--hpasc-space) * 2.5); border: 1px solid var(--hpasc-color-border); border-radius: var(--hpasc-radius); padding: 0 calc(var(--hpasc-space) * 1.5); }
  .criteria[open] { padding-bottom: calc(var(--hpasc-space) * 1.5); }
  .criteria summary { min-height: var(--hpasc-target-size); display: flex; align-items: center; font-weight: 600; cursor: pointer; }
  .criterion { border-top: 1px solid var(--hpasc-color-border); padding-top: var(--hpasc-space); margin-bottom: var(--hpasc-space); }
  .criterion legend { float: left; width: 100%; padding-top: var(--hpasc-space); }
  .scores { clear: both; display: flex; flex-wrap: wrap; gap: 0 calc(var(--hpasc-space) * 2); }
  label.score { display: flex; gap: var(--hpasc-space); align-items: center; min-height: var(--hpasc-target-size); font-weight: 400; margin: 0; cursor: pointer; }
  label.score:has(input:focus-visible) { outline: var(--hpasc-focus-ring); outline-offset: 2px; }
  .field { margin: 0 0 calc(var(--hpasc-space) * 2.5); }
  textarea { resize: vertical; }
  .help { color: var(--hpasc-color-text-muted); font-weight: 400; }
  .count { text-align: right; margin-top: 4px; }
  .summary:focus { outline: var(--hpasc-focus-ring); outline-offset: 2px; }
  .notice { overflow-wrap: anywhere; }
  .notice.failure { border-left-color: var(--hpasc-color-error); }
  .thanks h2 { color: var(--hpasc-color-success); }
  .actions { margin-top: calc(var(--hpasc-space) * 2); }
  /* The counter tablet: big targets, big type, nothing to type. */
  .kiosk { --hpasc-target-size: max(64px, var(--hpasc-kiosk-target-size, 96px)); font-size: 20px; max-width: none; user-select: none; }
  .kiosk h2 { font-size: 28px; }
  .kiosk .choices { gap: calc(var(--hpasc-space) * 2); }
  .kiosk label.level { flex-basis: 200px; justify-content: center; font-size: 24px; }
  .kiosk input[type='radio'] { width: 32px; height: 32px; }
  .kiosk button { width: 100%; font-size: 24px; }
  .kiosk .thanks { text-align: center; padding: calc(var(--hpasc-space) * 6) 0; }
  .waiting { min-height: 24px; margin: calc(var(--hpasc-space) * 2) 0 0; font-size: 14px; color: var(--hpasc-color-text-muted); text-align: right; }
  @media (forced-colors: active) {
    button, label.level { border: 2px solid ButtonText; }
    label.level:has(input:checked) { outline: 3px solid Highlight; }
    .summary, .notice { border-color: CanvasText; }
  }
`;
