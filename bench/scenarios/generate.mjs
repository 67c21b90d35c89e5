// The SDK in plain Node: how long generateDataset takes for a large neighbourhood, and how long
// parseDataset takes to validate what it made. Also the synthetic goal tree and check the other
// benches use, so their set-up cost is known.
import { pathToFileURL } from 'node:url';

export const name = 'generate';

const TARGET_MS = 1000;

export async function run(ctx) {
  const { generateDataset, parseDataset } = await import(pathToFileURL('dist/sdk.js').href);
  const rows = [];
  const options = { parties: 2000, relations: 6000, seed: 1 };

  let dataset;
  const generate = await ctx.measure(
    () => {
      dataset = generateDataset(options);
    },
    { runs: 9, warmup: 2 },
  );
  rows.push({
    metric: 'generateDataset 2,000 parties, 6,000 relations',
    value: generate.median,
    unit: 'ms',
    target: TARGET_MS,
  });

  let issues = 0;
  const parse = await ctx.measure(
    () => {
      issues = parseDataset(dataset).issues.length;
    },
    { runs: 9, warmup: 2 },
  );
  rows.push({ metric: 'parseDataset of that dataset', value: parse.median, unit: 'ms', target: TARGET_MS });
  rows.push({ metric: 'parse issues on generated data', value: issues, unit: 'issues', target: 0 });
  rows.push({ metric: 'that dataset as JSON', value: ctx.kB(JSON.stringify(dataset).length), unit: 'kB' });

  const goals = await ctx.measure(() => generateDataset({ parties: 200, relations: 0, goals: 1000 }) && undefined, {
    runs: 5,
  });
  rows.push({ metric: 'generateDataset goal tree of 1,000 goals', value: goals.median, unit: 'ms', target: TARGET_MS });
  const responses = await ctx.measure(
    () => generateDataset({ parties: 0, relations: 0, responses: 10000 }) && undefined,
    { runs: 5 },
  );
  rows.push({
    metric: 'generateDataset check of 10,000 responses',
    value: responses.median,
    unit: 'ms',
    target: TARGET_MS,
  });
  return rows;
}
