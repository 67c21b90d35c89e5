import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/who-is-who/who-is-who.js';
import { emptyDataset, generateDataset, sampleDataset } from '../src/sdk/index.js';

interface Args {
  data?: unknown;
  src?: string;
  format?: 'samenspel' | 'hsds' | 'csv';
  view: 'list' | 'graph';
  editable: boolean;
  selected?: string;
  query: string;
  lang: 'nl' | 'en';
}

/**
 * Wie is wie in de wijk: the sociale kaart. A virtual list and a Cytoscape network of who works with whom,
 * sharing search (case- and accent-insensitive), filters and the selection; details with safe links and a
 * notice for entries not checked for a year; insights; CSV, HSDS and samenspel import and export. The force
 * layout runs in a Web Worker and its positions are kept in the data.
 */
const meta: Meta<Args> = {
  title: 'Elements/who-is-who',
  component: 'who-is-who',
  args: { data: sampleDataset(), view: 'list', editable: false, query: '', lang: 'nl' },
  argTypes: {
    view: { control: 'inline-radio', options: ['list', 'graph'] },
    format: { control: 'inline-radio', options: [undefined, 'samenspel', 'hsds', 'csv'] },
    lang: { control: 'inline-radio', options: ['nl', 'en'] },
  },
  render: (
    a,
  ) => html`<who-is-who lang=${a.lang} .data=${a.data} src=${a.src ?? ''} format=${a.format ?? ''} view=${a.view}
    ?editable=${a.editable} selected=${a.selected ?? ''} query=${a.query}></who-is-who>`,
};
export default meta;
type Story = StoryObj<Args>;

/** The sample sociale kaart of Voorbeeldwijk, as a list. */
export const Loaded: Story = {};

/** The same parties as a network; the layout runs in a worker while the list stays usable. */
export const Network: Story = { args: { view: 'graph' } };

/** A party chosen: details, safe links, "werkt samen met", and its neighbours highlighted in the network. */
export const Selected: Story = { args: { selected: 'steunpunt', view: 'graph' } };

/** An entry not checked for more than a year shows a notice. */
export const Stale: Story = { args: { selected: 'wijkteam-zuid' } };

/** Searching ignores case and accents: "jozef" finds "Sint-Jozef". */
export const Search: Story = { args: { query: 'mantelzorg' } };

/** Editing on: add, change and remove parties and relations, with undo and redo. */
export const Editable: Story = { args: { editable: true, selected: 'steunpunt' } };

/** Nobody on the map yet, with editing on. */
export const EmptyEditable: Story = { args: { data: emptyDataset(), editable: true } };

/** Nobody on the map yet. */
export const Empty: Story = { args: { data: emptyDataset() } };

/** A spreadsheet that cannot be read (no `naam` column): the error shows in the element and in `samenspel-error`. */
export const LoadError: Story = {
  args: { data: undefined, src: 'data:text/csv;charset=utf-8,foo;bar%0D%0A1;2', format: 'csv' },
};

/** A spreadsheet with problems: the valid rows are shown, the problems listed with row and column. */
export const Problems: Story = {
  args: {
    data: undefined,
    format: 'csv',
    src: `data:text/csv;charset=utf-8,${encodeURIComponent('naam;veld;website;laatst gecontroleerd\r\nBuurthuis;welzijn;javascript:alert(1);32-13-2026\r\nRepair Café;ruimtevaart;https://repair.example.nl;1-9-2026\r\n')}`,
  },
};

/** 2,000 parties and 6,000 relations: the list stays fast; the network is laid out off the main thread. */
export const Large: Story = { args: { data: generateDataset({ parties: 2000, relations: 6000, seed: 7 }) } };

/** In English. */
export const English: Story = { args: { lang: 'en', selected: 'steunpunt' } };
