import { css } from 'lit';

/** What only this widget needs, on top of the shared widget styles. */
export const styles = css`
  .summary-widget { max-width: 720px; }
  h2 { margin: 0 0 var(--hpasc-space); }
  p { margin: 0 0 var(--hpasc-space); }
  .scope { color: var(--hpasc-color-text-muted); }
  .demo { display: inline-block; padding: 2px 8px; border: 1px solid var(--hpasc-color-border); border-radius: var(--hpasc-radius); font-size: 14px; font-weight: 600;
    background: var(--hpasc-color-surface-raised); }
  .figures { display: grid; grid-template-columns: repeat(auto-fit, minmax(180px, 1fr)); gap: var(--hpasc-space); margin: calc(var(--hpasc-space) * 2) 0; }
  .figures div { border: 1px solid var(--hpasc-color-border); border-radius: var(--hpasc-radius); padding: calc(var(--hpasc-space) * 1.5); }
  .figures dt { color: var(--hpasc-color-text-muted); }
  .figures dd { margin: 0; font-size: 28px; font-weight: 700; }
  .help { color: var(--hpasc-color-text-muted); font-size: 14px; }
  table { width: 100%; border-collapse: collapse; margin: calc(var(--hpasc-space) * 2) 0; }
  caption { text-align: left; font-weight: 700; font-size: 18px; padding-bottom: var(--hpasc-space); }
  th, td { padding: 8px; border-bottom: 1px solid var(--hpasc-color-border); text-align: left; vertical-align: middle; }
  tbody th { font-weight: 400; }
  .num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
  .bar { display: inline-block; vertical-align: middle; width: 80px; height: var(--hpasc-rating-bar-height, 12px); margin-right: var(--hpasc-space);
    background: var(--hpasc-color-surface-raised); border: 1px solid var(--hpasc-color-border); border-radius: 2px; overflow: hidden; }
  .bar > span { display: block; height: 100%; background: var(--hpasc-color-primary); }
  @media (max-width: 400px) { .bar { display: none; } th, td { padding: 6px 4px; } }
  .notice { border-left-color: var(--hpasc-color-error); overflow-wrap: anywhere; }
  @media (forced-colors: active) { .bar > span { background: CanvasText; forced-color-adjust: none; } .bar { border-color: CanvasText; } button { border: 2px solid ButtonText; } }
`;
