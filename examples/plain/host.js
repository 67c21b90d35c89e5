// @ts-check
// What a CMS page adds beside the package: an external script (no inline script, so a strict
// Content-Security-Policy holds) that gives <samenspel-data> the dataset the server wrote into the page,
// as a property, and counts the tools' `samenspel-change` events.

const provider = document.querySelector('samenspel-data');
const source = document.getElementById('dataset');
const count = document.getElementById('changes');
const last = document.getElementById('last');
if (!provider || !source || !count || !last)
  throw new Error('The page template misses <samenspel-data>, #dataset, #changes or #last.');

/** @type {import('samenspel').Dataset} */
const dataset = JSON.parse(source.textContent ?? '{}');
provider.data = dataset;

let changes = 0;
// samenspel-change bubbles out of every tool, so one listener on the provider hears all of them.
provider.addEventListener('samenspel-change', (event) => {
  changes++;
  count.textContent = String(changes);
  last.textContent = `${event.detail.changes.length} × ${event.detail.changes[0]?.collection ?? ''}`;
});
