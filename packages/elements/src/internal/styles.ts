import { css } from 'lit';

/**
 * The look every widget shares — text, fields, buttons, notices, the error summary, file lists — so a page
 * with several widgets looks like one service. Each widget adds its own sheet after this one.
 */
export const widgetStyles = css`
  :host { display: block; font: var(--hpasc-font-size) / var(--hpasc-line-height) var(--hpasc-font-family); color: var(--hpasc-color-text); background: var(--hpasc-color-surface); }
  /* What else a host page's text styles pass down into the shadow root (a CMS article justifies, indents, spaces). */
  :host { text-align: start; text-indent: 0; text-transform: none; letter-spacing: normal; word-spacing: normal; white-space: normal; text-shadow: none; }
  :host([hidden]) { display: none; }
  * { box-sizing: border-box; }
  .form { max-width: 720px; }
  h2 { font-size: 22px; margin: 0 0 calc(var(--hpasc-space) * 2); scroll-margin-top: 96px; }
  h2:focus { outline: none; }
  h2:focus-visible { outline: var(--hpasc-focus-ring); outline-offset: 2px; }
  .field, fieldset { margin: 0 0 calc(var(--hpasc-space) * 2.5); border: 0; padding: 0; min-width: 0; }
  legend, label { display: block; font-weight: 600; margin-bottom: 4px; }
  label.choice { display: flex; gap: var(--hpasc-space); align-items: center; font-weight: 400; min-height: var(--hpasc-target-size); }
  input[type='checkbox'], input[type='radio'] { width: 24px; height: 24px; margin: 0; flex: none; }
  input:not([type='checkbox']):not([type='radio']), select, textarea {
    display: block; width: 100%; min-height: var(--hpasc-target-size); padding: 8px 10px; font: inherit; color: inherit;
    background: var(--hpasc-color-surface); border: 2px solid var(--hpasc-color-border); border-radius: var(--hpasc-radius);
  }
  @media (min-width: 480px) { .field.half { max-width: 50%; } .field.short { max-width: 240px; } }
  [aria-invalid='true'] { border-color: var(--hpasc-color-error) !important; }
  :focus-visible { outline: var(--hpasc-focus-ring); outline-offset: 2px; }
  .help { color: var(--hpasc-color-text-muted); margin: 0 0 4px; font-weight: 400; }
  .error { color: var(--hpasc-color-error); font-weight: 600; margin: 0 0 4px; }
  .summary { border: 3px solid var(--hpasc-color-error); border-radius: var(--hpasc-radius); padding: calc(var(--hpasc-space) * 2); margin-bottom: calc(var(--hpasc-space) * 3); }
  .summary h3 { margin: 0 0 var(--hpasc-space); font-size: 18px; }
  .summary ul { margin: 0; padding-left: 20px; }
  .summary a { color: var(--hpasc-color-error); font-weight: 600; display: inline-block; min-height: var(--hpasc-target-size); padding: 10px 0; }
  .actions { display: flex; flex-wrap: wrap; gap: var(--hpasc-space); margin-top: calc(var(--hpasc-space) * 3); }
  button { min-height: var(--hpasc-target-size); min-width: var(--hpasc-target-size); padding: 8px 20px; font: inherit; font-weight: 600; border-radius: var(--hpasc-radius); cursor: pointer;
    border: 2px solid var(--hpasc-color-primary); background: var(--hpasc-color-primary); color: var(--hpasc-color-primary-text); }
  button.secondary { background: var(--hpasc-color-surface); color: var(--hpasc-color-primary); }
  button[disabled] { opacity: 0.6; cursor: not-allowed; }
  .slot { border-top: 1px solid var(--hpasc-color-border); padding-top: calc(var(--hpasc-space) * 2); }
  .files { list-style: none; padding: 0; margin: var(--hpasc-space) 0; }
  .files li { display: flex; flex-wrap: wrap; gap: var(--hpasc-space); align-items: center; margin-bottom: 4px; }
  progress { width: 160px; height: 12px; }
  .notice { background: var(--hpasc-color-surface-raised); border-left: 4px solid var(--hpasc-color-primary); padding: calc(var(--hpasc-space) * 1.5); margin: 0 0 calc(var(--hpasc-space) * 2); }
  dl.review { display: grid; grid-template-columns: minmax(0, 2fr) minmax(0, 3fr); gap: 4px 16px; }
  dl.review dt { font-weight: 600; } dl.review dd { margin: 0; overflow-wrap: anywhere; }
  a.button { display: inline-flex; align-items: center; min-height: var(--hpasc-target-size); padding: 8px 20px; font-weight: 600; border-radius: var(--hpasc-radius);
    border: 2px solid var(--hpasc-color-primary); background: var(--hpasc-color-primary); color: var(--hpasc-color-primary-text); text-decoration: none; }
  @media (forced-colors: active) { button { border: 2px solid ButtonText; } .summary { border-color: CanvasText; } }
`;
