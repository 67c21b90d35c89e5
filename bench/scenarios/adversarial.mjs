// Adversarial inputs that once took seconds to minutes to read, each read in the browser through the
// SDK as a host would: a goal chain 50,000 deep (parseDataset, then the tree, its progress and its CSV),
// one response with 1,000,000 answer keys (as JSON text), and an HSDS directory of 50,000 organisations
// (parseHsds). Each is built in the page, then read several times; the table gives the median and the
// worst run, with a target of 1 s for the worst.

export const name = 'adversarial';

const PAGE =
  '<!doctype html><html lang="nl"><head><link rel="icon" href="data:,"></head><body><script type="module" src="./main.js"></script></body></html>';

const MAIN = `
import { parseDataset, parseHsds, deriveGoalTree, rollUpProgress, goalTreeToCsv } from '/dist/sdk.js';

// The inputs are built after the page has loaded (a page's module scripts run before its load event, and
// on a busy machine building a million keys took longer than the page may take to load).
await new Promise((resolve) => setTimeout(resolve));
const chain = {
  format: 'samenspel', version: 2,
  goalTrees: [{ id: 't', title: 'Keten', goals: Array.from({ length: 50000 }, (_, i) => ({ id: 'g' + i, ...(i ? { parent: 'g' + (i - 1) } : {}), title: 'Doel ' + i })) }],
};
const answers = {};
for (let i = 0; i < 1000000; i++) answers['s' + i] = 1 + (i % 5);
const manyAnswers = JSON.stringify({
  format: 'samenspel', version: 2,
  checks: [{ id: 'c', title: 'Check', rounds: [{ id: 'r', title: 'Ronde', date: '2026-03-01' }], responses: [{ id: 'x', round: 'r', role: 'zorg', answers }] }],
});
const hsds = Array.from({ length: 50000 }, (_, i) => ({
  id: 'org-' + i, name: 'Organisatie ' + i, description: 'Wat we doen', website: 'https://example.org/' + i,
  phones: [{ number: '030 123 4567' }], samenspel: { id: 'o' + i, kind: 'organisatie', field: 'welzijn', relations: i ? [{ target: 'o' + (i - 1), kind: 'werkt-samen' }] : [] },
}));
const time = (fn) => {
  const t0 = performance.now();
  const out = fn();
  return { ms: performance.now() - t0, out };
};
window.cases = {
  chain: () => {
    const { ms, out } = time(() => {
      const { dataset } = parseDataset(chain);
      const tree = dataset.goalTrees[0];
      deriveGoalTree(tree);
      rollUpProgress(tree);
      return dataset;
    });
    if (out.goalTrees[0].goals.length !== 50000) throw new Error('chain lost goals');
    return ms;
  },
  csv4000: () => {
    const goals = chain.goalTrees[0].goals.slice(0, 4000).map((g) => ({ ...g, partners: [], steps: [] }));
    const tree = { id: 't', title: 'Keten', goals };
    const { ms, out } = time(() => goalTreeToCsv(tree));
    if (out.split('\\r\\n').length < 4001) throw new Error('csv lost rows');
    return ms;
  },
  answers: () => {
    const { ms, out } = time(() => parseDataset(manyAnswers));
    if (!out.issues.some((i) => i.code === 'too-many-keys') || out.dataset.checks[0].responses.length !== 1) throw new Error('answers not limited');
    return ms;
  },
  hsds: () => {
    const { ms, out } = time(() => parseHsds(hsds));
    if (out.dataset.parties.length !== 50000) throw new Error('hsds lost organisations');
    return ms;
  },
};
// Peers, measured in the same page and run: what the browser itself takes for the same input — parsing the
// same JSON text, or a structured clone (a deep copy, no checks) of the same objects.
window.peers = {
  chain: () => time(() => structuredClone(chain)).ms,
  answers: () => time(() => JSON.parse(manyAnswers)).ms,
  hsds: () => time(() => structuredClone(hsds)).ms,
};
window.ready = true;
`;

export async function run(ctx) {
  const page = await ctx.newPage(PAGE, { files: { 'main.js': MAIN } });
  await page.waitForFunction(() => window.ready === true, null, { timeout: 120_000 });
  const rows = [];
  const cases = [
    ['chain', 'goal chain 50,000 deep: parseDataset + tree + progress'],
    ['csv4000', 'goalTreeToCsv, chain 4,000 deep'],
    ['answers', '1,000,000 answer keys (JSON text): parseDataset'],
    ['hsds', 'parseHsds, 50,000 organisations'],
  ];
  const peers = {
    chain: 'structuredClone of the same goals',
    answers: 'JSON.parse of the same text',
    hsds: 'structuredClone of the same organisations',
  };
  for (const [key, metric] of cases) {
    const t = await ctx.measure(() => page.evaluate((k) => window.cases[k](), key), { runs: 5, warmup: 1 });
    rows.push({ metric: `${metric} (median)`, value: Math.round(t.median), unit: 'ms' });
    rows.push({ metric: `${metric} (worst of ${t.runs.length})`, value: Math.round(t.max), unit: 'ms', target: 1000 });
    if (!peers[key]) continue;
    const p = await ctx.measure(() => page.evaluate((k) => window.peers[k](), key), { runs: 5, warmup: 1 });
    rows.push({
      metric: `peer: ${peers[key]} (median)`,
      value: Math.round(p.median),
      unit: 'ms',
      peer: 'browser built-in',
    });
    rows.push({
      metric: `${metric} ÷ peer (medians, same run)`,
      value: Math.round((t.median / p.median) * 100) / 100,
      unit: '×',
    });
  }
  if (page.errors.length) throw new Error(page.errors.join('\n'));
  await page.close();
  return rows;
}
