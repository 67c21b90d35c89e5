import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The React example's own sources (../react), built against React 18 from this folder: React 18 on
// its own would set `data` as a string attribute, the samenspel/react components set it as a property.
const here = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: fileURLToPath(new URL('../react', import.meta.url)),
  base: './',
  plugins: [react()],
  resolve: { alias: [{ find: /^(react|react-dom)(\/.*)?$/, replacement: `${here}node_modules/$1$2` }] },
  build: { outDir: `${here}dist`, emptyOutDir: true },
});
