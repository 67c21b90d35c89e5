import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/goal-tree/goal-tree.js';
import { emptyDataset, generateDataset, sampleDataset, type Dataset } from '../src/sdk/index.js';

interface Args {
  data?: unknown;
  src?: string;
  editable: boolean;
  view: 'both' | 'outline' | 'diagram';
  orientation: 'vertical' | 'horizontal';
  selected?: string;
  lang: 'nl' | 'en';
}

/** The sample tree with a few goals that still miss partners, steps or an indicator. */
function unfinished(): Dataset {
  const data = sampleDataset();
  const tree = data.goalTrees[0];
  data.goalTrees[0] = {
    ...tree,
    goals: tree.goals.map((g, i) => (i % 4 === 3 ? { ...g, partners: [], steps: [], indicator: undefined } : g)),
  };
  return JSON.parse(JSON.stringify(data)) as Dataset;
}

/**
 * The doelenboom: the stip op de horizon on top, subgoals and concrete goals below, each with partners,
 * steps and an indicator. An outline (a WAI-ARIA tree: arrows, Home, End, `*`, type-ahead, Enter for the
 * details) and a diagram share selection and focus. With `editable`, a workshop builds the tree by keyboard:
 * Insert, Shift+Enter, F2, Alt+arrows, Delete, Ctrl+Z.
 */
const meta: Meta<Args> = {
  title: 'Elements/goal-tree',
  component: 'goal-tree',
  args: { data: sampleDataset(), editable: false, view: 'both', orientation: 'vertical', lang: 'nl' },
  argTypes: {
    view: { control: 'inline-radio', options: ['both', 'outline', 'diagram'] },
    orientation: { control: 'inline-radio', options: ['vertical', 'horizontal'] },
    lang: { control: 'inline-radio', options: ['nl', 'en'] },
  },
  render: (
    a,
  ) => html`<goal-tree lang=${a.lang} .data=${a.data} src=${a.src ?? ''} ?editable=${a.editable} view=${a.view}
    orientation=${a.orientation} selected=${a.selected ?? ''}></goal-tree>`,
};
export default meta;
type Story = StoryObj<Args>;

/** The sample doelenboom of Voorbeeldwijk, to read. */
export const Loaded: Story = {};

/** A goal selected: it is highlighted in the outline and in the diagram. */
export const Selected: Story = { args: { selected: 'doel-weten' } };

/** Editing on: the edit buttons, undo and redo; the keys work in the outline. */
export const Editable: Story = { args: { editable: true } };

/** An empty tree with editing on: the invitation to write the stip op de horizon. */
export const EmptyInvitation: Story = { args: { data: emptyDataset('Nieuwe doelenboom'), editable: true } };

/** An empty tree without editing. */
export const Empty: Story = { args: { data: emptyDataset() } };

/** A URL that fails: the error shows in the element and in `samenspel-error`. */
export const LoadError: Story = { args: { data: undefined, src: '/does-not-exist.json' } };

/** The diagram only, left to right. */
export const DiagramHorizontal: Story = { args: { view: 'diagram', orientation: 'horizontal' } };

/** Goals that still miss partners, steps or an indicator show it in words; open Inzichten for the lists. */
export const Unfinished: Story = { args: { data: unfinished() } };

/** A generated tree of 1,000 goals: it opens on its first levels; unfold per goal or per level. */
export const ThousandGoals: Story = {
  args: { data: generateDataset({ parties: 60, relations: 0, goals: 1000, seed: 11 }) },
};

/** In English. */
export const English: Story = { args: { lang: 'en' } };
