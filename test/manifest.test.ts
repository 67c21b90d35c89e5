// The custom-elements manifest is the API contract that the framework types, the editor data,
// Storybook and the docs are made from: here it is compared with what each element really
// registers, fires and renders. `npm run analyze` writes it (`npm run test:unit` does that first).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { LitElement } from 'lit';
import type * as Classes from '../src/classes.js';

// The source check below reads the modules this page loaded from the browser's resource timing,
// whose buffer holds 250 entries unless told otherwise: so raise it before loading samenspel.
performance.setResourceTimingBufferSize(10_000);
await import('../src/index.js');
// The live part (status, who is here, name tags, follow switch) renders only in a live room; its source is read for the parts it writes.
await import('../src/internal/live-room.js');
const classes = await import('../src/classes.js');
const events = await import('../src/events/events.js');
const { sampleDataset } = await import('../src/sdk/sample.js');

interface Item {
  name: string;
  description?: string;
  type?: { text: string };
  privacy?: string;
  static?: boolean;
  default?: string;
}
interface Declaration {
  kind: string;
  name: string;
  tagName?: string;
  customElement?: boolean;
  attributes?: Item[];
  members?: (Item & { kind: string })[];
  events?: Item[];
  slots?: Item[];
  cssParts?: Item[];
  cssProperties?: Item[];
}
interface Manifest {
  modules: { path: string; declarations?: Declaration[] }[];
}

const manifest: Manifest = await fetch('/dist/custom-elements.json').then((r) => {
  if (!r.ok) throw new Error('dist/custom-elements.json is missing: run `npm run analyze` first');
  return r.json() as Promise<Manifest>;
});
const declarations = manifest.modules.flatMap((m) => m.declarations ?? []);
const declarationOf = (tag: string) => declarations.find((d) => d.tagName === tag);
const names = (items: Item[] | undefined) => new Set((items ?? []).map((i) => i.name));

/** Every element class samenspel publishes, with the tag it registers. */
const published = Object.values(classes)
  .map((cls) => ({
    cls: cls as unknown as typeof LitElement & { samenspelTag: string },
    tag: (cls as { samenspelTag?: string }).samenspelTag ?? '',
  }))
  .filter(({ tag }) => tag);

/** The event name of each exported event class (`SamenspelSelectEvent` → `samenspel-select`). */
const eventNames = new Map(
  Object.entries(events)
    .filter(([name, value]) => /^Samenspel\w+Event$/.test(name) && typeof value === 'function')
    .map(([name, Cls]) => [name, new (Cls as new (detail: unknown) => Event)({}).type]),
);

/** The source of every module of src/ this page has loaded so far (lazy parts too), by path. */
const sources = new Map<string, string>();
/** The source that makes up one element: its own folder and the shared internals. */
async function sourceOf(tag: string): Promise<string> {
  for (const entry of performance.getEntriesByType('resource')) {
    const path = new URL(entry.name).pathname;
    if (path.startsWith('/src/') && path.endsWith('.ts') && !sources.has(path))
      sources.set(path, await (await fetch(path)).text());
  }
  const folder = `/src/elements/${tag}/`;
  return [...sources]
    .filter(([path]) => path.startsWith(folder) || path.startsWith('/src/internal/'))
    .map(([, text]) => text)
    .join('\n');
}

