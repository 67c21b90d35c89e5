// <goal-tree> with 5,000 goals: the longest task while it mounts (from its data, as a host page
// hands it over) and while "alles" unfolds every goal — the rule is that nothing blocks the page for
// more than 100 ms. The peer, measured in the same page and run: the time to put 5,000 plain <li>
// elements (one text each) into the page, in one task, as a page without any component would.
import { pathToFileURL } from 'node:url';

export const name = 'goal-tree-5000';

const GOALS = 5000;
const RUNS = 5;

const PAGE =
  '<!doctype html><html lang="nl"><head><link rel="icon" href="data:,"></head><body><script type="module" src="./main.js"></script></body></html>';

const MAIN = `
import '/dist/elements/goal-tree.js';
import { createStore, parseDataset } from '/dist/sdk.js';
const data = await (await fetch('/bench/data/goal-tree-${GOALS}.json')).json();
const store = createStore(parseDataset(data).dataset);
/** Milliseconds to read and check the dataset (part of a mount from \`data\`). */
window.parseOnce = () => {
  const t0 = performance.now();
  parseDataset(data);
  return performance.now() - t0;
};
const frame = () => new Promise((r) => requestAnimationFrame(() => r()));

/**
 * Watches the main thread while \`work\` runs: a message posted to itself over and over gets through
 * between tasks only, so the longest gap between two of them is the longest task (rounded up by the
 * probe's own few microseconds). Long tasks reported by the browser are taken too, where it has them.
 */
async function longestTask(work) {
  const channel = new MessageChannel();
  let last = performance.now();
  let longest = 0;
  let ended = false;
  let stop;
  const stopped = new Promise((r) => (stop = r));
  channel.port1.onmessage = () => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
    // The first message after the work has been measured ends the watch, so its last task counts too.
    if (ended) stop();
    else channel.port2.postMessage(0);
  };
  const seen = [];
  const observer = new PerformanceObserver((list) => seen.push(...list.getEntries().map((e) => e.duration)));
  try { observer.observe({ type: 'longtask' }); } catch { /* not in every browser */ }
  channel.port2.postMessage(0);
  const t0 = performance.now();
  await work();
  const total = performance.now() - t0;
  ended = true;
  await stopped;
  observer.disconnect();
  return { longest: Math.max(longest, ...seen), total };
}

/** The goal elements rendered in the outline. */
const outlineCount = (el) => el.shadowRoot.querySelectorAll('.outline [role=treeitem]').length;

/** Waits until the element has rendered every goal it means to show (it may render in slices). */
async function settled(el, expected) {
  await el.updateComplete;
  for (let i = 0; i < 2000 && (el.rendering || (expected !== undefined && outlineCount(el) < expected)); i++) {
    await new Promise((r) => setTimeout(r, 5));
    await el.updateComplete;
  }
  el.shadowRoot.querySelector('.outline [role=treeitem]:last-of-type')?.getBoundingClientRect();
}

/** Mounting from \`data\` (the dataset is read and checked too, as a host page that sets \`data\` gets it). */
window.mountOnce = async (fromStore = false) => {
  document.querySelector('goal-tree')?.remove();
  await frame();
  let el;
  const r = await longestTask(async () => {
    el = document.createElement('goal-tree');
    if (fromStore) el.store = store;
    else el.data = data;
    document.body.append(el);
    await settled(el);
  });
  return { ...r, shown: outlineCount(el) };
};

/** Unfolding everything with the "alles" button of the mounted element. */
window.unfoldOnce = async () => {
  const el = document.querySelector('goal-tree');
  const all = [...el.shadowRoot.querySelectorAll('.bar button')].find((b) => /^(alles|all)$/.test(b.textContent.trim()));
  const r = await longestTask(async () => {
    all.click();
    await settled(el, ${GOALS});
  });
  return { ...r, shown: outlineCount(el) };
};

/** The peer: ${GOALS} plain list items with one text each, put in the page in one task and laid out. */
window.plainOnce = async () => {
  document.querySelector('ul.plain')?.remove();
  await frame();
  const goals = data.goalTrees[0].goals;
  return longestTask(async () => {
    const ul = document.createElement('ul');
    ul.className = 'plain';
    for (const g of goals) {
      const li = document.createElement('li');
      li.textContent = g.title;
      ul.append(li);
    }
    document.body.append(ul);
    ul.lastElementChild.getBoundingClientRect();
  });
};
window.benchReady = true;
`;

