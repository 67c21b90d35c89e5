// The shared design tokens: each `--samenspel-*` token falls back through the NL Design System
// theme's common `--basis-*` token, then the older `--utrecht-*` one, then an accessible default —
// as documented in the manifest — and a real theme package restyles the elements.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import { baseStyles } from '../src/internal/styles.js';
import { sampleDataset } from '../src/sdk/sample.js';
import type { CooperationCheckElement } from '../src/classes.js';

interface Token {
  name: string;
  description: string;
  default?: string;
}
const manifest = (await fetch('/dist/custom-elements.json').then((r) => r.json())) as {
  modules: { declarations?: { name: string; cssProperties?: Token[] }[] }[];
};
const shared = manifest.modules
  .flatMap((m) => m.declarations ?? [])
  .find((d) => d.name === 'SamenspelElement')!.cssProperties!;

/** `var(--a, var(--b, x))` → { chain: ['--a', '--b'], fallback: 'x' } for each private `--_name` in the base styles. */
function chains(): Map<string, { chain: string[]; fallback: string }> {
  const found = new Map<string, { chain: string[]; fallback: string }>();
  for (const [, value] of baseStyles.cssText.matchAll(/--_[a-z-]+:\s*([^;]+);/g)) {
    const chain: string[] = [];
    let rest = value.trim();
    for (let m = /^var\((--[a-z0-9-]+),\s*(.*)\)$/s.exec(rest); m; m = /^var\((--[a-z0-9-]+),\s*(.*)\)$/s.exec(rest)) {
      chain.push(m[1]);
      rest = m[2].trim();
    }
    if (chain[0]?.startsWith('--samenspel-')) found.set(chain[0], { chain: chain.slice(1), fallback: rest });
  }
  return found;
}

const THEMES = {
  voorbeeld: '/node_modules/@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css',
  utrecht: '/node_modules/@utrecht/design-tokens/dist/theme.css',
};
for (const href of Object.values(THEMES)) {
  const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href });
  const loaded = new Promise((resolve, reject) => {
    link.addEventListener('load', resolve);
    link.addEventListener('error', reject);
  });
  document.head.append(link);
  await loaded;
}

/** The questionnaire (text, a main button, focusable controls) inside a theme's class, or none. */
async function checkIn(themeClass: string, style = '') {
  const wrapper = await fixture<HTMLElement>(html`<div class=${themeClass} style=${style}>
    <cooperation-check .data=${sampleDataset()}></cooperation-check></div>`);
  const el = wrapper.querySelector<CooperationCheckElement>('cooperation-check')!;
  await el.updateComplete;
  const primary = el.shadowRoot!.querySelector<HTMLButtonElement>('button.primary')!;
  const host = getComputedStyle(el);
  return {
    el,
    color: host.color,
    background: host.backgroundColor,
    font: host.fontFamily,
    button: getComputedStyle(primary).backgroundColor,
    buttonText: getComputedStyle(primary).color,
    focus: host.getPropertyValue('--_focus').trim(),
  };
}

/** Every guide that may name a custom property. */
const DOCS = [
  '/README.md',
  '/docs/theming.md',
  '/docs/embedding.md',
  '/docs/care-network-map.md',
  '/docs/goal-tree.md',
  '/docs/cooperation-check.md',
  '/docs/who-is-who.md',
  '/docs/carer-route.md',
  '/docs/workshop.md',
  '/docs/README.md',
  '/docs/samenspel-data.md',
  '/docs/live.md',
  '/docs/frameworks.md',
];

