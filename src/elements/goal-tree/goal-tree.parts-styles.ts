import { css } from 'lit';
import { partyComboboxStyles } from '../../internal/party-combobox.js';

/** Styles of the details, insights and export parts; adopted when they load. */
export const partsStyles = css`
  ${partyComboboxStyles}
  .menu[open] > div { display: grid; gap: 0.25rem; margin-block-start: 0.25rem; }
  .panel .h-title { font-size: 1.25em; margin: 0; }
  .panel .h-section { font-size: 1.05em; margin-block: 1rem 0.25rem; }
  .panel .h-sub { font-size: 1em; margin-block: 0.5rem 0.25rem; }
  .row { display: flex; flex-wrap: wrap; gap: 0.25rem 0.5rem; align-items: center; justify-content: space-between; }
  .panel form.row, .steps .row { justify-content: start; }
  .fields { display: grid; gap: 0.5rem; }
  .fields label, .step label, fieldset label { display: grid; }
  .panel fieldset { border: 0; margin: 0; padding: 0; justify-content: start; align-items: end; }
  .panel legend { padding: 0; font-weight: 600; }
  .steps .row { align-items: end; }
  .panel input, .panel select, .panel textarea { padding: 0.25rem; border: 1px solid var(--_border); border-radius: var(--_radius); }
  .chips { display: flex; flex-wrap: wrap; gap: 0.25rem; }
  .chips li { border: 1px solid var(--_border); border-radius: 1rem; padding-inline: 0.5rem; }
  .chips button, .steps button { min-block-size: 1.5rem; padding: 0 0.4rem; }
  .path { color: var(--_muted); margin: 0; }
  .scroll { overflow: auto; }
  table { border-collapse: collapse; }
  th, td { border: 1px solid var(--_border); padding: 0.25rem 0.5rem; text-align: start; }
  td { text-align: center; }
  button.link { border: 0; background: none; padding: 0; min-block-size: 0; color: var(--_accent); text-decoration: underline; }
  meter { inline-size: 6rem; }
`;
