import { css } from 'lit';

/** Its look, for the shadow root it renders into (it has none of its own): add to the widget's styles. */
export const comboboxStyles = css`
  hpasc-combobox { display: block; position: relative; }
  .combobox-list { position: absolute; z-index: 10; left: 0; right: 0; max-height: 264px; overflow-y: auto; margin: 2px 0 0; padding: 0; list-style: none;
    background: var(--hpasc-color-surface); border: 2px solid var(--hpasc-color-border); border-radius: var(--hpasc-radius); }
  .combobox-list li { min-height: var(--hpasc-target-size); padding: 10px; cursor: pointer; }
  .combobox-list li[aria-selected='true'] { background: var(--hpasc-color-focus); color: #fff; }
  .combobox-list[hidden] { display: none; }
`;