describe('design tokens', () => {
  it('document every shared token with the fallback chain the styles really use', () => {
    const used = chains();
    expect(shared.map((t) => t.name).sort()).to.deep.equal([...used.keys()].sort());
    for (const token of shared) {
      const documented = [...token.description.matchAll(/`(--[a-z0-9-]+)`/g)].map((m) => m[1]);
      expect(documented, `fallbacks of ${token.name}`).to.deep.equal(used.get(token.name)!.chain);
      expect(token.default, `default of ${token.name}`).to.equal(used.get(token.name)!.fallback);
    }
  });

  it('are listed with the same fallbacks in the token table of docs/theming.md', async () => {
    const doc = await (await fetch('/docs/theming.md')).text();
    for (const [name, { chain }] of chains()) {
      const row = doc.split('\n').find((line) => line.startsWith(`| \`${name}\``));
      expect(row, `${name} in the table`).to.be.a('string');
      expect(
        [...row!.matchAll(/`(--(?:basis|utrecht)-[a-z0-9-]+)`/g)].map((m) => m[1]),
        name,
      ).to.deep.equal(chain);
    }
  });

  it('docs/theming.md lists every --samenspel-* token of the manifest, and no other', async () => {
    const doc = await (await fetch('/docs/theming.md')).text();
    const documented = new Set([...doc.matchAll(/^\| `(--samenspel-[a-z0-9-]+)`/gm)].map((m) => m[1]));
    const declared = new Set(
      manifest.modules
        .flatMap((m) => m.declarations ?? [])
        .flatMap((d) => d.cssProperties ?? [])
        .map((t) => t.name),
    );
    expect([...documented].sort()).to.deep.equal([...declared].sort());
  });

  it('name in every guide only --samenspel-* properties the elements declare (and so read)', async () => {
    const declared = new Set(
      manifest.modules
        .flatMap((m) => m.declarations ?? [])
        .flatMap((d) => d.cssProperties ?? [])
        .map((t) => t.name),
    );
    for (const page of DOCS) {
      const text = await (await fetch(page)).text();
      expect(text.length, page).to.be.greaterThan(0);
      // A name ending in "-" is a family written with a wildcard (`--samenspel-field-*`), not a property.
      const named = [...text.matchAll(/--samenspel-[a-z0-9-]*[a-z0-9]\b(?!-)/g)].map((m) => m[0]);
      for (const name of named) expect(declared.has(name), `${name} in ${page}`).to.equal(true);
    }
  });

  it('fall back through --basis-* before --utrecht-*, for text, background, accent and focus', () => {
    const used = chains();
    for (const name of [
      '--samenspel-color',
      '--samenspel-background-color',
      '--samenspel-accent-color',
      '--samenspel-focus-outline-color',
      '--samenspel-font-family',
    ]) {
      const { chain } = used.get(name)!;
      expect(chain[0], name).to.match(/^--basis-/);
      expect(chain[1], name).to.match(/^--utrecht-/);
    }
  });

  it('take the Voorbeeld theme’s colours and font (NL Design System --basis-* tokens) and stay accessible', async () => {
    const plain = await checkIn('');
    const themed = await checkIn('voorbeeld-theme');
    // --basis-color-default-color-document is grijs-700 (#001a40); the action colour violet-500 (#5115ef).
    expect(plain.color).to.equal('rgb(26, 26, 26)');
    expect(themed.color).to.equal('rgb(0, 26, 64)');
    expect(themed.button).to.equal('rgb(81, 21, 239)');
    expect(themed.buttonText).to.equal('rgb(255, 255, 255)');
    expect(themed.font).to.contain('Noto Sans');
    expect(plain.font).not.to.contain('Noto Sans');
    await expect(themed.el).to.be.accessible();
  });

  it('take the Utrecht theme’s --utrecht-* tokens where a theme sets no --basis-*', async () => {
    const themed = await checkIn('utrecht-theme');
    expect(themed.color).to.equal('rgb(0, 0, 0)');
    // --utrecht-link-color: blue-35, hsl(211 60% 35%)
    expect(themed.button).to.equal('rgb(36, 87, 143)');
    await expect(themed.el).to.be.accessible();
  });

  it('let a --samenspel-* token win over the theme', async () => {
    const themed = await checkIn(
      'voorbeeld-theme',
      '--samenspel-color: rgb(1, 2, 3); --samenspel-accent-color: rgb(0, 80, 40)',
    );
    expect(themed.color).to.equal('rgb(1, 2, 3)');
    expect(themed.button).to.equal('rgb(0, 80, 40)');
  });
});
