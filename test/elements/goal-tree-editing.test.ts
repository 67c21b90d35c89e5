import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/goal-tree/goal-tree.js';
import type { GoalTreeElement } from '../../src/elements/goal-tree/goal-tree.component.js';
import type { ChangeDetail, SamenspelErrorEvent } from '../../src/events/events.js';
import { createStore } from '../../src/sdk/store.js';
import { deriveGoalTree } from '../../src/sdk/goal-tree.js';
import type { GoalTree } from '../../src/sdk/model.js';
import { smallDataset } from '../sdk/goal-tree-fixtures.js';
import { pressChord } from '../helpers/keys.js';

const root = (el: GoalTreeElement) => el.shadowRoot!;
const items = (el: GoalTreeElement) => [...root(el).querySelectorAll<HTMLElement>('[role="treeitem"][data-id]')];
const item = (el: GoalTreeElement, id: string) =>
  root(el).querySelector<HTMLElement>(`[role="treeitem"][data-id="${id}"]`)!;
const titles = (el: GoalTreeElement) => items(el).map((i) => i.querySelector(':scope > .goal > .title')?.textContent);
const levels = (el: GoalTreeElement) => items(el).map((i) => Number(i.getAttribute('aria-level')));
const focusedId = (el: GoalTreeElement) => root(el).activeElement?.getAttribute('data-id');
const button = (el: GoalTreeElement, label: string) =>
  [...root(el).querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent!.trim() === label)!;

/** Presses a key, or a chord like `Alt+ArrowDown` (held modifiers, then the key). */
async function press(el: GoalTreeElement, chord: string): Promise<void> {
  await pressChord(chord);
  await el.updateComplete;
}

async function typeAndEnter(el: GoalTreeElement, text: string): Promise<void> {
  await sendKeys({ type: text });
  await press(el, 'Enter');
}

function recordChanges(el: GoalTreeElement): ChangeDetail[] {
  const seen: ChangeDetail[] = [];
  el.addEventListener('samenspel-change', (e) => seen.push(e.detail as ChangeDetail));
  return seen;
}

const lastTree = (changes: ChangeDetail[]) => {
  const c = changes.at(-1)!.changes.at(-1)!;
  return (c.op === 'put' ? c.record : undefined) as GoalTree;
};

async function editable(): Promise<GoalTreeElement> {
  const el = await fixture<GoalTreeElement>(html`<goal-tree editable .data=${smallDataset()}></goal-tree>`);
  await el.updateComplete;
  return el;
}

