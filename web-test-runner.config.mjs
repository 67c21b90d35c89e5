// @web/test-runner: TypeScript tests through esbuild, in a real headless Chromium.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { fromRollup } from '@web/dev-server-rollup';
import rollupCommonjs from '@rollup/plugin-commonjs';
import { chromeLauncher, defaultReporter } from '@web/test-runner';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { countReporter } from './test/count-reporter.mjs';
import { CHROMIUM } from './scripts/chromium.mjs';
import { build } from 'esbuild';
import { liveServerPlugin } from './test/live-server-plugin.mjs';
import { screenshotPlugin } from './test/screenshot-plugin.mjs';

/** CommonJS-only packages that tests use (not shipped): bundled to one ES module each, on first request. `fhir` is an independent FHIR R4 validator. */
const TEST_CJS = ['ajv', 'ajv-formats', 'jsqr', 'fhir'];
const bundled = new Map();
const bundleCjsForTests = {
  name: 'bundle-cjs-for-tests',
  resolveImport: ({ source }) => (TEST_CJS.includes(source) ? `/__cjs__/${source}.js` : undefined),
  async serve({ path }) {
    const name = /^\/__cjs__\/(.+)\.js$/.exec(path)?.[1];
    if (!name || !TEST_CJS.includes(name)) return undefined;
    if (!bundled.has(name)) {
      const out = await build({
        stdin: { contents: `export { default } from '${name}';`, resolveDir: process.cwd() },
        bundle: true,
        format: 'esm',
        write: false,
        logLevel: 'silent',
      });
      bundled.set(name, out.outputFiles[0].text);
    }
    return { body: bundled.get(name), type: 'js' };
  },
};

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  // One test page at a time: the manifest test, which renders every state of every element, loses its page
  // ("detached Frame") when another test page runs beside it.
  concurrency: 1,
  plugins: [
    bundleCjsForTests,
    // Live rooms are tested against a real samenspel server.
    liveServerPlugin(),
    // Present mode is checked by eye too: screenshots go to test-screenshots/.
    screenshotPlugin(),
    // What a screen reader gets: the browser's accessibility tree, beside axe.
    a11ySnapshotPlugin(),
    // papaparse ships only as UMD (as in rollup.config.mjs).
    fromRollup(rollupCommonjs)({
      include: ['**/node_modules/papaparse/**'],
      ignore: ['stream'],
      strictRequires: false,
    }),
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: new URL('./tsconfig.json', import.meta.url).pathname }),
  ],
  browsers: [chromeLauncher({ launchOptions: CHROMIUM })],
  testFramework: { config: { timeout: 20000 } },
  testsFinishTimeout: 600000,
  reporters: [defaultReporter(), countReporter()],
  // Lit's one-line dev-mode notice, printed for every test file, hides the logs that matter.
  filterBrowserLogs: ({ args }) => !(typeof args[0] === 'string' && args[0].startsWith('Lit is in dev mode')),
  coverageConfig: { include: ['src/**/*.ts'], report: true, reportDir: 'coverage' },
};
