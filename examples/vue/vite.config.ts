import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';

// Vue renders samenspel's tags as custom elements (not as Vue components) and sets `:data` as a property.
const samenspelTags = new Set([
  'samenspel-data',
  'care-network-map',
  'goal-tree',
  'cooperation-check',
  'who-is-who',
  'carer-route',
]);

export default defineConfig({
  base: './',
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => samenspelTags.has(tag) } } })],
});
