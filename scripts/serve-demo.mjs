// `npm start`: serves the demo site (demo/) and the built package (dist/) on localhost.
import { existsSync } from 'node:fs';
import { serve } from './serve-static.mjs';

if (!existsSync('dist/samenspel.js')) {
  console.error('dist/ is missing: run `npm run build` first (or `npm start`, which builds).');
  process.exit(1);
}
const port = Number(process.env.PORT ?? 8080);
let base;
try {
  ({ base } = await serve('.', { port, index: '/demo/index.html' }));
} catch (error) {
  console.error(error.code === 'EADDRINUSE'
    ? `Port ${port} is already in use. Stop what runs there, or pick another port: PORT=8081 npm start`
    : `The demo server could not start: ${error.message}`);
  process.exit(1);
}
console.log(`samenspel demo: ${base}/  (English: ${base}/demo/en.html)  — Ctrl+C stops`);