describe('<goal-tree editable>', () => {
  it('lets a workshop build a tree of three levels from empty with the keyboard alone', async () => {
    const el = await fixture<GoalTreeElement>(html`<goal-tree editable></goal-tree>`);
    await el.updateComplete;
    const changes = recordChanges(el);
    await press(el, 'Tab');
    expect(root(el).activeElement?.id).to.equal('stip');
    await typeAndEnter(el, 'Mantelzorgers houden het vol');
    expect(focusedId(el)).to.equal(items(el)[0].dataset.id);

    await press(el, 'Insert');
    expect(root(el).activeElement?.getAttribute('aria-label')).to.equal('Naam van het nieuwe doel (subdoel)');
    await typeAndEnter(el, 'Mantelzorgers weten waar ze terechtkunnen');
    await press(el, 'Insert');
    expect(root(el).activeElement?.getAttribute('aria-label')).to.equal('Naam van het nieuwe doel (concreet doel)');
    await typeAndEnter(el, 'De sociale kaart is actueel');
    await press(el, 'Shift+Enter');
    await typeAndEnter(el, 'Spreekuur in de bibliotheek');
    await press(el, 'ArrowLeft');
    await press(el, 'Shift+Enter');
    await typeAndEnter(el, 'Mantelzorgers kunnen even op adem komen');
    await press(el, 'Insert');
    await typeAndEnter(el, 'Logeeropvang binnen twee weken');

    expect(titles(el)).to.deep.equal([
      'Mantelzorgers houden het vol',
      'Mantelzorgers weten waar ze terechtkunnen',
      'De sociale kaart is actueel',
      'Spreekuur in de bibliotheek',
      'Mantelzorgers kunnen even op adem komen',
      'Logeeropvang binnen twee weken',
    ]);
    expect(levels(el)).to.deep.equal([1, 2, 3, 3, 2, 3]);
    expect(root(el).activeElement?.querySelector('.title')?.textContent).to.equal('Logeeropvang binnen twee weken');
    expect(changes).to.have.length(6);
    expect(changes.every((c) => c.origin === 'local' && c.changes[0].collection === 'goalTrees')).to.equal(true);
    const tree = lastTree(changes);
    expect(tree.title).to.equal('Mantelzorgers houden het vol');
    expect(deriveGoalTree(tree).roots[0].children.map((c) => c.children.length)).to.deep.equal([2, 1]);
    expect(root(el).querySelector('.base > [role="status"]:not(.status)')!.textContent).to.contain('is toegevoegd');
    await expect(el).to.be.accessible();
  });

  it('fires samenspel-change with the new tree for every edit: rename, move, indent, outdent, remove', async () => {
    const el = await editable();
    const changes = recordChanges(el);
    item(el, 'spreekuur').focus();

    await press(el, 'F2');
    const input = root(el).activeElement as HTMLInputElement;
    expect(input.getAttribute('aria-label')).to.equal('Nieuwe naam');
    await expect(el).to.be.accessible();
    await typeAndEnter(el, 'Inloopspreekuur');
    expect(lastTree(changes).goals.find((g) => g.id === 'spreekuur')!.title).to.equal('Inloopspreekuur');
    expect(focusedId(el)).to.equal('spreekuur');

    await press(el, 'Alt+ArrowUp');
    expect(
      lastTree(changes)
        .goals.map((g) => g.id)
        .slice(2, 4),
    ).to.deep.equal(['spreekuur', 'sociale-kaart']);
    await press(el, 'Alt+ArrowDown');
    expect(
      lastTree(changes)
        .goals.map((g) => g.id)
        .slice(2, 4),
    ).to.deep.equal(['sociale-kaart', 'spreekuur']);
    await press(el, 'Alt+ArrowRight');
    expect(lastTree(changes).goals.find((g) => g.id === 'spreekuur')!.parent).to.equal('sociale-kaart');
    expect(item(el, 'spreekuur').getAttribute('aria-level')).to.equal('4');
    await press(el, 'Alt+ArrowLeft');
    expect(lastTree(changes).goals.find((g) => g.id === 'spreekuur')!.parent).to.equal('weten');
    expect(focusedId(el)).to.equal('spreekuur');
    expect(root(el).querySelector('.base > [role="status"]:not(.status)')!.textContent).to.equal(
      '‘Inloopspreekuur’: concreet doel, 2 van 2.',
    );

    await press(el, 'Delete');
    expect(lastTree(changes).goals.map((g) => g.id)).not.to.include('spreekuur');
    expect(focusedId(el)).to.equal('sociale-kaart');
    expect(root(el).querySelector('.base > [role="status"]:not(.status)')!.textContent).to.contain(
      'Ongedaan maken: Ctrl+Z',
    );
    expect(changes).to.have.length(6);
    expect(changes.every((c) => c.origin === 'local')).to.equal(true);
  });

  it('adds, navigates and renames by keyboard in the diagram alone (view="diagram")', async () => {
    const el = await fixture<GoalTreeElement>(
      html`<goal-tree editable view="diagram" .data=${smallDataset()}></goal-tree>`,
    );
    await el.updateComplete;
    const changes = recordChanges(el);
    item(el, 'weten').focus();
    await press(el, 'ArrowDown');
    expect(focusedId(el)).to.equal('sociale-kaart');
    await press(el, 'Insert');
    expect(root(el).activeElement?.hasAttribute('data-draft')).to.equal(true);
    await typeAndEnter(el, 'Bellen met de bieb');
    expect(lastTree(changes).goals.find((g) => g.title === 'Bellen met de bieb')!.parent).to.equal('sociale-kaart');
    expect(root(el).activeElement?.getAttribute('aria-level')).to.equal('4');
    await expect(el).to.be.accessible();
  });

  it('refuses what cannot be, without an edit: outdenting a subgoal, a sibling of the main goal', async () => {
    const el = await editable();
    const changes = recordChanges(el);
    item(el, 'weten').focus();
    await press(el, 'Alt+ArrowLeft');
    item(el, 'stip').focus();
    await press(el, 'Shift+Enter');
    expect(changes).to.have.length(0);
    expect(root(el).querySelector('.base > [role="status"]:not(.status)')!.textContent).to.contain(
      'Dat kan hier niet.',
    );
  });

  it('drops a new goal when its name is cancelled with Escape', async () => {
    const el = await editable();
    const changes = recordChanges(el);
    item(el, 'weten').focus();
    await press(el, 'Insert');
    await sendKeys({ type: 'Toch niet' });
    await press(el, 'Escape');
    expect(changes).to.have.length(0);
    expect(root(el).querySelector('input')).to.equal(null);
    expect(focusedId(el)).to.equal('weten');
  });

  it('undoes and redoes with the buttons and with Ctrl+Z / Ctrl+Shift+Z', async () => {
    const el = await editable();
    const changes = recordChanges(el);
    item(el, 'logeren').focus();
    await press(el, 'Delete');
    expect(item(el, 'logeren')).to.equal(null);

    button(el, 'Ongedaan maken').click();
    await el.updateComplete;
    expect(item(el, 'logeren')).not.to.equal(null);
    expect(changes.at(-1)!.origin).to.equal('undo');
    button(el, 'Opnieuw doen').click();
    await el.updateComplete;
    expect(item(el, 'logeren')).to.equal(null);
    expect(changes.at(-1)!.origin).to.equal('redo');

    item(el, 'stip').focus();
    await press(el, 'Control+z');
    expect(item(el, 'logeren')).not.to.equal(null);
    expect(root(el).querySelector('.base > [role="status"]:not(.status)')!.textContent).to.equal('Ongedaan gemaakt.');
    await press(el, 'Control+Shift+Z');
    expect(item(el, 'logeren')).to.equal(null);
    expect(changes.map((c) => c.origin)).to.deep.equal(['local', 'undo', 'redo', 'undo', 'redo']);
    expect(root(el).activeElement?.getAttribute('role')).to.equal('treeitem');
  });

  it('offers every edit as a button too (the alternative to keys and dragging), disabled where it cannot apply', async () => {
    const el = await editable();
    const changes = recordChanges(el);
    item(el, 'weten').focus();
    await el.updateComplete;
    expect(button(el, 'Omhoog').disabled).to.equal(true);
    expect(button(el, 'Een niveau hoger').disabled).to.equal(true);
    button(el, 'Omlaag').click();
    await el.updateComplete;
    expect(lastTree(changes).goals.map((g) => g.id)).to.deep.equal([
      'stip',
      'ontlasten',
      'logeren',
      'weten',
      'sociale-kaart',
      'spreekuur',
    ]);
    button(el, 'Subdoel toevoegen').click();
    await el.updateComplete;
    expect(root(el).activeElement?.hasAttribute('data-draft')).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('edits the details: a new party as partner, a step with its status, an indicator reading', async () => {
    const store = createStore(smallDataset());
    const el = await fixture<GoalTreeElement>(html`<goal-tree editable .store=${store}></goal-tree>`);
    const changes = recordChanges(el);
    item(el, 'logeren').focus();
    await press(el, 'Enter');
    await waitUntil(() => root(el).querySelector('#gt-details-h'), 'details did not open');
    await expect(el).to.be.accessible();

    const partner = root(el).querySelector<HTMLInputElement>('input[role="combobox"]')!;
    partner.focus();
    await typeAndEnter(el, 'Zorgboerderij De Hoeve');
    await press(el, 'Enter'); // the one option: ‘Nieuwe partij ‘Zorgboerderij De Hoeve’ toevoegen’
    expect(changes.at(-1)!.changes.map((c) => c.collection)).to.deep.equal(['parties', 'goalTrees']);
    const party = store.snapshot.parties.find((p) => p.name === 'Zorgboerderij De Hoeve')!;
    expect(store.get('goalTrees', 'boom')!.goals.find((g) => g.id === 'logeren')!.partners).to.deep.equal([party.id]);
    expect(root(el).querySelector('.base > [role="status"]:not(.status)')!.textContent).to.equal(
      '‘Zorgboerderij De Hoeve’ is een nieuwe partij en is toegevoegd aan de gegevens.',
    );

    root(el).querySelector<HTMLInputElement>('#gt-new-step')!.focus();
    await typeAndEnter(el, 'Aanbieders bellen');
    const status = root(el).querySelector<HTMLSelectElement>('select[aria-label="Status: Aanbieders bellen"]')!;
    status.value = 'klaar';
    status.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(
      store
        .get('goalTrees', 'boom')!
        .goals.find((g) => g.id === 'logeren')!
        .steps.map((s) => s.status),
    ).to.deep.equal(['klaar']);
    expect(root(el).querySelector('.panel')!.textContent).to.contain('1 van 1 stappen klaar.');

    button(el, 'Indicator toevoegen').click();
    await el.updateComplete;
    const target = [...root(el).querySelectorAll('.fields label')]
      .find((l) => l.textContent!.includes('Doel in cijfers'))!
      .querySelector('input')!;
    target.value = '14,0';
    target.dispatchEvent(new Event('change'));
    await el.updateComplete;
    const [date, value] = root(el).querySelectorAll<HTMLInputElement>('fieldset input');
    date.value = '2026-10-01';
    value.value = '20';
    button(el, 'Meting toevoegen').click();
    await el.updateComplete;
    expect(store.get('goalTrees', 'boom')!.goals.find((g) => g.id === 'logeren')!.indicator).to.deep.include({
      target: 14,
      readings: [{ date: '2026-10-01', value: 20 }],
    });
    expect(root(el).querySelector('.panel')!.textContent).to.contain('Laatste meting 20, doel 14. Gehaald.');
    expect(changes.every((c) => c.origin === 'local')).to.equal(true);
    expect(changes).to.have.length(6);
    await expect(el).to.be.accessible();
  });

  it('shows and reports an edit the data cannot take', async () => {
    const el = await editable();
    const errors: SamenspelErrorEvent[] = [];
    el.addEventListener('samenspel-error', (e) => errors.push(e));
    const tree = el.goalTree!;
    el.commitTree({
      ...tree,
      goals: tree.goals.map((g) =>
        g.id === 'weten' ? { ...g, steps: [{ id: 'x', title: 'Stap', status: 'misschien' as 'open' }] } : g,
      ),
    });
    await el.updateComplete;
    expect(errors).to.have.length(1);
    expect(errors[0].detail.during).to.equal('edit');
    expect(root(el).querySelector('[role="alert"]')!.textContent).to.contain('Deze wijziging kon niet worden gemaakt');
    expect(items(el)).to.have.length(6);
  });
});

describe('<goal-tree> export and sharing', () => {
  /** Captures what would be downloaded: the blobs handed to URL.createObjectURL. */
  async function exported(el: GoalTreeElement, format: string): Promise<Blob> {
    const original = URL.createObjectURL;
    let blob: Blob | undefined;
    // PNG goes through an SVG image first; the download is the last blob.
    URL.createObjectURL = (b: Blob | MediaSource) => {
      if (format !== 'png' || (b as Blob).type === 'image/png') blob = b as Blob;
      return original.call(URL, b);
    };
    try {
      const menu = root(el).querySelector<HTMLDetailsElement>('details.menu')!;
      menu.open = true;
      await waitUntil(() => root(el).querySelector(`[data-export="${format}"]`), 'export menu did not load');
      root(el).querySelector<HTMLButtonElement>(`[data-export="${format}"]`)!.click();
      await waitUntil(() => blob, `no ${format} download`, { timeout: 5000 });
      return blob!;
    } finally {
      URL.createObjectURL = original;
    }
  }

  it('prints every goal in landscape, folded branches opened for the print and folded again after it', async () => {
    const el = await fixture<GoalTreeElement>(html`<goal-tree view="outline" .data=${smallDataset()}></goal-tree>`);
    el.setExpanded('weten', false);
    await el.updateComplete;
    const shown = items(el).length;
    const original = window.print;
    const during: { items: number; page: string }[] = [];
    window.print = () =>
      during.push({
        items: items(el).length,
        page: [...document.adoptedStyleSheets].flatMap((s) => [...s.cssRules].map((r) => r.cssText)).join(' '),
      });
    try {
      const menu = root(el).querySelector<HTMLDetailsElement>('details.menu')!;
      menu.open = true;
      await waitUntil(() => root(el).querySelector('[data-export="printA3"]'), 'export menu did not load');
      root(el).querySelector<HTMLButtonElement>('[data-export="printA3"]')!.click();
      await waitUntil(() => during.length === 1, 'did not print');
    } finally {
      window.print = original;
    }
    expect(shown).to.be.lessThan(6);
    expect(during[0].items).to.equal(6);
    expect(during[0].page.toLowerCase()).to.contain('a3 landscape');
    window.dispatchEvent(new Event('afterprint'));
    await el.updateComplete;
    expect(items(el)).to.have.length(shown);
    expect(
      document.adoptedStyleSheets.some((s) => [...s.cssRules].some((r) => r.cssText.includes('landscape'))),
    ).to.equal(false);
  });

  it('exports CSV (formula-safe), Markdown, samenspel JSON, SVG and PNG of the tree', async () => {
    const el = await fixture<GoalTreeElement>(html`<goal-tree .data=${smallDataset()}></goal-tree>`);
    const csvBlob = await exported(el, 'csv');
    expect([...new Uint8Array(await csvBlob.arrayBuffer()).slice(0, 3)], 'byte-order mark for Excel').to.deep.equal([
      0xef, 0xbb, 0xbf,
    ]);
    const csv = await csvBlob.text();
    expect(csv.split('\r\n')[0]).to.equal(
      'id;niveau;soort;pad;doel;toelichting;partners;stappen;stappen klaar;indicator;eenheid;beginwaarde;doel in cijfers;wanneer gehaald;laatste meting;datum laatste meting',
    );
    expect(csv).to.contain(";'=Logeeropvang");
    expect(await (await exported(el, 'markdown')).text()).to.contain(
      '- **Mantelzorgers houden het vol** (Stip op de horizon)',
    );
    const json = JSON.parse(await (await exported(el, 'json')).text());
    expect(json.goalTrees[0].goals).to.have.length(6);
    expect(json.parties.map((p: { id: string }) => p.id)).to.deep.equal(['gemeente', 'steunpunt', 'bieb']);
    expect(await (await exported(el, 'svg')).text()).to.contain('<title>Doelenboom Zuid</title>');
    const png = await exported(el, 'png');
    expect(png.type).to.equal('image/png');
    expect(png.size).to.be.greaterThan(1000);
    await expect(el).to.be.accessible();
  });

  it('moves a goal under another by drag and drop', async () => {
    const el = await editable();
    const changes = recordChanges(el);
    const data = new DataTransfer();
    item(el, 'logeren').dispatchEvent(
      new DragEvent('dragstart', { bubbles: true, composed: true, dataTransfer: data }),
    );
    const over = new DragEvent('dragover', { bubbles: true, composed: true, cancelable: true, dataTransfer: data });
    item(el, 'weten').querySelector('.title')!.dispatchEvent(over);
    expect(over.defaultPrevented, 'drop allowed').to.equal(true);
    item(el, 'weten')
      .querySelector('.title')!
      .dispatchEvent(new DragEvent('drop', { bubbles: true, composed: true, cancelable: true, dataTransfer: data }));
    await el.updateComplete;
    expect(lastTree(changes).goals.find((g) => g.id === 'logeren')!.parent).to.equal('weten');
    expect(item(el, 'logeren').getAttribute('aria-level')).to.equal('3');
  });

  it('shows an edit made in one element in another that shares the store', async () => {
    const store = createStore(smallDataset());
    const a = await fixture<GoalTreeElement>(html`<goal-tree editable .store=${store}></goal-tree>`);
    const b = document.createElement('goal-tree');
    b.view = 'outline';
    b.store = store;
    a.after(b);
    await b.updateComplete;
    a.selectGoal('logeren');
    await a.updateComplete;
    button(a, 'Verwijderen').click();
    await b.updateComplete;
    expect(item(b, 'logeren')).to.equal(null);
    expect(items(b)).to.have.length(5);
  });
});
