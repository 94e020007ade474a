import { css } from 'lit';

/**
 * The design tokens every widget uses, as CSS custom properties a host page may override (re-branding).
 * Sizes are in px, never rem: Bootstrap 3 pages set `html { font-size: 10px }`. Colours meet WCAG 2.2 AA on
 * `--hpasc-color-surface` (a test checks the ratios).
 */
export const tokens = css`
  :host {
    --hpasc-color-text: #1b1f24;
    --hpasc-color-text-muted: #4b5563;
    --hpasc-color-surface: #ffffff;
    --hpasc-color-surface-raised: #f4f6f8;
    --hpasc-color-border: #6b7280;
    --hpasc-color-primary: #a4161a;
    --hpasc-color-primary-text: #ffffff;
    --hpasc-color-focus: #0b57d0;
    --hpasc-color-error: #b3261e;
    --hpasc-color-success: #1e6b35;
    --hpasc-font-family: system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif;
    --hpasc-font-size: 16px;
    --hpasc-line-height: 1.5;
    --hpasc-space: 8px;
    --hpasc-radius: 6px;
    --hpasc-target-size: 44px;
    --hpasc-focus-ring: 3px solid var(--hpasc-color-focus);
  }
`;
