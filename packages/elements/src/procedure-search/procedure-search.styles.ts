import { css } from 'lit';

/** What only the procedure search needs, on top of the shared widget styles. */
export const styles = css`
  .search { max-width: 720px; }
  p { margin: 0 0 var(--hpasc-space); }
  .searchbox .row { display: flex; flex-wrap: wrap; gap: var(--hpasc-space); }
  .searchbox input { flex: 1 1 200px; width: auto !important; min-width: 0; }
  .filters { margin: 0 0 calc(var(--hpasc-space) * 2.5); border: 1px solid var(--hpasc-color-border); border-radius: var(--hpasc-radius); padding: 0 calc(var(--hpasc-space) * 1.5); }
  .filters summary { display: flex; align-items: center; min-height: var(--hpasc-target-size); font-weight: 600; cursor: pointer; color: var(--hpasc-color-primary); }
  .filters[open] { padding-bottom: calc(var(--hpasc-space) * 1.5); }
  .filters .grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 220px), 1fr)); gap: 0 calc(var(--hpasc-space) * 2); }
  .filters .field { margin-bottom: calc(var(--hpasc-space) * 1.5); }
  .progress { font-weight: 600; min-height: 24px; }
  .count { font-size: 18px; margin: 0 0 var(--hpasc-space); }
  .count .progress { font-size: 16px; color: var(--hpasc-color-text-muted); }
  .results { list-style: none; margin: 0 0 calc(var(--hpasc-space) * 2); padding: 0; }
  /* Results after the first screenful are neither laid out nor painted until they come near the screen. */
  .result.later { content-visibility: auto; contain-intrinsic-size: auto 160px; }
  .result { border: 1px solid var(--hpasc-color-border); border-radius: var(--hpasc-radius); padding: calc(var(--hpasc-space) * 1.5); margin: 0 0 var(--hpasc-space); background: var(--hpasc-color-surface); }
  .result h4 { margin: 0 0 4px; font-size: 17px; }
  /* A block, not shrink-to-fit: its width needs no measuring of the name first. */
  button.open { display: block; min-height: var(--hpasc-target-size); min-width: 0; width: 100%; padding: 8px 0; border: 0; background: none; color: var(--hpasc-color-primary);
    font-weight: 700; text-align: left; text-decoration: underline; text-underline-offset: 3px; overflow-wrap: anywhere; }
  .meta { color: var(--hpasc-color-text-muted); overflow-wrap: anywhere; }
  .facts { margin: 0; }
  .more { width: 100%; }
  .empty ul { padding-left: 20px; }
  .detail h3 { font-size: 20px; margin: calc(var(--hpasc-space) * 2) 0; overflow-wrap: anywhere; }
  .detail h3:focus { outline: none; }
  .detail h3:focus-visible { outline: var(--hpasc-focus-ring); outline-offset: 2px; }
  .detail h4 { font-size: 18px; margin: calc(var(--hpasc-space) * 3) 0 var(--hpasc-space); }
  .detail h5 { font-size: 16px; margin: calc(var(--hpasc-space) * 2) 0 4px; }
  .detail ol, .detail ul { padding-left: 24px; margin: 0; }
  .detail li { margin-bottom: 6px; overflow-wrap: anywhere; }
  .detail a { color: var(--hpasc-color-primary); }
  dl.review { margin: 0 0 calc(var(--hpasc-space) * 2); }
  .copies { color: var(--hpasc-color-text-muted); }
  .start { margin: calc(var(--hpasc-space) * 2) 0; }
  .start-offline { margin: calc(var(--hpasc-space) * 2) 0; }
  .failure { border-left-color: var(--hpasc-color-error); overflow-wrap: anywhere; }
  .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
  @media (forced-colors: active) { .result { border-color: CanvasText; } a.button { border: 2px solid LinkText; } }
`;
