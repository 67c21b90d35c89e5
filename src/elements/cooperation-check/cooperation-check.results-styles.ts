import { css } from 'lit';

/** The results: tables, bands in words with a colour bar, the chart, and the printed report. */
export const resultsStyles = css`
  table { border-collapse: collapse; inline-size: 100%; margin-block: var(--_space); }
  .scroll { overflow-x: auto; }
  caption { text-align: start; font-weight: 600; padding-block: 0.25rem; }
  th, td { text-align: start; padding: 0.3rem 0.5rem; border-block-end: 1px solid var(--_border); vertical-align: top; }
  .num { text-align: end; font-variant-numeric: tabular-nums; }
  .band { font-weight: 600; padding-inline-start: 0.5rem; border-inline-start: 0.4rem solid currentColor; }
  .sterk { color: var(--_sterk); }
  .aandacht { color: var(--_aandacht); }
  .zorg { color: var(--_zorg); }
  figure { margin: var(--_space) 0; }
  svg { inline-size: 100%; block-size: auto; max-inline-size: 40rem; display: block; }
  svg text { font: inherit; font-size: 12px; fill: currentColor; }
  .bar { fill: var(--_bar); }
  .prev { stroke: var(--_color); stroke-width: 3; }
  .axis { stroke: var(--_border); }
  figcaption { color: var(--_muted); }
  ul { padding-inline-start: 1.25rem; }
  details { margin-block: var(--_space); }
  summary { cursor: pointer; font-weight: 600; }
  .action-form { display: flex; flex-wrap: wrap; align-items: end; gap: var(--_space); }
  .action-form label { display: flex; flex-direction: column; min-inline-size: 0; max-inline-size: 100%; }
  @media (forced-colors: active) { .bar { fill: CanvasText; } }
  @media print { .action-form { display: none; } section, table, figure { break-inside: avoid; } }
`;