export async function run(ctx) {
  const { generateDataset } = await import(pathToFileURL('dist/sdk.js').href);
  const dataset = generateDataset({ parties: 60, relations: 0, goals: GOALS, seed: 11 });
  ctx.serve(`/bench/data/goal-tree-${GOALS}.json`, JSON.stringify(dataset));
  const page = await ctx.newPage(PAGE, { files: { 'main.js': MAIN }, viewport: { width: 1280, height: 900 } });
  await page.waitForFunction(() => window.benchReady === true);

  const mounts = [];
  const storeMounts = [];
  const unfolds = [];
  const plains = [];
  const parses = [];
  for (let i = 0; i < RUNS + 1; i++) {
    const mount = await page.evaluate(() => window.mountOnce());
    const unfold = await page.evaluate(() => window.unfoldOnce());
    const storeMount = await page.evaluate(() => window.mountOnce(true));
    const plain = await page.evaluate(() => window.plainOnce());
    const parse = await page.evaluate(() => window.parseOnce());
    // The first round warms the browser up (code compiled, fonts loaded) and is left out.
    if (i === 0) continue;
    mounts.push(mount);
    storeMounts.push(storeMount);
    unfolds.push(unfold);
    plains.push(plain);
    parses.push({ total: parse });
  }
  const errors = page.errors;
  await page.close();

  const med = (list, key) => Math.round(ctx.median(list.map((x) => x[key])));
  const worst = (list, key) => Math.round(Math.max(...list.map((x) => x[key])));
  const plain = med(plains, 'longest');
  return [
    {
      metric: `mount of ${GOALS} goals from data: longest task (median of ${RUNS})`,
      value: med(mounts, 'longest'),
      unit: 'ms',
      target: 100,
      note: `worst ${worst(mounts, 'longest')} ms; until shown ${med(mounts, 'total')} ms; ${mounts[0].shown} goals in the outline as it opens`,
    },
    {
      metric: `mount of ${GOALS} goals: longest task, worst of ${RUNS}`,
      value: worst(mounts, 'longest'),
      unit: 'ms',
      target: 100,
    },
    {
      metric: `mount of ${GOALS} goals on a store (data already read): longest task (median of ${RUNS})`,
      value: med(storeMounts, 'longest'),
      unit: 'ms',
      target: 100,
      note: `worst ${worst(storeMounts, 'longest')} ms`,
    },
    {
      metric: `reading the ${GOALS}-goal dataset (parseDataset, part of a mount from data; median of ${RUNS})`,
      value: med(parses, 'total'),
      unit: 'ms',
    },
    {
      metric: `"alles": unfold all ${GOALS} goals: longest task (median of ${RUNS})`,
      value: med(unfolds, 'longest'),
      unit: 'ms',
      target: 100,
      note: `worst ${worst(unfolds, 'longest')} ms; until all shown ${med(unfolds, 'total')} ms; ${unfolds[0].shown} goals in the outline`,
    },
    { metric: `"alles": longest task, worst of ${RUNS}`, value: worst(unfolds, 'longest'), unit: 'ms', target: 100 },
    {
      metric: `peer: ${GOALS} plain <li> put in the page in one task (median of ${RUNS})`,
      value: plain,
      unit: 'ms',
      peer: 'plain DOM',
      note: `worst ${worst(plains, 'longest')} ms`,
    },
    {
      metric: 'goal-tree mount longest task ÷ plain <li> task (same run)',
      value: Math.round((med(mounts, 'longest') / plain) * 100) / 100,
      unit: '×',
    },
    {
      metric: 'goal-tree unfold-all longest task ÷ plain <li> task (same run)',
      value: Math.round((med(unfolds, 'longest') / plain) * 100) / 100,
      unit: '×',
    },
    {
      metric: 'page errors during the goal-tree-5000 runs',
      value: errors.length,
      unit: 'errors',
      target: 0,
      ...(errors.length ? { note: [...new Set(errors)].join(' / ').slice(0, 600) } : {}),
    },
  ];
}
