// How long the store takes for one edit of a large dataset, against another version of the SDK in the
// same run (the machine may be busy: read the ratios, not the milliseconds).
//
//   node bench/store-edit.mjs [base-rev]   (default base: main)
//
// Both versions' `src/sdk/index.ts` are bundled with esbuild and run in this process, edit by edit in
// turn: renaming one goal of a 5,000-goal tree, moving one party of 10,000, renaming one party of 10,000.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const baseRev = process.argv[2] ?? 'main';
const ROUNDS = Number(process.env.ROUNDS ?? 200);

const tmp = mkdtempSync(join(tmpdir(), 'store-edit-'));
try {
  execFileSync('sh', ['-c', `git archive ${baseRev} src | tar -x -C ${tmp}`]);
  const load = async (root, name) => {
    const outfile = join(tmp, `${name}.mjs`);
    await build({
      entryPoints: [join(root, 'src/sdk/index.ts')],
      bundle: true,
      format: 'esm',
      platform: 'node',
      outfile,
      nodePaths: [join(process.cwd(), 'node_modules')],
      logLevel: 'error',
    });
    return import(pathToFileURL(outfile).href);
  };
  const versions = [
    { name: `base (${baseRev})`, sdk: await load(tmp, 'base') },
    { name: 'this tree', sdk: await load(process.cwd(), 'this') },
  ];

  const { generateDataset, parseDataset } = versions[1].sdk;
  const goalsData = parseDataset(generateDataset({ parties: 300, relations: 300, goals: 5000, seed: 3 })).dataset;
  const partiesData = parseDataset(generateDataset({ parties: 10000, relations: 10000, seed: 4 })).dataset;

  /** Each case: the dataset, and the change of edit n made from the store's current record. */
  const cases = [
    {
      metric: 'rename 1 goal of 5,000',
      dataset: goalsData,
      change(store, n) {
        const tree = store.snapshot.goalTrees[0];
        const at = (n * 7919) % tree.goals.length;
        const goals = tree.goals.map((g, i) => (i === at ? { ...g, title: `Doel ${n}` } : g));
        return { op: 'put', collection: 'goalTrees', record: { ...tree, goals } };
      },
    },
    {
      metric: 'move 1 party of 10,000',
      dataset: partiesData,
      change(store, n) {
        const party = store.snapshot.parties[(n * 7919) % 10000];
        return { op: 'put', collection: 'parties', record: { ...party, position: { x: n, y: -n } } };
      },
    },
    {
      metric: 'rename 1 party of 10,000',
      dataset: partiesData,
      change(store, n) {
        const party = store.snapshot.parties[(n * 7919) % 10000];
        return { op: 'put', collection: 'parties', record: { ...party, name: `Partij ${n}` } };
      },
    },
  ];

  const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
  console.log(`${ROUNDS} edits per case, taking turns; median ms per store.apply`);
  for (const c of cases) {
    const stores = versions.map((v) => v.sdk.createStore(c.dataset));
    const times = versions.map(() => []);
    for (let n = 0; n < ROUNDS; n++) {
      versions.forEach((_, k) => {
        const change = c.change(stores[k], n);
        const start = performance.now();
        const result = stores[k].apply(change, 'local');
        times[k].push(performance.now() - start);
        if (!result.ok) throw new Error(`${c.metric}: refused: ${JSON.stringify(result.issues)}`);
      });
    }
    const [base, mine] = times.map(median);
    console.log(
      `${c.metric.padEnd(26)} ${versions[0].name}: ${base.toFixed(3)} ms   this tree: ${mine.toFixed(3)} ms   ` +
        `ratio ${(base / mine).toFixed(1)}×`,
    );
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
