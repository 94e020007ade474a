import { css } from 'lit';

/** What only the sign-in needs, on top of the shared widget styles. */
export const styles = css`
  p { margin: 0 0 var(--hpasc-space); }
  .who { font-weight: 600; }
  .actions { margin-top: var(--hpasc-space); }
`;
