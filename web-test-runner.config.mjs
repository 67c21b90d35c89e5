// @web/test-runner: TypeScript tests through esbuild, in a real headless Chromium.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { fromRollup } from '@web/dev-server-rollup';
import rollupCommonjs from '@rollup/plugin-commonjs';
import { chromeLauncher, defaultReporter } from '@web/test-runner';
import { countReporter } from './test/count-reporter.mjs';
import { CHROMIUM } from './scripts/chromium.mjs';

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  concurrency: 2,
  plugins: [
    // papaparse ships only as UMD (as in rollup.config.mjs).
    fromRollup(rollupCommonjs)({ include: ['**/node_modules/papaparse/**'], ignore: ['stream'], strictRequires: false }),
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: new URL('./tsconfig.json', import.meta.url).pathname })],
  browsers: [chromeLauncher({ launchOptions: CHROMIUM })],
  testFramework: { config: { timeout: 20000 } },
  testsFinishTimeout: 600000,
  reporters: [defaultReporter(), countReporter()],
  coverageConfig: { include: ['src/**/*.ts'], report: true, reportDir: 'coverage' },
};