/** The part names written in `part="…"` / `part=${…}` bindings of a source text. */
function partsIn(source: string): Set<string> {
  const found = new Set<string>();
  for (const match of source.matchAll(/\spart=("(?:[^"$]|\$\{[^}]*\})*"|\$\{[^}]*\})/g)) {
    for (const word of match[1].matchAll(/(?<=["' ])([a-z][a-z-]*)(?=["' $])/g)) found.add(word[1]);
  }
  return found;
}

/** Part names, slot names and custom properties the element shows in the states given. */
async function rendered(elements: LitElement[]) {
  const parts = new Set<string>();
  const slots = new Set<string>();
  const properties = new Set<string>();
  for (const el of elements) {
    await el.updateComplete;
    const root = el.shadowRoot!;
    for (const node of root.querySelectorAll('[part]'))
      for (const p of node.getAttribute('part')!.split(/\s+/)) if (p) parts.add(p);
    for (const slot of root.querySelectorAll('slot')) slots.add(slot.name);
    const css = root.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((r) => r.cssText)).join('\n');
    for (const m of css.matchAll(/--samenspel-[a-z0-9-]+/g)) properties.add(m[0]);
  }
  return { parts, slots, properties };
}

/** The element when its source cannot be loaded. */
async function errorState(tag: string): Promise<LitElement> {
  const el = document.createElement(tag) as LitElement;
  el.setAttribute('src', '/missing.json');
  (await fixture<HTMLElement>(html`<div></div>`)).append(el);
  await waitUntil(() => el.shadowRoot?.querySelector('[part~="error"]'), `${tag} shows that loading failed`, {
    timeout: 5000,
  });
  return el;
}

/** The element in the states where it shows the most: loaded, editable, with a selection, each view, failed. */
async function statesOf(tag: string): Promise<LitElement[]> {
  return [...(await loadedStatesOf(tag)), await errorState(tag)];
}

async function loadedStatesOf(tag: string): Promise<LitElement[]> {
  const data = sampleDataset();
  switch (tag) {
    case 'samenspel-data':
      return [await fixture(html`<samenspel-data .data=${data}><goal-tree></goal-tree></samenspel-data>`)];
    case 'cooperation-check':
      // The join panel renders only in a live room; its source is read for the parts it writes.
      await import('../src/elements/cooperation-check/cooperation-check.join.js');
      return [
        await fixture(html`<cooperation-check .data=${data}></cooperation-check>`),
        await fixture(html`<cooperation-check mode="results" editable .data=${data}></cooperation-check>`),
      ];
    case 'who-is-who': {
      const list = await fixture<Classes.WhoIsWhoElement>(html`<who-is-who editable .data=${data}></who-is-who>`);
      list.selectParty(data.parties[0].id);
      return [list, await fixture(html`<who-is-who view="graph" .data=${data}></who-is-who>`)];
    }
    case 'goal-tree': {
      const tree = await fixture<Classes.GoalTreeElement>(html`<goal-tree editable .data=${data}></goal-tree>`);
      tree.selectGoal(tree.goalTree!.goals[0].id, false);
      tree.openDetails();
      return [tree, await fixture(html`<goal-tree editable .data=${{ ...data, goalTrees: [] }}></goal-tree>`)];
    }
    case 'carer-route':
      return [
        await fixture(html`<carer-route editable .data=${data}></carer-route>`),
        await fixture(html`<carer-route editable .data=${{ ...data, routes: [] }}></carer-route>`),
      ];
    default: {
      const map = await fixture<Classes.CareNetworkMapElement>(
        html`<care-network-map editable .data=${data}></care-network-map>`,
      );
      map.selectParty(map.currentNetwork!.members[0].party);
      return [map];
    }
  }
}

describe('custom-elements manifest', () => {
  it('declares all six published elements with their class', () => {
    expect(published.map((p) => p.tag).sort()).to.deep.equal([
      'care-network-map',
      'carer-route',
      'cooperation-check',
      'goal-tree',
      'samenspel-data',
      'who-is-who',
    ]);
    for (const { cls, tag } of published) {
      expect(customElements.get(tag), tag).to.equal(cls);
      expect(declarationOf(tag)?.name, `${tag} in the manifest`).to.equal(cls.name);
    }
  });

  for (const { cls, tag } of published) {
    describe(`<${tag}>`, () => {
      const decl = () => declarationOf(tag)!;

      it('declares exactly the attributes it observes, each with a description', () => {
        expect([...names(decl().attributes)].sort()).to.deep.equal([...cls.observedAttributes].sort());
        for (const a of decl().attributes!)
          expect(a.description, `attribute ${a.name}`).to.be.a('string').and.not.equal('');
      });

      it('declares every public reactive property and method, and no internals', () => {
        const members = names(decl().members);
        for (const [name, options] of cls.elementProperties) {
          if (typeof name === 'string' && !options.state) expect(members, `property ${name}`).to.include(name);
        }
        for (const m of decl().members!) {
          expect(m.description, `member ${m.name}`).to.be.a('string').and.not.equal('');
          expect(m.privacy ?? 'public', m.name).to.equal('public');
          expect(m.static, m.name).not.to.equal(true);
          expect(m.name).not.to.match(/^[#_]/);
        }
        for (const name of ['store', 'data', 'src']) expect(members, name).to.include(name);
      });

      it('declares every part, slot and custom property it renders, and only those', async function () {
        // Renders every state of the element and reads every module it loaded: slow beside other test pages.
        this.timeout(90000);
        const shown = await rendered(await statesOf(tag));
        const parts = names(decl().cssParts);
        for (const p of shown.parts) expect(parts, `rendered part "${p}"`).to.include(p);
        const written = partsIn(await sourceOf(tag));
        for (const p of parts) expect(written, `documented part "${p}" in the source`).to.include(p);

        expect([...names(decl().slots)].sort()).to.deep.equal([...shown.slots].sort());

        const documented = names(decl().cssProperties);
        expect([...documented].sort()).to.deep.equal([...shown.properties].sort());
        for (const p of decl().cssProperties!) expect(p.description, p.name).to.be.a('string').and.not.equal('');
      });

      it('declares every event it fires, with its event class as the type', async () => {
        const declared = decl().events!;
        for (const e of declared) {
          expect(e.name, 'a documented event').to.match(/^samenspel-/);
          expect(eventNames.get(e.type?.text ?? ''), `type of ${e.name}`).to.equal(e.name);
          expect(e.description, e.name).to.be.a('string').and.not.equal('');
        }
        const fired = new Set(
          [...(await sourceOf(tag)).matchAll(/new (Samenspel\w+Event)\(/g)].map((m) => eventNames.get(m[1])!),
        );
        // The shared base fires change and error for every tool; select and submit are a tool's own.
        // (Runs after the parts test, which rendered every state and so loaded the lazy modules.)
        if (tag === 'samenspel-data') fired.delete('samenspel-change');
        expect([...names(declared)].sort()).to.deep.equal([...fired].sort());
      });
    });
  }
});
