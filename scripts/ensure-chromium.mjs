// Makes sure a Chromium is available for the browser tests, the smoke tests and the bench.
// Order: CHROME_PATH, then the usual Debian/Ubuntu paths. When none is found and we run as root on
// a machine with apt-get, installs Debian's `chromium` package (and says so); otherwise explains how.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const candidates = [
  process.env.CHROME_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
];
const find = () => candidates.find((p) => p && existsSync(p));

if (process.env.CHROME_PATH && !existsSync(process.env.CHROME_PATH)) {
  console.error(`CHROME_PATH is set to ${process.env.CHROME_PATH}, but there is no file there.`);
  process.exit(1);
}

let found = find();
if (!found) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = existsSync('/usr/bin/apt-get');
  if (isRoot && hasApt) {
    console.log(
      "No Chromium found: installing Debian's chromium package (apt-get update && apt-get install -y chromium)…",
    );
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    const run = (args) => spawnSync('apt-get', args, { stdio: 'inherit', env }).status === 0;
    if (!run(['update']) || !run(['install', '-y', 'chromium'])) {
      console.error('Installing chromium with apt-get failed; see the messages above.');
      process.exit(1);
    }
    found = find();
  }
}

if (!found) {
  console.error(
    [
      'No Chromium found. The tests run in a real browser.',
      '  Debian/Ubuntu: sudo apt-get install -y chromium   (or run `npm test` as root, which installs it)',
      '  Elsewhere:     set CHROME_PATH to a Chrome or Chromium binary, e.g.',
      '                 CHROME_PATH="/Applications/Google Chrome.app/Contents/MacOS/Google Chrome" npm test',
    ].join('\n'),
  );
  process.exit(1);
}
console.log(`Chromium: ${found}`);
