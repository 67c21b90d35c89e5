import { aTimeout, expect, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/elements/goal-tree/goal-tree.js';
import type { GoalTreeElement } from '../../src/elements/goal-tree/goal-tree.component.js';
import { generateDataset } from '../../src/sdk/generate.js';
import { createStore } from '../../src/sdk/store.js';
import { pressChord, pressOn, typeOn } from '../helpers/keys.js';

const root = (el: GoalTreeElement) => el.shadowRoot!;
const outlineItems = (el: GoalTreeElement) => [...root(el).querySelectorAll<HTMLElement>('.outline [role="treeitem"]')];
const diagramBoxes = (el: GoalTreeElement) => root(el).querySelectorAll('.diagram li[data-id]');

/** A tree of `goals` goals, every one unfolded (a large tree otherwise opens on its first levels). */
async function unfolded(goals: number, view = 'both'): Promise<GoalTreeElement> {
  const store = createStore(generateDataset({ parties: 20, relations: 0, goals, seed: 3 }));
  const el = document.createElement('goal-tree') as GoalTreeElement;
  el.store = store;
  el.view = view as GoalTreeElement['view'];
  void el.derived;
  el.collapsed.clear();
  // Appended by hand: a fixture of a wrapper waits for an animation frame, which a background tab of the test browser never gets.
  document.body.append(el);
  mounted.push(el);
  return el;
}
const mounted: GoalTreeElement[] = [];
const realFetch = window.fetch;
afterEach(() => mounted.splice(0).forEach((el) => el.remove()));

const filled = async (el: GoalTreeElement) => {
  await waitUntil(() => !el.rendering, 'the outline did not fill in', { timeout: 20000, interval: 20 });
  await el.updateComplete;
};

describe('<goal-tree> with thousands of goals', function () {
  // Filling in takes many tasks; on a busy test machine more than the usual time.
  this.timeout(60000);
  it('fills the outline in over several tasks, in reading order, and ends with every goal in the ARIA tree', async () => {
    const el = await unfolded(800);
    await el.updateComplete;
    const first = outlineItems(el).length;
    expect(first, 'the first render shows part of the tree').to.be.within(1, 799);
    expect(el.rendering).to.equal(true);
    expect(outlineItems(el).map((i) => i.dataset.id)).to.deep.equal(el.visibleIds().slice(0, first));

    await filled(el);
    const all = outlineItems(el);
    expect(all.map((i) => i.dataset.id)).to.deep.equal(el.visibleIds());
    expect(all).to.have.length(800);
    // Position and size in the set are those of the whole tree.
    const last = all.at(-1)!;
    const node = el.derived.byId.get(last.dataset.id!)!;
    expect(last.getAttribute('aria-posinset')).to.equal(String(node.index + 1));
    expect(last.getAttribute('aria-setsize')).to.equal(String(node.parent!.children.length));
    expect(root(el).querySelectorAll('.outline [tabindex="0"]')).to.have.length(1);
  });

  it('moves the focus to a goal not yet in the outline (End while it fills in)', async () => {
    const el = await unfolded(800);
    await el.updateComplete;
    outlineItems(el)[0].focus();
    await pressChord('End');
    await el.updateComplete;
    const ids = el.visibleIds();
    expect(root(el).activeElement?.getAttribute('data-id')).to.equal(ids.at(-1));
    await filled(el);
    expect(outlineItems(el)).to.have.length(800);
  });
});

describe('<goal-tree> reading a large dataset', function () {
  this.timeout(60000);
  // 1,000 goals are read in one task; more than that a slice of records per task.
  for (const goals of [1000, 3000])
    it(`reads ${goals} goals, then renders the tree in a task of its own, saying meanwhile that it loads (never the empty invitation)`, async () => {
      const el = document.createElement('goal-tree') as GoalTreeElement;
      el.data = generateDataset({ parties: 20, relations: 0, goals, seed: 3 });
      // A message posted before the element renders is handled right after the task that read the data.
      const between = new Promise<{ status: string; goals: number; invite: boolean; rendering: boolean }>((resolve) => {
        const probe = new MessageChannel();
        probe.port1.onmessage = () =>
          resolve({
            status: root(el).querySelector('[part~="status"]')?.textContent?.trim() ?? '',
            goals: outlineItems(el).length,
            invite: !!root(el).querySelector('.invite'),
            rendering: el.rendering,
          });
        document.body.append(el);
        mounted.push(el);
        probe.port2.postMessage(null);
      });
      expect(await between).to.deep.equal({
        status: 'Gegevens worden geladen…',
        goals: 0,
        invite: false,
        rendering: true,
      });
      await el.updateComplete;
      expect(outlineItems(el).length, 'updateComplete waits for the tree').to.be.above(0);
      expect(root(el).querySelector('[part~="status"]'), 'the loading notice is gone').to.equal(null);
      expect(root(el).querySelector('.invite')).to.equal(null);
      expect(el.derived.byId.size).to.equal(goals);
      await expect(el).to.be.accessible();
    });
  it('reads a large file from src over several tasks too, saying meanwhile that it loads', async () => {
    const text = JSON.stringify(generateDataset({ parties: 20, relations: 0, goals: 400, seed: 3 }));
    // Large enough to read in slices, small enough that no part has to load before it is read.
    expect(text.length).to.be.within(50_000, 256 * 1024);
    let arrive!: (body: string) => void;
    const body = new Promise<string>((resolve) => (arrive = resolve));
    const fetched = new Promise<void>((resolve) => {
      window.fetch = async () => {
        resolve();
        return {
          ok: true,
          url: 'tree.json',
          headers: new Headers({ 'content-type': 'application/json' }),
          text: () => body,
        } as Response;
      };
    });
    try {
      const el = document.createElement('goal-tree') as GoalTreeElement;
      el.src = 'tree.json';
      document.body.append(el);
      mounted.push(el);
      await fetched;
      // A message posted as the body arrives is handled before a reading in one task could have ended.
      const between = new Promise<{ status: string; read: number; goals: number }>((resolve) => {
        const probe = new MessageChannel();
        probe.port1.onmessage = () =>
          resolve({
            status: root(el).querySelector('[part~="status"]')?.textContent?.trim() ?? '',
            read: el.derived.byId.size,
            goals: outlineItems(el).length,
          });
        arrive(text);
        probe.port2.postMessage(null);
      });
      expect(await between).to.deep.equal({ status: 'Gegevens worden geladen…', read: 0, goals: 0 });
      await waitUntil(() => el.derived.byId.size === 400, 'every goal is read', { timeout: 20000 });
      await filled(el);
      expect(root(el).querySelector('[part~="status"]'), 'the loading notice is gone').to.equal(null);
      await expect(el).to.be.accessible();
    } finally {
      window.fetch = realFetch;
    }
  });
});

describe('<goal-tree> with thousands of goals, on screen', function () {
  this.timeout(60000);
  it('skips the rows out of view (style, layout, paint) while every goal stays a treeitem of the tree', async () => {
    const el = await unfolded(800);
    await filled(el);
    const items = outlineItems(el);
    expect(items).to.have.length(800);
    const skipped = items.filter((i) => !i.checkVisibility({ contentVisibilityAuto: true }));
    expect(skipped.length, 'rows far below the view are skipped').to.be.above(400);
    expect(items[0].checkVisibility({ contentVisibilityAuto: true }), 'the first row is drawn').to.equal(true);
    // Skipped rows are still in the tree with their level and place, for screen readers and find in page.
    const far = skipped.at(-1)!;
    const node = el.derived.byId.get(far.dataset.id!)!;
    expect(far.getAttribute('aria-level')).to.equal(String(node.level));
    expect(far.getAttribute('aria-posinset')).to.equal(String(node.index + 1));
    expect(far.querySelector('.title')?.textContent).to.equal(node.goal.title);
  });
});

describe('<goal-tree> with 5,000 goals, by keyboard', function () {
  this.timeout(120000);
  it('reaches the last goal, and every goal on the way, with the keys of a tree', async () => {
    const el = await unfolded(5000, 'outline');
    await el.updateComplete;
    const ids = el.visibleIds();
    expect(ids).to.have.length(5000);
    outlineItems(el)[0].focus();
    const focused = () => root(el).activeElement?.getAttribute('data-id');

    await pressOn(el, 'End');
    expect(focused()).to.equal(ids[4999]);
    await pressOn(el, 'ArrowUp');
    expect(focused()).to.equal(ids[4998]);
    await pressOn(el, 'ArrowDown');
    expect(focused()).to.equal(ids[4999]);
    const last = root(el).activeElement!;
    const node = el.derived.byId.get(ids[4999])!;
    expect(last.getAttribute('aria-level')).to.equal(String(node.level));
    expect(last.getAttribute('aria-posinset')).to.equal(String(node.index + 1));
    expect(last.getAttribute('aria-setsize')).to.equal(String(node.parent!.children.length));
    expect(last.getAttribute('aria-selected')).to.equal('true');

    // Type-ahead: a letter moves to the next goal whose title starts with it, also one not yet in the outline.
    await pressOn(el, 'Home');
    expect(focused()).to.equal(ids[0]);
    const title = (i: number) => el.derived.byId.get(ids[i])!.goal.title.toLowerCase();
    const letter = title(4321)[0];
    const next = ids.findIndex((_, i) => i > 0 && title(i).startsWith(letter));
    await aTimeout(700);
    await typeOn(el, letter);
    expect(focused()).to.equal(ids[next]);

    await filled(el);
    const all = outlineItems(el);
    expect(all).to.have.length(5000);
    expect(all.map((i) => i.dataset.id)).to.deep.equal(ids);
    expect(root(el).querySelectorAll('.outline [tabindex="0"]')).to.have.length(1);
    expect(root(el).querySelectorAll('.outline [aria-selected="true"]')).to.have.length(1);
  });
});

describe('<goal-tree> printed', () => {
  afterEach(() => emulateMedia({ media: 'screen' }));

  it('puts every goal in the diagram and the outline as print, not only those in view', async () => {
    const el = await unfolded(400);
    await filled(el);
    expect(diagramBoxes(el).length, 'on screen the diagram holds only the boxes near the view').to.be.below(400);
    const lines = () => (root(el).querySelector('.lines path')?.getAttribute('d')?.match(/M/g) ?? []).length;
    expect(lines(), 'and only the lines near the view').to.be.within(1, 398);

    // What the browser does for a print: tell the page, then lay it out as print.
    window.dispatchEvent(new Event('beforeprint'));
    await emulateMedia({ media: 'print' });
    await el.updateComplete;
    expect(diagramBoxes(el).length, 'every goal in the printed diagram').to.equal(400);
    expect(lines(), 'every line from a goal to its sub-goal in the printed diagram').to.equal(399);
    window.dispatchEvent(new Event('afterprint'));
    await emulateMedia({ media: 'screen' });
    // Back on screen the diagram culls again once it has measured its view (a frame or two later).
    await waitUntil(
      () => diagramBoxes(el).length < 400,
      'back on screen the diagram draws what is near the view again',
      { timeout: 5000 },
    );
  });

  it('renders every goal of a printed outline, none skipped by content-visibility', async () => {
    const el = await unfolded(400, 'outline');
    await filled(el);
    await emulateMedia({ media: 'print' });
    await aTimeout(50);
    const goals = [...root(el).querySelectorAll<HTMLElement>('.outline .goal')];
    expect(goals).to.have.length(400);
    const skipped = goals.filter((g) => !g.checkVisibility({ contentVisibilityAuto: true }));
    expect(skipped.length).to.equal(0);
    const collapsedBoxes = goals.filter((g) => g.getBoundingClientRect().height === 0);
    expect(collapsedBoxes.length).to.equal(0);
  });
});
