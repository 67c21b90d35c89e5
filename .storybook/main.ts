import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.@(js|ts)'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true },
  // Storybook's own chunks (axe, the docs blocks) are large; that is not what we ship.
  viteFinal: (config) => ({ ...config, build: { ...config.build, chunkSizeWarningLimit: 1200 } }),
};
export default config;
