import { css } from 'lit';
import { ROW_HEIGHT } from './who-is-who.list.js';

export const whoIsWhoStyles = css`
  :host {
    --_list-height: var(--samenspel-who-is-who-list-block-size, 32rem);
    --_graph-height: var(--samenspel-who-is-who-graph-block-size, 32rem);
    --_selected-background: var(--samenspel-who-is-who-option-selected-background-color, light-dark(#e6eef7, #1f3550));
  }
  .base { display: flex; flex-direction: column; gap: var(--_space); }
  .toolbar, .filters { display: flex; flex-wrap: wrap; gap: var(--_space); align-items: end; }
  .filters label { display: flex; flex-direction: column; font-size: 0.9em; }
  .filters .search { flex: 1 1 14rem; }
  input, select, textarea {
    border: 1px solid var(--_border); border-radius: var(--_radius); padding-block: 0.3rem; padding-inline: 0.5rem;
    background: var(--_background); min-block-size: 2.25rem;
  }
  .views { display: inline-flex; gap: 0; }
  .views button[aria-pressed='true'] { background: var(--_accent); color: var(--_accent-contrast); border-color: var(--_accent); }
  .views button:first-child { border-start-end-radius: 0; border-end-end-radius: 0; }
  .views button:last-child { border-start-start-radius: 0; border-end-start-radius: 0; }
  .count { margin: 0; font-weight: 600; }
  .main { display: grid; grid-template-columns: minmax(0, 3fr) minmax(16rem, 2fr); gap: var(--_space); align-items: start; }
  @media (max-width: 48rem) { .main { grid-template-columns: 1fr; } }
  .listbox {
    position: relative; overflow: auto; block-size: var(--_list-height); border: 1px solid var(--_border);
    border-radius: var(--_radius); background: var(--_background);
  }
  .listbox::before { content: ''; display: block; block-size: var(--_total, 0); }
  .option {
    position: absolute; inset-inline: 0; block-size: ${ROW_HEIGHT}px; padding-block: 0.35rem; padding-inline: 0.75rem;
    border-block-end: 1px solid var(--_surface); cursor: pointer; display: flex; flex-direction: column; overflow: hidden;
  }
  .option:hover { background: var(--_surface); }
  .option[aria-selected='true'] { background: var(--_selected-background); box-shadow: inset 4px 0 0 var(--_accent); }
  .listbox:focus-visible .option.active { outline: 3px solid var(--_focus); outline-offset: -3px; }
  .option-name { font-weight: 600; display: flex; gap: 0.4rem; align-items: center; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
  /* The name itself is the flex item that shrinks: an ellipsis shows that it goes on (in full in the details). */
  .option-name > span { overflow: hidden; text-overflow: ellipsis; min-inline-size: 0; }
  .option-meta, .option-description, .muted { color: var(--_muted); font-size: 0.875em; }
  .option-meta, .option-description { white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
  .detail { min-inline-size: 0; overflow-wrap: anywhere; border: 1px solid var(--_border); border-radius: var(--_radius); padding: var(--_space); min-block-size: 8rem; }
  .h { font-weight: 700; font-size: 1.2em; margin-block: 0 0.25rem; display: flex; gap: 0.4rem; align-items: baseline; overflow-wrap: anywhere; min-inline-size: 0; }
  .h.sub { font-size: 1em; margin-block: 0.75rem 0.25rem; }
  .detail-meta { margin-block: 0 0.5rem; color: var(--_muted); }
  .detail dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.25rem 0.75rem; margin: 0; }
  .detail dt { font-weight: 600; }
  .detail dd { margin: 0; overflow-wrap: anywhere; }
  .pre { white-space: pre-line; }
  .stale, .filtered-out { background: var(--_warning-background); border-inline-start: 4px solid var(--_warning-border); padding: 0.5rem; margin-block: 0.5rem; }
  .partners { margin: 0; padding-inline-start: 1.25rem; }
  button.link { border: none; background: none; padding: 0; min-block-size: 1.5rem; color: var(--_accent); text-decoration: underline; text-align: start; overflow-wrap: anywhere; }
  .partners li { margin-block-end: 0.25rem; }
  .relation-note { display: block; color: var(--_muted); font-size: 0.875em; }
  button.icon { min-block-size: 1.75rem; padding-inline: 0.5rem; margin-inline-start: 0.25rem; }
  .actions { display: flex; flex-wrap: wrap; gap: var(--_space); margin-block-start: var(--_space); }
  .graph { position: relative; block-size: var(--_graph-height); border: 1px solid var(--_border); border-radius: var(--_radius); }
  .graph-canvas { position: absolute; inset: 0; }
  /* Cytoscape draws a dragged party and the tap feedback on two canvases of their own above the picture. Shown only
     while the pointer is down on it (data-pressed, set by GraphView), they are not composed into every frame of the picture. */
  .graph:not([data-pressed]) .graph-canvas canvas:is([data-id='layer0-selectbox'], [data-id='layer1-drag']) { display: none; }
  .graph-status { position: absolute; inset-block-start: 0.5rem; inset-inline-start: 0.5rem; z-index: 1; margin: 0; }
  .graph-tools { display: flex; gap: var(--_space); flex-wrap: wrap; align-items: center; margin-block: 0.25rem; }
  .overview { margin-block: 0.5rem; }
  .overview-heading { font-size: 1.1rem; margin-block: 0.25rem; }
  .overview .groups { list-style: none; padding: 0; margin-block: 0.5rem; display: grid; gap: 0.25rem; }
  .overview .groups li { display: flex; gap: var(--_space); align-items: baseline; flex-wrap: wrap; }
  .overview button[aria-pressed='true'] { font-weight: bold; outline: 2px solid currentColor; }
  .legend { display: flex; flex-wrap: wrap; gap: 0.75rem; margin: 0; padding: 0; list-style: none; font-size: 0.875em; }
  .legend li { display: inline-flex; gap: 0.3rem; align-items: center; }
  .insights, .export { border: 1px solid var(--_border); border-radius: var(--_radius); padding: var(--_space); }
  .insights summary, .export summary { cursor: pointer; font-weight: 600; }
  .insights ul { margin: 0; padding-inline-start: 1.25rem; }
  .export-menu { display: flex; flex-wrap: wrap; gap: var(--_space); margin-block-start: var(--_space); }
  form.edit { display: grid; gap: 0.5rem; }
  form.edit label { display: flex; flex-direction: column; }
  form.edit .hint { font-size: 0.85em; color: var(--_muted); }
  progress { inline-size: 100%; }
  .print-list { display: none; }
  @media print {
    .toolbar, .filters, .views, .graph, .graph-tools, .overview, .detail, .insights, .export, .listbox, .count { display: none !important; }
    .print-list { display: block; }
    .print-list li { break-inside: avoid; margin-block-end: 0.5rem; }
  }
  @media (forced-colors: active) {
    .option[aria-selected='true'] { outline: 2px solid Highlight; }
  }
`;
