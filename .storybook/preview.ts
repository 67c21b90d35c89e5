import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
// NL Design System themes, scoped to their class (`.voorbeeld-theme`, `.utrecht-theme`): loading
// them changes nothing until the theme toolbar (or a theming story) puts the class around a story.
import '@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css';
import '@utrecht/design-tokens/dist/theme.css';
// Written by `npm run analyze` (cem analyze), which `npm run storybook` and `build-storybook` run first.
import manifest from '../dist/custom-elements.json';

// Controls, the args table and the docs pages come from the elements' JSDoc, through the manifest.
setCustomElementsManifest(manifest);

/** Read-only members (`activeStore`, `goalTree`, …) are documented but cannot be set. */
const readonlyMembers = new Set(
  manifest.modules
    .flatMap((m) => m.declarations ?? [])
    .flatMap((d) => ('members' in d ? (d.members ?? []) : []))
    .filter((m) => 'readonly' in m && m.readonly)
    .map((m) => m.name),
);

/** The theme classes the toolbar offers, with the NL Design System package each comes from. */
const THEMES: Record<string, string> = { voorbeeld: 'voorbeeld-theme', utrecht: 'utrecht-theme' };
/** Tokens a toolbar choice sets around the story: "Donker" is samenspel's own dark scheme (docs/theming.md). */
const SCHEMES: Record<string, Record<string, string>> = { donker: { '--samenspel-color-scheme': 'dark' } };

const preview: Preview = {
  tags: ['autodocs'],
  parameters: {
    // a11y violations fail Storybook's own test runs; `npm test` also runs axe on every story.
    a11y: { test: 'error' },
    controls: { expanded: true, sort: 'requiredFirst' },
  },
  // Each CSS custom property gets a real control (a colour picker for colours, text otherwise) that
  // restyles the story; parts, events and read-only members are documented without a control.
  argTypesEnhancers: [
    (context) =>
      Object.fromEntries(
        Object.entries(context.argTypes).map(([name, argType]) => {
          const category = argType.table?.category;
          if (category === 'css custom properties') {
            return [
              name,
              { ...argType, control: { type: name.endsWith('-color') ? 'color' : 'text' }, type: { name: 'string' } },
            ];
          }
          if (
            category === 'css shadow parts' ||
            category === 'events' ||
            (category === 'properties' && readonlyMembers.has(name))
          ) {
            return [name, { ...argType, control: false }];
          }
          return [name, argType];
        }),
      ),
  ],
  // The page language and the NL Design System theme, as a host page sets them: every element
  // follows the page's language unless it has its own `lang`, and the theme's tokens cross its shadow root.
  globalTypes: {
    lang: {
      description: 'Page language',
      toolbar: {
        title: 'Taal',
        icon: 'globe',
        dynamicTitle: true,
        items: [
          { value: 'nl', title: 'Nederlands' },
          { value: 'en', title: 'English' },
        ],
      },
    },
    theme: {
      description: 'NL Design System theme around the story',
      toolbar: {
        title: 'Thema',
        icon: 'paintbrush',
        dynamicTitle: true,
        items: [
          { value: 'none', title: 'samenspel (geen thema)' },
          { value: 'voorbeeld', title: 'Voorbeeld (--basis-*)' },
          { value: 'utrecht', title: 'Utrecht (--utrecht-*)' },
          { value: 'donker', title: 'Donker (dark scheme)' },
        ],
      },
    },
  },
  initialGlobals: { lang: 'nl', theme: 'none' },
  decorators: [
    (story, context) => {
      document.documentElement.lang = (context.globals.lang as string | undefined) ?? 'nl';
      const choice = (context.parameters.theme ?? context.globals.theme) as string;
      const theme = THEMES[choice] ?? '';
      const tokens = {
        ...SCHEMES[choice],
        ...Object.fromEntries(
          Object.entries(context.args).filter(
            ([name, value]) => name.startsWith('--') && typeof value === 'string' && value,
          ),
        ),
      };
      return html`<div class=${theme} style=${styleMap(tokens)}>${story()}</div>`;
    },
  ],
};
export default preview;
