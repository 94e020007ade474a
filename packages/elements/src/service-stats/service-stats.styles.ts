import { css } from 'lit';

/** What only this widget needs, on top of the shared widget styles. */
export const styles = css`
  .stats-widget { max-width: 960px; }
  h2 { margin: 0 0 var(--hpasc-space); }
  h3 { margin: 0; font-size: 18px; }
  p { margin: 0 0 var(--hpasc-space); }
  .scope { color: var(--hpasc-color-text-muted); }
  .demo { display: inline-block; padding: 2px 8px; border: 1px solid var(--hpasc-color-border); border-radius: var(--hpasc-radius); font-size: 14px; font-weight: 600;
    background: var(--hpasc-color-surface-raised); }
  .indicators { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(100%, 260px), 1fr)); gap: calc(var(--hpasc-space) * 2); align-items: start; margin-top: calc(var(--hpasc-space) * 2); }
  .indicator { min-width: 0; border: 1px solid var(--hpasc-color-border); border-radius: var(--hpasc-radius); padding: calc(var(--hpasc-space) * 1.5); }
  .figure { margin: 4px 0; font-size: 28px; font-weight: 700; font-variant-numeric: tabular-nums; }
  .help { font-size: 14px; }
  .chart { display: block; width: 100%; height: var(--hpasc-stats-chart-height, 96px); color: var(--hpasc-color-primary); overflow: visible; }
  .chart .fill { fill: currentColor; }
  .chart .hit { fill: transparent; }
  .chart line { stroke: var(--hpasc-color-border); stroke-width: 1; vector-effect: non-scaling-stroke; }
  .chart .baseline { stroke: var(--hpasc-color-text); }
  .axis { display: flex; justify-content: space-between; gap: var(--hpasc-space); margin: 4px 0 0; font-size: 14px; color: var(--hpasc-color-text-muted); }
  details { margin-top: var(--hpasc-space); }
  summary { display: flex; align-items: center; min-height: var(--hpasc-target-size); cursor: pointer; font-weight: 600; color: var(--hpasc-color-primary);
    text-decoration: underline; text-underline-offset: 3px; }
  summary::before { content: '▸'; margin-right: 8px; text-decoration: none; }
  details[open] > summary::before { content: '▾'; }
  .visually-hidden { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
  table { width: 100%; border-collapse: collapse; margin: var(--hpasc-space) 0 0; }
  caption { text-align: left; font-weight: 700; padding-bottom: 4px; }
  th, td { padding: 6px 4px; border-bottom: 1px solid var(--hpasc-color-border); text-align: left; vertical-align: middle; }
  tbody th { font-weight: 400; }
  tfoot th, tfoot td { font-weight: 700; border-bottom: 0; }
  .num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
  thead .num { white-space: normal; }
  .notice { border-left-color: var(--hpasc-color-error); overflow-wrap: anywhere; }
  @media (forced-colors: active) {
    .chart { forced-color-adjust: none; color: CanvasText; }
    .chart .fill { fill: CanvasText; }
    .chart line, .chart .baseline { stroke: CanvasText; }
    .indicator { border-color: CanvasText; }
    summary { color: LinkText; }
  }
`;
