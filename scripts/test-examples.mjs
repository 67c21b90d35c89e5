// Builds each host in examples/ with its own toolchain (type check included) against the BUILT package
// (run after `npm run build`), then drives each in Chromium once: the tools render, share one dataset
// given as a property, an edit in one tool shows in another, and the host's `samenspel-change`
// listener counts it. Ends with "N passed, N failed".
// `node scripts/test-examples.mjs react vue` runs only those; `--no-build` reuses the last builds.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { serve } from './serve-static.mjs';
import { CHROMIUM } from './chromium.mjs';

/** Each host: its workspace folder and the folder its build writes the page to. */
const EXAMPLES = {
  react: { dir: 'examples/react', out: 'examples/react/dist' },
  react18: { dir: 'examples/react18', out: 'examples/react18/dist' },
  vue: { dir: 'examples/vue', out: 'examples/vue/dist' },
  angular: { dir: 'examples/angular', out: 'examples/angular/dist' },
  plain: { dir: 'examples/plain', out: 'examples/plain/dist' },
};
const TOOLS = ['care-network-map', 'goal-tree', 'cooperation-check', 'who-is-who', 'carer-route'];
const NEW_PARTY = 'Repair Café Noord';

const args = process.argv.slice(2);
const build = !args.includes('--no-build');
const names = args.filter((a) => !a.startsWith('--'));
const chosen = names.length ? names : Object.keys(EXAMPLES);

let passed = 0;
let failed = 0;
function check(name, ok, info = '') {
  if (ok) passed++;
  else failed++;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}${info ? `  (${info})` : ''}`);
}

if (!existsSync('dist/samenspel.js') || !existsSync('dist/react.js')) {
  console.log('dist/ is missing: run `npm run build` first.');
  process.exit(1);
}

const built = [];
for (const name of chosen) {
  const example = EXAMPLES[name];
  if (!example) throw new Error(`No example "${name}"; there are ${Object.keys(EXAMPLES).join(', ')}.`);
  if (!build) {
    built.push(name);
    continue;
  }
  const t0 = Date.now();
  const run = spawnSync('npm', ['run', '--silent', 'build', '--workspace', example.dir], {
    encoding: 'utf8',
    env: { ...process.env, NG_CLI_ANALYTICS: 'false' },
  });
  const seconds = ((Date.now() - t0) / 1000).toFixed(1);
  const ok = run.status === 0 && existsSync(`${example.out}/index.html`);
  if (!ok) console.log(`${run.stdout}\n${run.stderr}`);
  check(`${name}: builds and type-checks with its own toolchain (${seconds} s)`, ok, ok ? '' : `exit ${run.status}`);
  if (ok) built.push(name);
}

const browser = await chromium.launch(CHROMIUM);
for (const name of built) {
  // Each host under the same strict CSP as the demo: no inline script or style in any of them.
  const server = await serve(EXAMPLES[name].out);
  const page = await browser.newPage();
  const problems = [];
  // A failed request is listed with its URL below; the console only repeats it without one.
  page.on(
    'console',
    (m) =>
      m.type() === 'error' && !m.text().startsWith('Failed to load resource') && problems.push(`console: ${m.text()}`),
  );
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on(
    'response',
    (r) => r.status() >= 400 && !r.url().endsWith('/favicon.ico') && problems.push(`HTTP ${r.status()} ${r.url()}`),
  );
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  try {
    await page.goto(`${server.base}/index.html`, { waitUntil: 'load' });
    // What a user sees first: every tool rendered, all on the one dataset the host gave as a property.
    const first = await page
      .waitForFunction(
        async (tools) => {
          const provider = document.querySelector('samenspel-data');
          const elements = tools.map((t) => document.querySelector(t));
          if (!provider || elements.some((el) => !el || !customElements.get(el.localName))) return false;
          await Promise.all(elements.map((el) => el.updateComplete));
          const parties = provider.activeStore?.snapshot.parties.length ?? 0;
          if (!parties) return false;
          return {
            parties,
            empty: elements
              .filter((el) => !el.shadowRoot || el.shadowRoot.childElementCount === 0)
              .map((el) => el.localName),
            unshared: elements.filter((el) => el.activeStore !== provider.activeStore).map((el) => el.localName),
            // a property, not an attribute: React 18 or a template binding would otherwise leave "[object Object]"
            attribute: provider.getAttribute('data'),
            changes: document.querySelector('#changes')?.textContent,
          };
        },
        TOOLS,
        { timeout: 20_000 },
      )
      .then((h) => h.jsonValue())
      .catch((e) => ({ error: e.message.split('\n')[0] }));
    check(
      `${name}: the four tools and the carer route render`,
      !first.error && first.empty.length === 0,
      first.error ?? first.empty.join(', '),
    );
    check(
      `${name}: they share the one dataset the host set as a property`,
      !first.error && first.unshared.length === 0 && first.attribute === null,
      first.error ??
        `${first.parties} parties; unshared: ${first.unshared.join(', ') || 'none'}; data attribute: ${first.attribute}`,
    );

    // An edit through the form in <who-is-who>: the host's listener counts it, and the map offers the new party.
    const edit = await page.evaluate(async (partyName) => {
      const who = document.querySelector('who-is-who');
      const map = document.querySelector('care-network-map');
      const button = [...who.shadowRoot.querySelectorAll('button')].find(
        (b) => b.textContent.trim() === 'Partij toevoegen',
      );
      if (!button) return { error: 'no "Partij toevoegen" button in <who-is-who editable>' };
      button.click();
      await who.updateComplete;
      const form = who.shadowRoot.querySelector('form.edit');
      form.querySelector('[name="name"]').value = partyName;
      form.querySelector('button[type="submit"]').click();
      await who.updateComplete;
      await map.updateComplete;
      // In the map's "add a member" field, typing the name offers the new party as it is.
      const field = map.shadowRoot.querySelector('form.add-member input[role="combobox"]');
      field.value = partyName;
      field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      await map.updateComplete;
      const offered = [...map.shadowRoot.querySelectorAll('form.add-member [role="option"]:not(.new)')].map((o) =>
        o.textContent.trim(),
      );
      // the host re-renders its counter on its own schedule (React, Vue and Angular batch)
      await new Promise((r) => setTimeout(r, 100));
      return {
        inStore: document
          .querySelector('samenspel-data')
          .activeStore.snapshot.parties.some((p) => p.name === partyName),
        inMap: offered.includes(partyName),
        changes: document.querySelector('#changes').textContent.trim(),
      };
    }, NEW_PARTY);
    check(
      `${name}: a party added in <who-is-who> shows in <care-network-map>`,
      !edit.error && edit.inStore && edit.inMap,
      edit.error ?? `in the store: ${edit.inStore}, in the map: ${edit.inMap}`,
    );
    check(
      `${name}: the host's samenspel-change listener fired`,
      !edit.error && first.changes === '0' && Number(edit.changes) >= 1,
      edit.error ?? `count before: ${first.changes}, after: ${edit.changes}`,
    );
  } catch (e) {
    check(`${name}: page runs`, false, e.message.split('\n')[0]);
  }
  check(
    `${name}: no console errors, page errors, failed requests or CSP violations`,
    problems.length === 0,
    problems.join(' | '),
  );
  await page.close();
  server.close();
}
await browser.close();
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
