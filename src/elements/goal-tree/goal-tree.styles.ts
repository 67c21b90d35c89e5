import { css } from 'lit';

export const goalTreeStyles = css`
  :host {
    --_line: var(--samenspel-goal-tree-connector-color, light-dark(#595959, #a6a6a6));
    --_goal-bg: var(--samenspel-goal-tree-goal-background-color, var(--_background));
    --_selected-bg: var(--samenspel-goal-tree-goal-selected-background-color, light-dark(#e6eef7, #1f3550));
    --_gap: 1.25rem;
  }
  .base { display: grid; gap: var(--_space); container: goal-tree / inline-size; }
  .bar { display: flex; flex-wrap: wrap; gap: 0.25rem 0.5rem; align-items: center; }
  .bar [aria-pressed='true'] { background: var(--_selected-bg); border-color: var(--_accent); }
  .bar .lead { color: var(--_muted); }
  /* The menu “Meer” holds the buttons that do not fit a narrow element; wider, every button shows. */
  .bar .more { display: none; }
  .caption { font-weight: 700; margin: 0; }
  .hint, .legend, .view-hint { margin: 0; font-size: 0.875em; color: var(--_muted); }
  .view-hint { color: inherit; }
  /* Phones have no Insert or F2: there the hint speaks of tapping and the buttons. */
  .hint .touch { display: none; }
  @container goal-tree (max-width: 36rem) {
    .hint .keys { display: none; }
    .hint .touch { display: inline; }
    .bar { gap: 0.25rem; }
    .bar button, .bar summary { padding-inline: 0.375rem; }
    .bar .lead, .bar .secondary-action { display: none; }
    .bar .more { display: block; }
  }
  @media (pointer: coarse) {
    .hint .keys { display: none; }
    .hint .touch { display: inline; }
  }
  .views { display: grid; gap: var(--_space); grid-template-columns: minmax(0, 1fr) minmax(0, 2fr); align-items: start; }
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

  /* Beside the diagram the outline is no taller than it, and scrolls (the focused goal scrolls into view). */
  :host(:not([view])) .outline, :host([view='both']) .outline {
    max-block-size: var(--samenspel-goal-tree-diagram-max-block-size, 80vh); overflow: auto; padding: 0.25rem;
  }
  /* Rows out of view skip style, layout and paint (they stay in the accessibility tree, the tab order and find in page),
     so a tree of thousands of goals costs about as much as the part in view; the margin keeps the focus ring whole. */
  .outline [role='treeitem'] { content-visibility: auto; contain-intrinsic-size: auto 3.25rem; overflow-clip-margin: 6px; }
  .outline ul { margin-inline-start: 0.6rem; padding-inline-start: 0.75rem; border-inline-start: 1px solid var(--_border); }
  .outline .goal { padding-block: 0.25rem; padding-inline: 1.75rem 0.5rem; border-inline-start: 4px solid transparent; }
  .outline .title { display: block; }
  .outline .kind::after { content: ' · '; }
  .outline .toggle { position: absolute; inset-block-start: 0.3rem; inset-inline-start: 0.2rem; }
  .toggle[hidden] { display: none; }
  .outline .selected > .goal { background: var(--_selected-bg); border-inline-start-color: var(--_accent); }

  .diagram {
    position: relative; overflow: auto; max-block-size: var(--samenspel-goal-tree-diagram-max-block-size, 80vh);
    border: 1px solid var(--_border); border-radius: var(--_radius); padding: 1rem;
  }
  .canvas { position: relative; }
  .lines { position: absolute; inset: 0; overflow: visible; pointer-events: none; }
  .lines path { fill: none; stroke: var(--_line); stroke-width: 2; }
  .diagram li { position: absolute; inline-size: 12rem; line-height: 1.3; }
  .diagram .goal {
    display: flex; flex-direction: column; block-size: 100%; overflow: hidden;
    padding: 0.5rem; padding-inline-end: 1.75rem; border: 1px solid var(--_border);
  }
  .diagram .kind { order: -1; }
  .diagram .goal > * { flex-shrink: 0; }
  /* A title shows whole (the layout gives its row the height it needs); the facts keep to two lines. */
  .diagram .facts { display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 2; overflow: hidden; }
  .diagram .l1 > .goal { border: 3px solid var(--_accent); }
  .diagram .l2 > .goal { border-width: 2px; }
  .diagram .toggle { position: absolute; inset-block-start: 0.375rem; inset-inline-end: 0.375rem; }
  .diagram .selected > .goal { background: var(--_selected-bg); box-shadow: inset 0 0 0 3px var(--_accent); }
  .base:focus-within .diagram .selected > .goal { outline: 3px dashed var(--_focus); outline-offset: 2px; }
  /* Someone else's goal: a dashed outline, and their name in a tag above the box. */
  .outline .presence-mark { margin-inline-end: 0.375rem; }
  .goal.marked { outline: 3px dashed var(--_color); outline-offset: 2px; }
  .diagram .goal.marked { overflow: visible; }
  .diagram .presence-mark {
    position: absolute; inset-block-end: calc(100% + 4px); inset-inline-start: -2px; max-inline-size: 100%;
    overflow: hidden; text-overflow: ellipsis; white-space: nowrap;
  }
  /* Present mode: the diagram is drawn larger through its zoom, so its boxes keep their size in rem. */
  :host([present]) .diagram { font-size: 1rem; }
  :host([present]) .hint, :host([present]) .legend { display: none; }

  .invite { display: grid; gap: var(--_space); max-inline-size: 40rem; padding: 1rem; border: 2px dashed var(--_border); border-radius: var(--_radius); }
  .invite p { margin: 0; }
  .panel { border: 1px solid var(--_border); border-radius: var(--_radius); padding: 1rem; }
  .menu > summary { cursor: pointer; }
  @media (forced-colors: active) {
    .selected > .goal { outline: 3px solid Highlight; }
    .lines path { stroke: CanvasText; }
  }
  @media print {
    .bar, .hint, .view-hint, .panel, .toggle { display: none; }
    :host(:not([view='outline'])) .outline { display: none; }
    .outline { max-block-size: none; overflow: visible; }
    .outline [role='treeitem'] { content-visibility: visible; }
    .views { display: block; }
    .diagram { overflow: visible; max-block-size: none; border: 0; padding: 0; }
    .goal { break-inside: avoid; }
  }
`;
