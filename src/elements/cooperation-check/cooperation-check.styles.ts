import { css } from 'lit';

/** The look of <cooperation-check>: form, results table, chart, and a print stylesheet. */
export const checkStyles = css`
  :host {
    --_sterk: var(--samenspel-cooperation-check-band-sterk-color, #1b6e3a);
    --_aandacht: var(--samenspel-cooperation-check-band-aandacht-color, #8a6100);
    --_zorg: var(--samenspel-cooperation-check-band-zorg-color, #b3261e);
    --_bar: var(--samenspel-cooperation-check-bar-color, var(--_accent));
    max-inline-size: var(--samenspel-cooperation-check-max-inline-size, 60rem);
  }
  h2, h3 { margin-block: 1rem 0.5rem; line-height: 1.25; }
  h2:focus { outline-offset: 4px; }
  fieldset { border: 1px solid var(--_border); border-radius: var(--_radius); margin-block: 0 var(--_space); padding: var(--_space) calc(var(--_space) * 2); }
  legend { font-weight: 600; padding-inline: 0.25rem; }
  .choices { display: flex; flex-wrap: wrap; gap: 0.25rem 0.5rem; }
  .choice { display: inline-flex; align-items: center; gap: 0.35rem; padding: 0.3rem 0.6rem; border: 1px solid var(--_border); border-radius: var(--_radius); cursor: pointer; }
  .choice:has(:checked) { background: var(--_surface); border-color: var(--_accent); box-shadow: inset 0 0 0 1px var(--_accent); font-weight: 600; }
  .choice input { inline-size: 1.1rem; block-size: 1.1rem; margin: 0; accent-color: var(--_accent); }
  .field { display: flex; flex-direction: column; gap: 0.25rem; margin-block: var(--_space); }
  textarea, select, input[type='text'], input[type='date'] { border: 1px solid var(--_border); border-radius: var(--_radius); padding: 0.3rem 0.5rem; background: var(--_background); }
  .progress { display: flex; align-items: center; gap: var(--_space); color: var(--_muted); margin: 0; }
  progress { flex: 1; max-inline-size: 16rem; accent-color: var(--_accent); }
  .nav, .export { display: flex; flex-wrap: wrap; gap: var(--_space); margin-block: var(--_space); }
  .error { color: var(--_error); font-weight: 600; margin: 0 0 var(--_space); }
  .review ul { padding-inline-start: 1.25rem; }
  table { border-collapse: collapse; inline-size: 100%; margin-block: var(--_space); }
  caption { text-align: start; font-weight: 600; padding-block: 0.25rem; }
  th, td { text-align: start; padding: 0.3rem 0.5rem; border-block-end: 1px solid var(--_border); vertical-align: top; }
  td.num, th.num { text-align: end; font-variant-numeric: tabular-nums; }
  .band { font-weight: 600; padding-inline-start: 0.5rem; border-inline-start: 0.4rem solid currentColor; }
  .band.sterk { color: var(--_sterk); }
  .band.aandacht { color: var(--_aandacht); }
  .band.zorg { color: var(--_zorg); }
  figure { margin: var(--_space) 0; }
  svg { inline-size: 100%; block-size: auto; max-inline-size: 40rem; display: block; }
  svg text { font: inherit; font-size: 12px; fill: currentColor; }
  .bar { fill: var(--_bar); }
  .prev { stroke: var(--_color); stroke-width: 2; }
  .axis { stroke: var(--_border); }
  figcaption, .note { color: var(--_muted); }
  ul.flags { padding-inline-start: 1.25rem; }
  details { margin-block: var(--_space); }
  summary { cursor: pointer; font-weight: 600; }
  .action-form { display: flex; flex-wrap: wrap; align-items: end; gap: var(--_space); }
  .action-form label { display: flex; flex-direction: column; }
  @media (forced-colors: active) { .bar { fill: CanvasText; } .band { border-inline-start-color: CanvasText; } }
  @media print {
    :host { max-inline-size: none; }
    .export, .action-form, form button { display: none; }
    details > :not(summary) { display: block; }
    section, table, figure { break-inside: avoid; }
  }
`;
