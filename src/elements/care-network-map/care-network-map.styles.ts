import { css } from 'lit';

export const careNetworkMapStyles = css`
  :host {
    --_graph-block-size: var(--samenspel-care-network-map-graph-block-size, min(56rem, 90vh));
    --_ring-own: var(--samenspel-care-network-map-ring-own-background-color, light-dark(#fbf5ea, #2b2418));
    --_ring-close: var(--samenspel-care-network-map-ring-close-background-color, light-dark(#eef2f7, #1c2430));
    --_side-inline-size: var(--samenspel-care-network-map-side-inline-size, 24rem);
    --_gap-color: var(--samenspel-care-network-map-gap-color, light-dark(#8a4b00, #f0b070));
    container-type: inline-size;
  }
  .toolbar { display: flex; flex-wrap: wrap; align-items: center; gap: var(--_space); margin-block-end: var(--_space); }
  .toolbar .title { margin: 0; margin-inline-end: auto; font-size: 1.25rem; }
  .toolbar label { display: inline-flex; flex-wrap: wrap; gap: 0.25rem; align-items: center; max-inline-size: 100%; }
  .toolbar [aria-pressed='true'] { background: var(--_accent); color: var(--_accent-contrast); }
  details.export { position: relative; }
  details.export summary { cursor: pointer; border: 1px solid var(--_border); border-radius: var(--_radius); padding-block: 0.25rem; padding-inline: 0.75rem; min-block-size: 2.25rem; display: flex; align-items: center; }
  details.export .menu label { display: flex; flex-direction: column; gap: 0.25rem; }
  details.export[open] .menu { position: absolute; inset-inline-end: 0; z-index: 5; display: flex; flex-direction: column; gap: 0.25rem; padding: var(--_space); background: var(--_background); border: 1px solid var(--_border); border-radius: var(--_radius); min-inline-size: 14rem; }
  .layout { display: grid; grid-template-columns: minmax(0, 1fr) var(--_side-inline-size); gap: var(--_space); align-items: start; }
  @container (max-width: 48rem) { .layout { grid-template-columns: minmax(0, 1fr); } .side { max-block-size: none; overflow: visible; } }
  figure.picture { margin: 0; position: relative; border: 1px solid var(--_border); border-radius: var(--_radius); background: var(--_background); }
  /* Square (the map is round), but never taller than the set size. */
  .graph { position: relative; inline-size: 100%; aspect-ratio: 1 / 1; max-block-size: var(--_graph-block-size); min-block-size: 18rem; }
  /* Cytoscape draws a dragged member and its tap feedback on two canvases of their own above the map. Shown only
     while the pointer is down on the map (data-pressed, set by GraphView), they are not composed into every frame of the picture. */
  figure.picture:not([data-pressed]) .graph canvas:is([data-id='layer0-selectbox'], [data-id='layer1-drag']) { display: none; }
  .overlay { position: absolute; inset-block-start: 0; inset-inline-start: 0; margin: var(--_space); }
  .zoom { position: absolute; inset-block-start: 0; inset-inline-end: 0; margin: var(--_space); display: flex; gap: 0.25rem; z-index: 2; }
  .zoom button { min-inline-size: 2.25rem; padding-inline: 0.5rem; font-weight: bold; }
  .view-hint { margin: 0; padding-block: 0.25rem; padding-inline: var(--_space); color: var(--_muted); font-size: 0.875rem; border-block-start: 1px solid var(--_border); }
  .hint { position: absolute; inset-block-end: 0; inset-inline: 0; margin: var(--_space); background: var(--_warning-background); padding: 0.25rem 0.5rem; border-radius: var(--_radius); }
  .print-image { display: none; }
  .side { display: flex; flex-direction: column; gap: var(--_space); max-block-size: calc(var(--_graph-block-size) + 8rem); overflow: auto; padding-inline-end: 0.25rem; }
  .h-section { font-size: 1.1rem; margin-block: 0.25rem; }
  .h-ring, .h-sub { font-size: 1rem; margin-block: 0.75rem 0.25rem; }
  .h-field { font-size: 0.95rem; margin-block: 0.5rem 0.25rem; display: flex; align-items: center; gap: 0.375rem; }
  .details, .add-member, .insights, .legend { border: 1px solid var(--_border); border-radius: var(--_radius); padding: var(--_space); }
  .details { background: var(--_surface); }
  fieldset { border: 0; padding: 0; margin: 0; display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: end; }
  legend { font-weight: bold; padding: 0; margin-block-end: 0.25rem; }
  fieldset label { display: flex; flex-direction: column; font-size: 0.9rem; }
  fieldset .wide { flex-basis: 100%; }
  input, select { border: 1px solid var(--_border); border-radius: var(--_radius); padding: 0.25rem; min-block-size: 2.25rem; background: var(--_background); }
  .move { margin-block-end: var(--_space); }
  ul.plain { list-style: none; padding: 0; margin: 0; }
  /* A member with their relations, and the insights and legend, are laid out and painted only near the screen:
     a network's text view is long, and its first picture need not wait for the part scrolled out of sight. */
  ul.members > li { margin-block-end: 0.375rem; content-visibility: auto; contain-intrinsic-size: auto 4rem; }
  .bottom > * { content-visibility: auto; contain-intrinsic-size: auto 16rem; }
  ul.relations { margin: 0.125rem 0 0; padding-inline-start: 1.25rem; font-size: 0.9rem; color: var(--_muted); }
  button.member { border: 1px solid transparent; background: none; padding-inline: 0.25rem; min-block-size: 2rem; text-align: start; text-decoration: underline; color: var(--_accent); }
  button.member[aria-pressed='true'] { border-color: var(--_focus); background: var(--_accent); color: var(--_accent-contrast); text-decoration: none; font-weight: bold; }
  .muted { color: var(--_muted); }
  .relation-row { display: flex; flex-wrap: wrap; gap: 0.25rem; align-items: center; justify-content: space-between; padding-block: 0.25rem; border-block-end: 1px solid var(--_border); }
  .row-controls { display: flex; gap: 0.25rem; }
  button.danger { margin-block-start: var(--_space); border-color: var(--_error); color: var(--_error); }
  .problem { color: var(--_error); margin: 0; flex-basis: 100%; }
  .marker { margin-inline-end: 0.375rem; }
  .shape { display: inline-block; inline-size: 0.9rem; block-size: 0.9rem; flex: none; margin-inline-end: 0.375rem; vertical-align: middle; }
  .shape.regie { border-radius: 50%; border: 4px double var(--_color); background: var(--_background); }
  .line { display: inline-flex; flex-direction: column; gap: 2px; min-inline-size: 2.75rem; margin-inline-end: 0.375rem; }
  .line .difficult { stroke: var(--_gap-color); }
  .bottom { display: grid; grid-template-columns: repeat(auto-fit, minmax(18rem, 1fr)); gap: var(--_space); margin-block-start: var(--_space); }
  .insights .h-section, .legend .h-section { margin-block: 0 0.25rem; }
  .insights ul { margin: 0; padding-inline-start: 1.25rem; }
  .insights ul.gaps li { color: var(--_gap-color); font-weight: bold; }
  .legend li { display: flex; align-items: center; margin-block: 0.125rem; }
  .empty { padding: var(--_space); }
  @media (forced-colors: active) {
    /* The canvas keeps its own colours, so its background must stay the one they were chosen for. */
    .graph { forced-color-adjust: none; background: var(--_background); }
    button.member[aria-pressed='true'] { forced-color-adjust: none; background: Highlight; color: HighlightText; }
  }
  @media print {
    :host { font-size: 8pt; line-height: 1.3; }
    .toolbar > :not(.title), .add-member, .details, .visually-hidden, .hint, .view-hint, .overlay { display: none !important; }
    .toolbar .title { font-size: 13pt; }
    .graph { display: none; }
    button.member { display: inline; min-block-size: 0; padding: 0; border: 0; color: inherit; text-decoration: none; font-weight: bold; }
    .print-image { display: block; inline-size: 100%; max-block-size: 125mm; object-fit: contain; }
    .layout { grid-template-columns: 58% 42%; }
    .side { max-block-size: none; overflow: visible; display: block; }
    .text-view { columns: 2; column-gap: 4mm; }
    .text-view .h-section { column-span: all; font-size: 10pt; margin: 0; }
    .h-ring, .h-sub { font-size: 9pt; margin-block: 1mm 0; break-after: avoid; }
    .h-field { font-size: 8pt; margin-block: 1mm 0; break-after: avoid; }
    .text-view p { margin-block: 0.5mm; }
    ul.relations { display: none; }
    ul.members > li { margin: 0; break-inside: avoid; }
    ul.members > li, .bottom > * { content-visibility: visible; }
    .bottom { grid-template-columns: 1fr 1fr; margin-block-start: 2mm; }
    .insights, .legend { padding: 1.5mm; break-inside: avoid; }
    .insights .h-section, .legend .h-section { font-size: 9pt; }
    figure.picture { border: 0; }
  }
`;
