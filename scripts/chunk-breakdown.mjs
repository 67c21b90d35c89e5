// Where the bytes of the elements' chunks go: builds the element entries as rollup.config.mjs does
// (production, minified) and prints, per chunk, its min+gzip size and each module's share
// (the module minified and gzipped alone, so the shares add up to a little more than the chunk).
// `node scripts/chunk-breakdown.mjs [--totals] [chunk-name-part…]` (--totals: the chunks without their modules)
import { gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import { minify } from 'terser';
import configs from '../rollup.config.mjs';

const modules = !process.argv.includes('--totals');
const only = process.argv.slice(2).filter((a) => a !== '--totals');
const config = configs[0];
const bundle = await rollup({ input: config.input, plugins: config.plugins, onwarn: () => {} });
const { output } = await bundle.generate(config.output);
await bundle.close();
const gz = (s) => gzipSync(Buffer.from(s), { level: 9 }).length;
const kB = (n) => (n / 1000).toFixed(2).padStart(7);
for (const chunk of output) {
  if (chunk.type !== 'chunk') continue;
  if (only.length && !only.some((o) => chunk.fileName.includes(o))) continue;
  console.log(`\n${chunk.fileName}  ${kB(chunk.code.length)} min ${kB(gz(chunk.code))} gzip`);
  console.log(`  imports: ${chunk.imports.join(', ')}`);
  if (chunk.dynamicImports.length) console.log(`  lazy: ${chunk.dynamicImports.join(', ')}`);
  if (!modules) continue;
  const rows = [];
  for (const [id, m] of Object.entries(chunk.modules)) {
    if (!m.code) continue;
    const code =
      (await minify(m.code, { ecma: 2022, module: false, toplevel: false, format: { comments: false } })).code ?? '';
    rows.push([id.replace(/^.*?\/(src|node_modules)\//, '$1/'), code.length, gz(code)]);
  }
  rows.sort((a, b) => b[2] - a[2]);
  for (const [id, min, g] of rows) console.log(`  ${kB(min)} ${kB(g)}  ${id}`);
}
