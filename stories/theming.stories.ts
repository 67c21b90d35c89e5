import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/index.js';
import { sampleDataset } from '../src/sdk/index.js';

/**
 * The look of samenspel comes from design tokens. Each shared `--samenspel-*` token falls back to the
 * NL Design System theme's common `--basis-*` token, then to the older `--utrecht-*` token, then to an
 * accessible default for a light and a dark scheme (the table below, and `docs/theming.md`). So a page with a municipal theme
 * restyles the tools without any samenspel-specific CSS: load the theme's CSS and put its class
 * around the tools. The stories below show the five tools in no theme, the Voorbeeld theme
 * (`@nl-design-system-unstable/voorbeeld-design-tokens`, class `voorbeeld-theme`) and the Utrecht
 * theme (`@utrecht/design-tokens`, class `utrecht-theme`), and samenspel's dark scheme; the Thema toolbar puts any story in a theme.
 *
 * Set a token in the controls to see what it styles; a `--samenspel-*` token wins over the theme.
 */
const meta: Meta = {
  title: 'Theming/NL Design System',
  component: 'samenspel-data',
  render: () => html`
    <samenspel-data .data=${sampleDataset()}>
      <cooperation-check></cooperation-check>
      <goal-tree view="outline"></goal-tree>
      <who-is-who></who-is-who>
      <care-network-map></care-network-map>
      <carer-route></carer-route>
    </samenspel-data>`,
};
export default meta;
type Story = StoryObj;

/** samenspel's own sober default: no theme on the page. */
export const Default: Story = { parameters: { theme: 'none' } };

/** The Voorbeeld theme sets the `--basis-*` tokens: its text colour, violet action colour, focus ring and font. */
export const Voorbeeld: Story = { parameters: { theme: 'voorbeeld' } };

/** The Utrecht theme sets `--utrecht-*` tokens only: samenspel falls back to those. */
export const Utrecht: Story = { parameters: { theme: 'utrecht' } };

/** The dark scheme: without a theme the tools follow the reader's `prefers-color-scheme`; here `--samenspel-color-scheme: dark` chooses it. */
export const Donker: Story = { parameters: { theme: 'donker' } };

/** A house style of one's own through the `--samenspel-*` tokens, on top of the Voorbeeld theme. */
export const OwnTokens: Story = {
  parameters: { theme: 'voorbeeld' },
  args: {
    '--samenspel-accent-color': '#8a0057',
    '--samenspel-surface-background-color': '#fbf3f7',
    '--samenspel-border-radius': '0',
  },
};
