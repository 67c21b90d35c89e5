import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/care-network-map/care-network-map.js';
import { emptyDataset, generateDataset, sampleDataset } from '../src/sdk/index.js';

interface Args {
  data?: unknown;
  src?: string;
  network?: string;
  editable: boolean;
  selected?: string;
  lang: 'nl' | 'en';
}

/**
 * The netwerkkaart: the carer and the naaste in the centre, the rings eigen netwerk, dichtbij and op
 * afstand, crossed by the fields informeel, zorg, welzijn and medisch; who talks to whom, who is
 * regiehouder, and where the gaps are. The text view beside the picture shows the same, and is
 * fully keyboard-operable.
 */
const meta: Meta<Args> = {
  title: 'Elements/care-network-map',
  component: 'care-network-map',
  args: { data: sampleDataset(), editable: false, lang: 'nl' },
  argTypes: {
    lang: { control: 'inline-radio', options: ['nl', 'en'] },
    network: { control: 'inline-radio', options: ['netwerk-ans', 'netwerk-samira'] },
  },
  render: ({ data, src, network, editable, selected, lang }) => html`
    <care-network-map lang=${lang} .data=${data} src=${src ?? ''} network=${network ?? ''} ?editable=${editable} .selected=${selected ?? null}></care-network-map>`,
};
export default meta;
type Story = StoryObj<Args>;

/** The sample network of Ans and Henk: a casemanager is regiehouder, and all fields are connected. */
export const Loaded: Story = {};

/** Samira and Yassin: nobody coordinates and nobody works in welzijn — the gaps show in the picture and in words. */
export const WithGaps: Story = { args: { network: 'netwerk-samira' } };

/** A member selected: the picture highlights them and their relations, the panel shows the details. */
export const Selected: Story = { args: { selected: 'huisarts-bakker' } };

/** Editing: add members, move them (drag or the ring and field selects), draw relations, choose the regiehouder, undo. */
export const Editing: Story = { args: { editable: true, selected: 'casemanager' } };

/** In English, with `lang="en"`. */
export const English: Story = { args: { lang: 'en' } };

/** A network of 60 members: the layout still places every label without overlap. */
export const SixtyMembers: Story = {
  args: { data: generateDataset({ parties: 80, relations: 0, networks: 1, networkMembers: 60, seed: 3 }) },
};

/** A new network only has the carer and the naaste in the centre. */
export const NewNetwork: Story = {
  args: {
    data: {
      ...emptyDataset(),
      parties: [
        { id: 'ans', name: 'Ans de Vries', kind: 'persoon', field: 'informeel' },
        { id: 'henk', name: 'Henk de Vries', kind: 'persoon', field: 'informeel' },
      ],
      careNetworks: [{ id: 'n', name: 'Netwerk van Ans', carer: 'ans', caredFor: 'henk', members: [], relations: [] }],
    },
    editable: true,
  },
};

/** No data: an honest notice; with `editable`, a form to start a network. */
export const Empty: Story = { args: { data: undefined, editable: true } };

/** Data that cannot be read: a clear message and a `samenspel-error` event; nothing breaks. */
export const ReadError: Story = { args: { data: '{ "format": "samenspel", "version": 1, ' } };
