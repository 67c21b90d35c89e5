import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/index.js';
import { sampleDataset } from '../src/sdk/index.js';

interface Args {
  data?: unknown;
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
  render: ({ data, lang }) => html`
    <samenspel-data lang=${lang} .data=${data}>
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
