// A stand-in for a CMS: fills page.template.html with the page's fields and a dataset (here the SDK's
// sample, as a server would read it from its own store), and publishes the package's files beside it.
// Writes dist/index.html, dist/host.js and dist/samenspel/ (a copy of the package's dist/).
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sampleDataset } from 'samenspel/sdk';

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, 'dist');
const packageDist = dirname(fileURLToPath(import.meta.resolve('samenspel')));

/** HTML-escapes a text field. */
const text = (value) => String(value).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
/** JSON inside <script>: no `<` may close the element early. */
const json = (value) => JSON.stringify(value).replace(/</g, '\\u003c');

const fields = {
  lang: text('nl'),
  title: text('Samen zorgen in de wijk'),
  intro: text('Het netwerk, de doelen, de samenwerkingscheck en wie-is-wie van één gezin, op één pagina.'),
  assets: 'samenspel',
  dataset: json(sampleDataset()),
};
const page = readFileSync(join(here, 'page.template.html'), 'utf8').replace(/\{\{(\w+)\}\}/g, (_, name) => {
  if (!(name in fields)) throw new Error(`page.template.html asks for {{${name}}}, which the page does not have`);
  return fields[name];
});

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
cpSync(packageDist, join(out, 'samenspel'), {
  recursive: true,
  filter: (src) => !src.includes(`${join(packageDist, 'types')}`),
});
cpSync(join(here, 'host.js'), join(out, 'host.js'));
writeFileSync(join(out, 'index.html'), page);
console.log(`examples/plain: dist/index.html written, with the package from ${packageDist}`);
