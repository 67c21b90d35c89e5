import { css } from 'lit';

export const carerRouteStyles = css`
  :host {
    --_band: var(--samenspel-carer-route-lane-background-color, var(--_surface));
    --_step-bg: var(--samenspel-carer-route-step-background-color, var(--_background));
    --_arrow: var(--samenspel-carer-route-arrow-color, light-dark(#595959, #a6a6a6));
  }
  .base { display: grid; grid-template-columns: minmax(0, 1fr); gap: var(--_space); container-type: inline-size; }
  h1, h2, h3, h4, h5, h6 { margin-block: 0.75rem 0.25rem; line-height: 1.25; overflow-wrap: anywhere; }
  p { margin-block: 0.25rem; }
  .description, .summary, figcaption, .facts { color: var(--_muted); }
  .versions { display: grid; gap: var(--_space) 1.5rem; grid-template-columns: minmax(0, 1fr); align-items: start; }
  @container (min-width: 56rem) { :host(:not([version='current'], [version='desired'])) .versions { grid-template-columns: repeat(2, minmax(0, 1fr)); } }
  .version { min-inline-size: 0; }
  ol, ul { padding-inline-start: 1.5rem; margin-block: 0.25rem; }
  .steps > li { margin-block: 0 0.5rem; padding: 0.375rem 0.5rem; border: 1px solid var(--_border); border-inline-start-width: 4px; border-radius: var(--_radius); background: var(--_step-bg); overflow-wrap: anywhere; }
  /*
   * A long route paints its first screen at once: steps, pictures and insights out of view are laid out and
   * painted only when they come near. They stay in the accessibility tree, in find-in-page and in tab order;
   * the clip margin keeps the focus ring of the scrollable picture and table whole. A step's number is its
   * own text (Stap 1.): the list marker, outside the contained box, is not painted.
   */
  .long .steps > li, .long .picture, .long .insights { content-visibility: auto; contain-intrinsic-block-size: auto 6rem; overflow-clip-margin: 6px; }
  .long .picture, .long .insights { contain-intrinsic-block-size: auto 30rem; }
  .steps > li.warme-verwijzing { border-inline-start-style: solid; border-inline-start-width: 6px; }
  .steps > li.koude-verwijzing { border-inline-start-style: dashed; }
  .step-head { margin: 0; }
  .n { font-weight: 700; }
  .what { font-weight: 600; }
  .facts { margin: 0; font-size: 0.9375em; }
  .annotations { margin: 0.25rem 0 0; }
  .changed { margin: 0.25rem 0 0; padding-inline-start: 0.5rem; border-inline-start: 3px double var(--_accent); }
  .lane-list > li { overflow-wrap: anywhere; }
  .picture { margin: var(--_space) 0 0; }
  .scroll { overflow: auto; max-inline-size: 100%; }
  .picture svg { display: block; }
  .picture text { font: inherit; font-size: 12px; fill: currentColor; }
  .picture .title { font-size: 14px; font-weight: 700; }
  .picture .band { fill: var(--_background); }
  .picture .odd { fill: var(--_band); }
  .picture .lane { font-weight: 700; }
  .picture .lane-sub, .picture .facts { font-size: 11px; fill: var(--_muted); }
  .picture .box { fill: var(--_step-bg); stroke: var(--_border); }
  .picture .no-owner { stroke-dasharray: 4 3; }
  .picture .arrow { fill: none; stroke: var(--_arrow); stroke-width: 1.5; }
  .picture .arrow.warm { stroke-width: 3; }
  .picture .arrow.cold { stroke-dasharray: 6 4; }
  .picture .head { fill: var(--_arrow); }
  .picture .arrow-label, .picture .mark-text { font-size: 11px; font-weight: 700; }
  .picture .mark { fill: var(--_background); stroke: var(--_color); }
  figcaption { font-size: 0.875em; }
  .picture-export, .export, .bar { display: flex; flex-wrap: wrap; gap: 0.25rem 0.5rem; align-items: center; }
  table { border-collapse: collapse; }
  caption { text-align: start; font-weight: 600; }
  th, td { text-align: start; padding: 0.25rem 0.5rem; border-block-end: 1px solid var(--_border); vertical-align: top; }
  .num { text-align: end; font-variant-numeric: tabular-nums; }
  .invite { display: grid; gap: var(--_space); max-inline-size: 40rem; padding: 1rem; border: 2px dashed var(--_border); border-radius: var(--_radius); }
  .invite p { margin: 0; }
  @media (forced-colors: active) {
    .picture .arrow { stroke: CanvasText; }
    .picture .head { fill: CanvasText; }
    .picture .box, .picture .mark { stroke: CanvasText; }
  }
  @media print {
    .bar, .picture-export, .export { display: none; }
    .versions { display: block; }
    .scroll { overflow: visible; }
    /* The swimlane scrolls sideways on screen; on paper it is scaled to the page's width (it has a viewBox). */
    .picture svg { max-inline-size: 100%; block-size: auto; }
    .steps > li, .picture, table { break-inside: avoid; }
    .long .steps > li, .long .picture, .long .insights { content-visibility: visible; }
  }
`;
