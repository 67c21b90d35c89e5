// One code-split ESM build: every entry point shares chunks, Cytoscape sits in its own chunk that
// is fetched only when a graph view is first shown, and everything loads from any static server.
import { existsSync, readdirSync } from 'node:fs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import commonjs from '@rollup/plugin-commonjs';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import minifyLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import { Features } from 'lightningcss';

const tags = readdirSync('src/elements', { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);
const workers = (existsSync('src/workers') ? readdirSync('src/workers', { withFileTypes: true }) : []).filter((f) =>
  f.name.endsWith('.worker.ts'),
);

/**
 * `dev`: the build behind the `development` export condition (dist/dev/): unminified, Lit's
 * development build, and samenspel's dev-only warnings (src/internal/dev.ts). The default build drops
 * those warnings and minifies.
 */
const plugins = ({ dev }) => [
  // 'production' selects Lit's production build, 'development' its build with dev-mode warnings
  nodeResolve({ browser: true, exportConditions: ['browser', dev ? 'development' : 'production'] }),
  // papaparse ships only as UMD; its Node-only require('stream') is never reached in a browser.
  commonjs({ include: /node_modules\/papaparse\//, ignore: ['stream'], strictRequires: false }),
  esbuild({
    target: 'es2022',
    tsconfig: './tsconfig.json',
    sourceMap: true,
    define: { SAMENSPEL_PACKAGE: 'true', SAMENSPEL_DEV: String(dev) },
  }),
  ...(dev
    ? []
    : [
        // Lit's html`` and css`` templates keep their indentation and comments unless minified. Whitespace
        // is collapsed to one space, never removed, so text never runs together; CSS stays readable to
        // the browsers a municipal site supports.
        minifyLiterals({
          include: ['src/**/*.ts'],
          failOnError: true,
          // light-dark() stays as written: lowered for these targets it leans on variables that lightningcss
          // sets only beside a literal color-scheme, and the elements' scheme is a custom property.
          options: {
            minifyOptions: {
              conservativeCollapse: true,
              minifyCSS: {
                targets: { chrome: 100 << 16, firefox: 100 << 16, safari: (15 << 16) | (4 << 8) },
                exclude: Features.LightDark,
              },
            },
          },
        }),
        terser({ ecma: 2022, module: true, compress: { passes: 2 }, format: { comments: false } }),
      ]),
];

/**
 * Cytoscape gets a chunk of its own. What every element needs (Lit, the element base with the SDK core it
 * pulls in, registration, the heading helper, the export report every tool shows, the directives all tools
 * use) goes in one `core` chunk: one file compresses better than five small ones. (Left to Rollup, the
 * export report would join the check's manual chunk, which every other tool would then download.)
 */
const CORE =
  /\/(src\/internal\/(samenspel-element|room-element|styles|define|heading|export-report|live-region)\.ts|@lit\/context\/lib\/context-request-event\.js|lit(-html)?\/(directive|directives\/if-defined)\.js)$/;
const manualChunks = (id) => {
  if (/\/node_modules\/(cytoscape|cose-base|layout-base)\//.test(id)) return 'cytoscape-lib';
  if (CORE.test(id)) return 'core';
  // The check's results view comes with the aggregation it shows, in one file.
  if (/\/src\/(sdk\/analysis\/cooperation-check|elements\/cooperation-check\/cooperation-check\.results)\.ts$/.test(id))
    return 'cooperation-check.results';
  // Only <samenspel-data> provides a store (the tools only consume one); only the graph tools query their shadow DOM.
  if (/\/@lit\/context\/lib\/(controllers\/context-provider|value-notifier|decorators\/provide)\.js$/.test(id))
    return 'context-provider';
  if (/\/@lit\/reactive-element\/decorators\/(query|base)\.js$/.test(id)) return 'query-decorator';
  return undefined;
};

const builds = (dev) => {
  const dir = dev ? 'dist/dev' : 'dist';
  return [
    {
      input: {
        samenspel: 'src/index.ts',
        classes: 'src/classes.ts',
        ...Object.fromEntries(tags.map((tag) => [`elements/${tag}`, `src/elements/${tag}/${tag}.ts`])),
      },
      output: {
        dir,
        format: 'es',
        sourcemap: true,
        entryFileNames: '[name].js',
        chunkFileNames: 'chunks/[name]-[hash].js',
        manualChunks,
      },
      plugins: plugins({ dev }),
    },
    // The SDK on its own, for servers and pages without the elements: built apart so that it never
    // shares a file with Lit, and so that the elements' chunks are cut for the elements alone. Live
    // co-editing (Yjs) is an entry of its own, so the SDK does not carry it for those who do not use it.
    {
      input: { sdk: 'src/sdk/index.ts', 'sdk-live': 'src/sdk/live/index.ts' },
      output: {
        dir,
        format: 'es',
        sourcemap: true,
        entryFileNames: '[name].js',
        chunkFileNames: 'chunks/sdk-[name]-[hash].js',
      },
      plugins: plugins({ dev }),
    },
    // Web Workers are self-contained files, loaded with new Worker(new URL(..., import.meta.url)).
    ...workers.map((f) => ({
      input: `src/workers/${f.name}`,
      output: {
        file: `${dir}/workers/${f.name.replace(/\.ts$/, '.js')}`,
        format: 'es',
        sourcemap: true,
        inlineDynamicImports: true,
      },
      plugins: plugins({ dev }),
    })),
  ];
};

export default [...builds(false), ...builds(true)];
