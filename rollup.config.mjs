// One code-split ESM build: every entry point shares chunks, Cytoscape sits in its own chunk that
// is fetched only when a graph view is first shown, and everything loads from any static server.
import { existsSync, readdirSync } from 'node:fs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import commonjs from '@rollup/plugin-commonjs';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';

const tags = readdirSync('src/elements', { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
const workers = (existsSync('src/workers') ? readdirSync('src/workers', { withFileTypes: true }) : []).filter((f) => f.name.endsWith('.worker.ts'));

const plugins = () => [
  nodeResolve({ browser: true, exportConditions: ['browser', 'production'] }), // 'production' selects Lit's production build
  // papaparse ships only as UMD; its Node-only require('stream') is never reached in a browser.
  commonjs({ include: /node_modules\/papaparse\//, ignore: ['stream'], strictRequires: false }),
  esbuild({ target: 'es2022', tsconfig: './tsconfig.json', sourceMap: true }),
  terser({ ecma: 2022, module: true, format: { comments: false } }),
];

export default [
  {
    input: {
      samenspel: 'src/index.ts',
      sdk: 'src/sdk/index.ts',
      classes: 'src/classes.ts',
      ...Object.fromEntries(tags.map((tag) => [`elements/${tag}`, `src/elements/${tag}/${tag}.ts`])),
    },
    output: {
      dir: 'dist',
      format: 'es',
      sourcemap: true,
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
      manualChunks: (id) => (/\/node_modules\/(cytoscape|cose-base|layout-base)/.test(id) ? 'cytoscape-lib' : undefined),
    },
    plugins: plugins(),
  },
  // Web Workers are self-contained files, loaded with new Worker(new URL(..., import.meta.url)).
  ...workers.map((f) => ({
    input: `src/workers/${f.name}`,
    output: { file: `dist/workers/${f.name.replace(/\.ts$/, '.js')}`, format: 'es', sourcemap: true, inlineDynamicImports: true },
    plugins: plugins(),
  })),
];
