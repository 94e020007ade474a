import { css } from 'lit';

/** What only the tracker needs, on top of the shared widget styles. */
export const styles = css`
  .code-line { margin: 0 0 calc(var(--hpasc-space) * 2); }
  .code { font-size: 20px; font-weight: 700; overflow-wrap: anywhere; }
  .status { border: 2px solid var(--hpasc-color-border); border-radius: var(--hpasc-radius); padding: calc(var(--hpasc-space) * 1.5); margin: 0 0 calc(var(--hpasc-space) * 2); }
  .status-title { font-size: 20px; font-weight: 700; margin: 0 0 4px; }
  .badge { display: inline-block; margin: 4px 0 0; padding: 2px 10px; border-radius: 999px; font-weight: 700; border: 2px solid currentColor; }
  .badge.on-time { color: var(--hpasc-color-success); }
  .badge.overdue { color: var(--hpasc-color-error); }
  .notice h3, h3 { font-size: 18px; margin: calc(var(--hpasc-space) * 2) 0 var(--hpasc-space); }
  .notice.action { border-left-color: var(--hpasc-color-error); }
  .documents { list-style: none; padding: 0; margin: 0 0 calc(var(--hpasc-space) * 2); }
  .documents li { display: flex; flex-wrap: wrap; gap: var(--hpasc-space); align-items: center; justify-content: space-between; padding: 8px 0; border-bottom: 1px solid var(--hpasc-color-border); }
  .timeline { list-style: none; margin: 0; padding: 0 0 0 20px; border-left: 3px solid var(--hpasc-color-border); }
  .event { position: relative; margin: 0 0 calc(var(--hpasc-space) * 2); }
  .event::before { content: ''; position: absolute; left: -29px; top: 6px; width: 12px; height: 12px; border-radius: 50%; background: var(--hpasc-color-primary); }
  .event p { margin: 0 0 2px; }
  .event-what { font-weight: 600; }
  .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
  @media (forced-colors: active) { .event::before { background: CanvasText; } .badge { border-color: CanvasText; } }
`;
