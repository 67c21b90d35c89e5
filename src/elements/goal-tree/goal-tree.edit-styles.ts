import { css } from 'lit';

/** The styles of editing a tree (the inputs that name a goal, the form that starts a tree), added when the editing part loads. */
export const goalTreeEditStyles = css`
  input[data-draft], input[data-rename] { inline-size: 100%; min-inline-size: 10rem; padding: 0.125rem 0.25rem; }
  .draft-bar input { inline-size: 100%; }
  .invite form { display: flex; flex-wrap: wrap; gap: 0.5rem; }
  .invite label { flex-basis: 100%; }
  .invite input { flex: 1 1 16rem; padding: 0.375rem 0.5rem; border: 1px solid var(--_border); border-radius: var(--_radius); }
`;
