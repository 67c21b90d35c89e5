import { css } from 'lit';

/** The save status line of <samenspel-data>; the tools inside bring their own styles. */
export const samenspelDataStyles = css`
  :host { background: transparent; }
  .save { display: flex; flex-wrap: wrap; align-items: center; gap: var(--_space); margin-block: var(--_space); }
  .save p { margin: 0; color: var(--samenspel-data-save-status-color, var(--_muted)); }
  .save.failed, .save.read-only { padding: var(--_space); border-inline-start: 4px solid var(--_error); background: var(--_surface); }
  .save.failed p, .save.read-only p { color: var(--_color); }
  .save .notices, .save .confirm { flex-basis: 100%; margin: 0; }
`;
