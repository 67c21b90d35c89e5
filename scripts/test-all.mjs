// `npm test` and `.ci/run`: runs every check in order, prints each step's output, and ends with ONE
// plain line "N passed, N failed" that sums them. A step that prints its own "N passed, N failed"
// line (unit tests, smoke tests) contributes those counts; any other step counts as one check.
// A step whose prerequisite failed is skipped (and said so). Exit code 1 when anything failed.
import { spawn } from 'node:child_process';

const STEPS = [
  { name: 'browser', cmd: ['node', 'scripts/ensure-chromium.mjs'] },
  { name: 'typecheck', cmd: ['npm', 'run', '--silent', 'typecheck'] },
  { name: 'lint', cmd: ['npm', 'run', '--silent', 'lint'] },
  { name: 'unit tests', cmd: ['npm', 'run', '--silent', 'test:unit'], needs: ['browser'] },
  { name: 'server tests', cmd: ['npm', 'test', '--silent', '--workspace', 'server'] },
  { name: 'build', cmd: ['npm', 'run', '--silent', 'build'] },
  { name: 'bundle smoke', cmd: ['npm', 'run', '--silent', 'test:smoke'], needs: ['browser', 'build'] },
  { name: 'workshop e2e', cmd: ['node', 'scripts/workshop-e2e.mjs'], needs: ['browser', 'build'] },
  { name: 'framework types', cmd: ['npm', 'run', '--silent', 'test:types'], needs: ['build'] },
  { name: 'package checks', cmd: ['npm', 'run', '--silent', 'test:package'], needs: ['build'] },
  { name: 'examples', cmd: ['npm', 'run', '--silent', 'test:examples'], needs: ['browser', 'build'] },
  { name: 'storybook build', cmd: ['npm', 'run', '--silent', 'build-storybook'], needs: ['build'] },
  { name: 'storybook smoke', cmd: ['npm', 'run', '--silent', 'test:storybook'], needs: ['browser', 'storybook build'] },
];

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;?]*[A-Za-z]/g;
const COUNT = /^(\d+) passed, (\d+) failed/;

function run(cmd) {
  return new Promise((resolve) => {
    const child = spawn(cmd[0], cmd.slice(1), {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, FORCE_COLOR: '0' },
    });
    let out = '';
    const take = (stream, sink) =>
      stream.on('data', (chunk) => {
        out += chunk;
        sink.write(chunk);
      });
    take(child.stdout, process.stdout);
    take(child.stderr, process.stderr);
    child.on('error', (err) => {
      out += String(err);
      resolve({ code: 1, out });
    });
    child.on('close', (code) => resolve({ code: code ?? 1, out }));
  });
}

const only = process.argv.slice(2);
const results = new Map();
const failures = [];
let passed = 0;
let failed = 0;
const started = Date.now();

for (const step of STEPS) {
  if (only.length && !only.includes(step.name)) continue;
  const blocked = (step.needs ?? []).filter((n) => results.has(n) && !results.get(n));
  if (blocked.length) {
    console.log(`\n▶ ${step.name}: skipped, because ${blocked.join(' and ')} failed`);
    results.set(step.name, false);
    continue;
  }
  console.log(`\n▶ ${step.name}: ${step.cmd.join(' ')}`);
  const t0 = Date.now();
  const { code, out } = await run(step.cmd);
  const line = out
    .replace(ANSI, '')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => COUNT.test(l))
    .pop();
  let p = code === 0 ? 1 : 0;
  let f = code === 0 ? 0 : 1;
  if (line) {
    const [, a, b] = COUNT.exec(line);
    p = Number(a);
    f = Number(b);
    if (code !== 0 && f === 0) f = 1; // crashed after counting: still a failure
  }
  passed += p;
  failed += f;
  if (code !== 0) {
    const lines = out
      .replace(ANSI, '')
      .split(/\r?\n/)
      .filter((l) => /^\s*(FAIL\b|❌|error\b|✖)/.test(l) || /\berror TS\d+/.test(l) || /^\s+\d+:\d+\s+error\s/.test(l));
    failures.push(
      `${step.name}:`,
      ...(lines.length ? lines.slice(0, 20).map((l) => `  ${l.trim()}`) : ['  (see its output above)']),
    );
  }
  results.set(step.name, code === 0);
  console.log(
    `◀ ${step.name}: ${code === 0 ? 'ok' : `FAILED (exit ${code})`} in ${((Date.now() - t0) / 1000).toFixed(1)} s`,
  );
}

console.log(
  `\nsteps: ${[...results].map(([n, ok]) => `${n} ${ok ? 'ok' : 'FAILED'}`).join(', ')} — ${((Date.now() - started) / 1000).toFixed(0)} s`,
);
if (failures.length) console.log(`\nwhat failed:\n${failures.join('\n')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed || [...results.values()].includes(false) ? 1 : 0);
