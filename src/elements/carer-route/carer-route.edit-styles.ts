import { css } from 'lit';

/** The styles of editing a route (its forms and step controls), added when the editing part loads. */
export const carerRouteEditStyles = css`
  form { display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: end; margin-block: 0.5rem; }
  form label { display: grid; gap: 0.125rem; min-inline-size: 0; max-inline-size: 100%; }
  form label.wide { flex: 1 1 16rem; }
  input, select { padding: 0.25rem 0.375rem; border: 1px solid var(--_border); border-radius: var(--_radius); background: var(--_background); }
  .error { color: var(--_error); font-weight: 600; flex-basis: 100%; margin: 0; }
  .editor { border-block-start: 1px solid var(--_border); margin-block-start: 0.5rem; padding-block-start: 0.25rem; }
  .controls { display: flex; flex-wrap: wrap; gap: 0.25rem; }
  .controls button, .annotations button { min-block-size: 1.75rem; padding-inline: 0.5rem; }
  @media print {
    form, .controls { display: none; }
  }
`;
