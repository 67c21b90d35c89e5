import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
// Written by `npm run analyze` (cem analyze), which `npm run storybook` and `build-storybook` run first.
import manifest from '../dist/custom-elements.json';

// Controls, the args table and the docs pages come from the elements' JSDoc, through the manifest.
setCustomElementsManifest(manifest);

const preview: Preview = {
  tags: ['autodocs'],
  parameters: {
    // a11y violations fail Storybook's own test runs; `npm test` also runs axe on every story.
    a11y: { test: 'error' },
    controls: { expanded: true },
  },
  // The page language, as a host page sets it: every element follows it unless it has its own `lang`.
  globalTypes: {
    lang: {
      description: 'Page language',
      toolbar: { title: 'Taal', icon: 'globe', dynamicTitle: true, items: [{ value: 'nl', title: 'Nederlands' }, { value: 'en', title: 'English' }] },
    },
  },
  initialGlobals: { lang: 'nl' },
  decorators: [
    (story, context) => {
      document.documentElement.lang = (context.globals.lang as string | undefined) ?? 'nl';
      return story();
    },
  ],
};
export default preview;
