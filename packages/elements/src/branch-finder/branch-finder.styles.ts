import { css } from 'lit';

/** What only the branch finder needs, on top of the shared widget styles. */
export const styles = css`
  .finder { max-width: 720px; }
  p { margin: 0 0 var(--hpasc-space); }
  .locate { margin: 0 0 calc(var(--hpasc-space) * 2.5); }
  .locate button { margin-bottom: var(--hpasc-space); max-width: 100%; }
  .notice.warning { border-left-color: var(--hpasc-color-error); }
  .notice.warning p { margin: 0; }
  .address-row { display: flex; flex-wrap: wrap; gap: var(--hpasc-space); }
  .address-row input { flex: 1 1 180px; width: auto !important; min-width: 0; }
  .progress { font-weight: 600; }
  .outcome h3 { font-size: 18px; margin: 0 0 4px; }
  .results { list-style: none; margin: 0 0 calc(var(--hpasc-space) * 2); padding: 0; }
  .point { border: 2px solid var(--hpasc-color-border); border-radius: var(--hpasc-radius); padding: calc(var(--hpasc-space) * 1.5); margin: var(--hpasc-space) 0 calc(var(--hpasc-space) * 2); min-width: 0; }
  .point.selected { border: var(--hpasc-branch-finder-selected-border, 3px solid var(--hpasc-color-primary)); }
  .point h4 { font-size: 18px; margin: 0 0 4px; overflow-wrap: anywhere; }
  .point .actions { margin-top: calc(var(--hpasc-space) * 1.5); }
  .distance { font-weight: 700; }
  .open { color: var(--hpasc-color-success); }
  .closed { color: var(--hpasc-color-error); }
  .demo { display: inline-block; padding: 2px 8px; border: 1px solid var(--hpasc-color-border); border-radius: var(--hpasc-radius); font-size: 14px; font-weight: 600;
    background: var(--hpasc-color-surface-raised); }
  dl.review { margin: 0; }
  dl.review a { color: var(--hpasc-color-primary); display: inline-flex; align-items: center; min-height: var(--hpasc-target-size); }
  a.button.secondary { background: var(--hpasc-color-surface); color: var(--hpasc-color-primary); }
  .failure { border-left-color: var(--hpasc-color-error); overflow-wrap: anywhere; }
  .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
  @media (forced-colors: active) { .point { border-color: CanvasText; } .point.selected { border-color: Highlight; } a.button { border: 2px solid LinkText; } .demo { border-color: CanvasText; } }
`;
