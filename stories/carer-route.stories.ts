import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/carer-route/carer-route.js';
import { emptyDataset, sampleDataset, type Dataset } from '../src/sdk/index.js';

interface Args {
  data?: unknown;
  src?: string;
  editable: boolean;
  view: 'both' | 'text';
  version: 'both' | 'current' | 'desired';
  lang: 'nl' | 'en';
}

/** The sample route with only the current version: nothing to compare yet. */
function currentOnly(): Dataset {
  const data = sampleDataset();
  data.routes = data.routes.map((r) => ({ ...r, desired: [] }));
  return data;
}

/** The sample data with a route that cannot be read whole: a lane of a party that does not exist, an unknown kind of contact, a loop in `next`. */
function broken(): unknown {
  const data = sampleDataset() as unknown as { routes: Record<string, unknown>[] };
  const route = data.routes[0];
  data.routes[0] = {
    ...route,
    lanes: [...(route.lanes as object[]), { id: 'spook', role: 'casemanager', party: 'bestaat-niet' }],
    current: [
      { id: 'a', what: 'Ans belt de huisarts', contact: 'telepathie', lane: 'mantelzorger' },
      { id: 'b', what: 'De huisarts verwijst door', lane: 'spook', next: 'a' },
    ],
  };
  return data;
}

/**
 * The route of a carer through the professionals, as it goes now and as the partners want it. The text
 * view (an ordered list per version) is the accessible primary; the swimlane picture shows warm and cold
 * referrals by line style and word; the insights compare both versions. With `editable`, lanes, steps
 * and remarks are edited by keyboard or mouse, with Ctrl+Z and Ctrl+Y.
 */
const meta: Meta<Args> = {
  title: 'Elements/carer-route',
  component: 'carer-route',
  args: { data: sampleDataset(), editable: false, view: 'both', version: 'both', lang: 'nl' },
  argTypes: {
    view: { control: 'inline-radio', options: ['both', 'text'] },
    version: { control: 'inline-radio', options: ['both', 'current', 'desired'] },
    lang: { control: 'inline-radio', options: ['nl', 'en'] },
  },
  render: (a) =>
    html`<carer-route lang=${a.lang} .data=${a.data} src=${a.src ?? ''} ?editable=${a.editable} view=${a.view} version=${a.version}></carer-route>`,
};
export default meta;
type Story = StoryObj<Args>;

/** The sample route to respite care of Voorbeeldwijk, both versions side by side (stacked on a narrow screen). */
export const Loaded: Story = {};

/** Editing on: forms for lanes and steps, Wijzigen per step, undo and redo. */
export const Editable: Story = { args: { editable: true } };

/** The text view only, as a screen reader reads it. */
export const TextOnly: Story = { args: { view: 'text' } };

/** Only the desired version, with what changed at each step. */
export const DesiredOnly: Story = { args: { version: 'desired' } };

/** Only the current version exists: the insights say there is nothing to compare yet. */
export const CurrentOnly: Story = { args: { data: currentOnly(), editable: true } };

/** No route yet, with editing on: the invitation to name the situation. */
export const EmptyInvitation: Story = { args: { data: emptyDataset(), editable: true } };

/** No route and no editing. */
export const Empty: Story = { args: { data: emptyDataset() } };

/** A broken route: the problems are listed with their paths, the valid rest is shown. */
export const BrokenRoute: Story = { args: { data: broken() } };

/** A URL that fails: the error shows in the element and in `samenspel-error`. */
export const LoadError: Story = { args: { data: undefined, src: '/does-not-exist.json' } };

/** In English. */
export const English: Story = { args: { lang: 'en' } };
