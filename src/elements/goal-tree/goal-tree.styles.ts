import { css } from 'lit';

export const goalTreeStyles = css`
  :host {
    --_line: var(--samenspel-goal-tree-connector-color, #595959);
    --_goal-bg: var(--samenspel-goal-tree-goal-background-color, var(--_background));
    --_selected-bg: var(--samenspel-goal-tree-goal-selected-background-color, #e6eef7);
    --_gap: 1.25rem;
  }
  .base { display: grid; gap: var(--_space); }
  .bar { display: flex; flex-wrap: wrap; gap: 0.25rem 0.5rem; align-items: center; }
  .bar [aria-pressed='true'] { background: var(--_selected-bg); border-color: var(--_accent); }
  .bar span { color: var(--_muted); }
  .caption { font-weight: 700; margin: 0; }
  .hint, .legend { margin: 0; font-size: 0.875em; color: var(--_muted); }
  .views { display: grid; gap: var(--_space); grid-template-columns: minmax(14rem, 1fr) 2fr; align-items: start; }
  :host([view='outline']) .views, :host([view='diagram']) .views { grid-template-columns: 1fr; }
  @media (max-width: 60rem) { .views { grid-template-columns: 1fr; } }
  ul { list-style: none; margin: 0; padding: 0; }
  li:focus { outline: none; }
  li:focus-visible > .goal { outline: 3px solid var(--_focus); outline-offset: 2px; }
  .goal { position: relative; cursor: pointer; background: var(--_goal-bg); border-radius: var(--_radius); }
  .title { font-weight: 600; overflow-wrap: anywhere; }
  .kind, .facts { font-size: 0.8125em; color: var(--_muted); }
  .toggle {
    display: inline-grid; place-items: center; inline-size: 1.25rem; block-size: 1.25rem; line-height: 1;
    border: 1px solid var(--_border); border-radius: 3px; background: var(--_background); user-select: none;
  }
  input[data-draft], input[data-rename] { inline-size: 100%; min-inline-size: 10rem; padding: 0.125rem 0.25rem; }

  .outline ul { margin-inline-start: 0.6rem; padding-inline-start: 0.75rem; border-inline-start: 1px solid var(--_border); }
  .outline .goal {
    display: grid; grid-template-columns: 1.5rem 1fr; column-gap: 0.25rem; padding-block: 0.25rem; padding-inline: 0.25rem 0.5rem;
    border-inline-start: 4px solid transparent;
  }
  .outline .goal > * { grid-column: 2; }
  .outline .toggle { grid-column: 1; grid-row: 1; }
  .outline .selected > .goal { background: var(--_selected-bg); border-inline-start-color: var(--_accent); }

  .diagram {
    overflow: auto; max-block-size: var(--samenspel-goal-tree-diagram-max-block-size, 80vh);
    border: 1px solid var(--_border); border-radius: var(--_radius); padding: 1rem;
  }
  .canvas { inline-size: max-content; min-inline-size: 100%; }
  .diagram ul { display: flex; justify-content: center; position: relative; padding-block-start: var(--_gap); }
  .diagram .root { padding: 0; }
  .diagram li { position: relative; display: flex; flex-direction: column; align-items: center; padding: var(--_gap) 0.3rem 0; }
  .diagram .root > li { padding-block-start: 0; }
  .diagram li::before, .diagram li::after {
    content: ''; position: absolute; inset-block-start: 0; inset-inline-end: 50%; inline-size: 50%; block-size: var(--_gap);
    border-block-start: 2px solid var(--_line);
  }
  .diagram li::after { inset-inline: 50% auto; border-inline-start: 2px solid var(--_line); }
  .diagram li:only-child::before { display: none; }
  .diagram li:only-child::after, .diagram li:first-child::before, .diagram li:last-child::after { border-block-start: 0; }
  .diagram li:last-child:not(:only-child)::before { border-inline-end: 2px solid var(--_line); }
  .diagram li:last-child:not(:only-child)::after { display: none; }
  .diagram .root > li::before, .diagram .root > li::after { display: none; }
  .diagram ul ul::before {
    content: ''; position: absolute; inset-block-start: 0; inset-inline-start: 50%; block-size: var(--_gap);
    border-inline-start: 2px solid var(--_line);
  }
  .diagram .goal {
    display: flex; flex-direction: column; gap: 0.125rem; inline-size: var(--samenspel-goal-tree-goal-inline-size, 12rem);
    padding: 0.5rem; border: 1px solid var(--_border);
  }
  .diagram .kind { order: -1; }
  .diagram .l1 > .goal { border: 3px solid var(--_accent); }
  .diagram .l2 > .goal { border-width: 2px; }
  .diagram .toggle { position: absolute; inset-block-end: -0.7rem; inset-inline-start: calc(50% - 0.625rem); z-index: 1; }
  .diagram .selected > .goal { background: var(--_selected-bg); box-shadow: 0 0 0 3px var(--_accent); }
  .base:focus-within .diagram .selected > .goal { outline: 3px dashed var(--_focus); outline-offset: 4px; }

  :host([orientation='horizontal']) .diagram ul { flex-direction: column; padding-block-start: 0; padding-inline-start: var(--_gap); }
  :host([orientation='horizontal']) .diagram .root { padding: 0; }
  :host([orientation='horizontal']) .diagram li { flex-direction: row; padding-block: 0.3rem; padding-inline: var(--_gap) 0; }
  :host([orientation='horizontal']) .diagram .root > li { padding-inline-start: 0; }
  :host([orientation='horizontal']) .diagram li::before, :host([orientation='horizontal']) .diagram li::after {
    display: block; inset-inline: 0 auto; inline-size: var(--_gap); block-size: 50%; border: 0;
    border-inline-start: 2px solid var(--_line);
  }
  :host([orientation='horizontal']) .diagram li::before { border-block-end: 2px solid var(--_line); }
  :host([orientation='horizontal']) .diagram li::after { inset-block-start: 50%; }
  :host([orientation='horizontal']) .diagram li:first-child::before, :host([orientation='horizontal']) .diagram li:only-child::before { border-inline-start: 0; }
  :host([orientation='horizontal']) .diagram li:last-child::after { display: none; }
  :host([orientation='horizontal']) .diagram .root > li::before, :host([orientation='horizontal']) .diagram .root > li::after { display: none; }
  :host([orientation='horizontal']) .diagram ul ul::before { inset-block-start: 50%; inset-inline-start: 0; block-size: 0; inline-size: var(--_gap); border: 0; border-block-start: 2px solid var(--_line); }
  :host([orientation='horizontal']) .diagram .toggle { inset-block-end: calc(50% - 0.625rem); inset-inline-start: auto; inset-inline-end: -0.7rem; }

  .invite { display: grid; gap: var(--_space); max-inline-size: 40rem; padding: 1rem; border: 2px dashed var(--_border); border-radius: var(--_radius); }
  .invite p { margin: 0; }
  .invite input { padding: 0.375rem 0.5rem; border: 1px solid var(--_border); border-radius: var(--_radius); }
  .panel { border: 1px solid var(--_border); border-radius: var(--_radius); padding: 1rem; }
  .menu > summary { cursor: pointer; }
  .menu[open] > div { display: grid; gap: 0.25rem; margin-block-start: 0.25rem; }
  @media (forced-colors: active) {
    .selected > .goal { outline: 3px solid Highlight; }
    .diagram li::before, .diagram li::after, .diagram ul ul::before { border-color: CanvasText; }
  }
  @media print {
    .bar, .hint, .outline, .panel, .toggle { display: none; }
    .views { display: block; }
    .diagram { overflow: visible; max-block-size: none; border: 0; padding: 0; }
    .goal { break-inside: avoid; }
  }
`;
