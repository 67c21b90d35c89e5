import { css } from 'lit';

/** What both views of <cooperation-check> share; each view adds its own sheet when it loads. */
export const checkStyles = css`
  :host {
    --_sterk: var(--samenspel-cooperation-check-band-sterk-color, light-dark(#1b6e3a, #6fcf8f));
    --_aandacht: var(--samenspel-cooperation-check-band-aandacht-color, light-dark(#8a6100, #e0b040));
    --_zorg: var(--samenspel-cooperation-check-band-zorg-color, light-dark(#b3261e, #ff8a80));
    --_bar: var(--samenspel-cooperation-check-bar-color, var(--_accent));
    max-inline-size: var(--samenspel-cooperation-check-max-inline-size, 60rem);
  }
  h1, h2, h3, h4, h5, h6 { margin-block: 1rem 0.5rem; line-height: 1.25; }
  .field { display: flex; flex-direction: column; align-items: flex-start; gap: 0.25rem; margin-block: var(--_space); }
  .field textarea { align-self: stretch; }
  textarea, select, input:not([type='radio'], [type='checkbox']) { border: 1px solid var(--_border); border-radius: var(--_radius); padding: 0.3rem 0.5rem; background: var(--_background); }
  .nav, .export { display: flex; flex-wrap: wrap; gap: var(--_space); margin-block: var(--_space); }
  .error { color: var(--_error); font-weight: 600; margin: 0 0 var(--_space); }
  .note { color: var(--_muted); }
  @media print { :host { max-inline-size: none; } .export, form button { display: none; } }
`;
