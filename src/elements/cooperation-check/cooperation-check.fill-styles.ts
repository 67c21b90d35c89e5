import { css } from 'lit';

/** The questionnaire: fieldsets with large radio options, the progress bar, the review. */
export const fillStyles = css`
  [tabindex='-1']:focus { outline-offset: 4px; }
  fieldset { border: 1px solid var(--_border); border-radius: var(--_radius); margin-block: 0 var(--_space); padding: var(--_space) calc(var(--_space) * 2); }
  legend { font-weight: 600; padding-inline: 0.25rem; }
  .choices { display: flex; flex-wrap: wrap; gap: 0.25rem 0.5rem; }
  .choice { display: inline-flex; align-items: center; gap: 0.35rem; padding: 0.3rem 0.6rem; border: 1px solid var(--_border); border-radius: var(--_radius); cursor: pointer; }
  .choice:has(:checked) { background: var(--_surface); border-color: var(--_accent); box-shadow: inset 0 0 0 1px var(--_accent); font-weight: 600; }
  .choice input { inline-size: 1.1rem; block-size: 1.1rem; margin: 0; }
  .progress { display: flex; align-items: center; gap: var(--_space); color: var(--_muted); margin: 0; }
  progress { flex: 1; max-inline-size: 16rem; }
  .review ul { padding-inline-start: 1.25rem; }
  @media (forced-colors: active) { .choice:has(:checked) { outline: 2px solid Highlight; } }
`;
