import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/index.js';
import { sampleDataset } from '../src/sdk/index.js';

interface Args {
  data?: unknown;
  src?: string;
  lang: 'nl' | 'en';
}

/**
 * `<samenspel-data>` shares one dataset with every tool inside it: a party entered once shows in
 * all of them, and an edit in one tool shows in the others.
 */
const meta: Meta<Args> = {
  title: 'Elements/samenspel-data',
  component: 'samenspel-data',
  args: { data: sampleDataset(), lang: 'nl' },
  argTypes: { lang: { control: 'inline-radio', options: ['nl', 'en'] } },
  render: ({ data, src, lang }) => html`
    <samenspel-data lang=${lang} .data=${data} src=${ifDefined(src)}>
      <care-network-map></care-network-map>
      <goal-tree></goal-tree>
      <cooperation-check></cooperation-check>
      <who-is-who></who-is-who>
    </samenspel-data>`,
};
export default meta;
type Story = StoryObj<Args>;

/** The four tools on the sample dataset (Voorbeeldwijk). */
export const SharedDataset: Story = {};

/** The same in English: `lang="en"` on the provider (or on the page) switches every tool. */
export const English: Story = { args: { lang: 'en' } };

/** No data yet: each tool shows what it looks like empty. */
export const Empty: Story = { args: { data: undefined } };

/** Data that is not a samenspel dataset: a clear message, and nothing breaks. */
export const InvalidData: Story = { args: { data: { format: 'iets-anders', version: 99 } } };

/**
 * `src` points at a file that is not there: the error says so in plain words. (The tag tells the
 * Storybook smoke test that the failed request is on purpose.)
 */
export const LoadFailed: Story = {
  args: { data: undefined, src: '/voorbeeld-bestaat-niet.json' },
  tags: ['expect-load-error'],
};
