import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/elements/goal-tree/goal-tree.js';
import type { GoalTreeElement } from '../../src/elements/goal-tree/goal-tree.component.js';
import { sampleDataset } from '../../src/sdk/sample.js';
import { emptyDataset, type Dataset, type Goal } from '../../src/sdk/model.js';
import { pressOn as press } from '../helpers/keys.js';

const root = (el: GoalTreeElement) => el.shadowRoot!;
const outlineTitles = (el: GoalTreeElement) =>
  [...root(el).querySelectorAll('.outline [role="treeitem"] > .goal > .title')].map((t) => t.textContent);
const diagramTitles = (el: GoalTreeElement) =>
  [...root(el).querySelectorAll('.diagram li > .goal > .title')].map((t) => t.textContent);
const typeAndEnter = async (el: GoalTreeElement, text: string) => {
  await sendKeys({ type: text });
  await press(el, 'Enter');
};
// Not animation frames: a page in a background tab of the test browser does not get them.
const settle = async (el: GoalTreeElement) => {
  await aTimeout(10);
  await el.updateComplete;
};

describe('<goal-tree> diagram', () => {
  it('draws every goal after the main goal was deleted and a new tree typed by keyboard', async () => {
    const el = await fixture<GoalTreeElement>(html`<goal-tree editable .data=${sampleDataset()}></goal-tree>`);
    await el.updateComplete;
    await settle(el);
    root(el).querySelector<HTMLElement>('.outline [role="treeitem"][aria-selected="true"]')!.focus();
    await press(el, 'Delete');
    expect(root(el).querySelector('[role="treeitem"]')).to.equal(null);
    root(el).querySelector<HTMLInputElement>('#stip')!.focus();
    await typeAndEnter(el, 'Nieuwe stip');
    await press(el, 'Insert');
    await typeAndEnter(el, 'Sub A');
    await press(el, 'Shift+Enter');
    await typeAndEnter(el, 'Sub B');
    await settle(el);

    expect(outlineTitles(el)).to.deep.equal(['Nieuwe stip', 'Sub A', 'Sub B']);
    expect(diagramTitles(el)).to.have.members(['Nieuwe stip', 'Sub A', 'Sub B']);
    await press(el, 'Home');
    await settle(el);
    expect(diagramTitles(el)).to.have.members(['Nieuwe stip', 'Sub A', 'Sub B']);
    await expect(el).to.be.accessible();
  });

  it('keeps the outline beside the diagram no taller than the diagram may be; it scrolls instead', async () => {
    const el = await fixture<GoalTreeElement>(html`<goal-tree .data=${sampleDataset()}></goal-tree>`);
    el.collapsed.clear();
    el.requestUpdate();
    await settle(el);
    const outline = root(el).querySelector<HTMLElement>('.outline')!;
    const goals = el.goalTree!.goals.length;
    expect(outline.querySelectorAll('[role="treeitem"]')).to.have.length(goals);
    expect(outline.getBoundingClientRect().height).to.be.at.most(innerHeight * 0.8 + 1);
    expect(outline.scrollHeight, 'the whole outline is there to scroll to').to.be.greaterThan(outline.clientHeight);
    await expect(el).to.be.accessible();
  });
});

describe('<goal-tree> diagram titles', () => {
  it('shows a long title whole, wrapped, with the row below it pushed down', async () => {
    const data = sampleDataset();
    const tree = data.goalTrees[0];
    const long =
      'Mantelzorgers in de wijk weten bij wie ze terechtkunnen voor informatie, advies, een luisterend oor en praktische hulp thuis';
    const sub = tree.goals.find((g) => g.parent === tree.goals[0].id)!;
    sub.title = long;
    const el = await fixture<GoalTreeElement>(html`<goal-tree view="diagram" .data=${data}></goal-tree>`);
    el.selectGoal(sub.id, false);
    await settle(el);
    const box = root(el).querySelector<HTMLElement>(`.diagram li[data-id="${sub.id}"]`)!;
    const title = box.querySelector<HTMLElement>('.title')!;
    expect(title.textContent).to.equal(long);
    expect(getComputedStyle(title).webkitLineClamp).to.equal('none');
    expect(title.scrollHeight, 'nothing of the title is cut off').to.be.at.most(title.clientHeight + 1);
    const goal = box.querySelector<HTMLElement>('.goal')!;
    expect(title.getBoundingClientRect().bottom).to.be.at.most(goal.getBoundingClientRect().bottom);
    expect(goal.scrollHeight, 'the box holds kind, title and facts').to.be.at.most(goal.clientHeight + 1);
    const below = [...root(el).querySelectorAll<HTMLElement>('.diagram li.l3')];
    for (const b of below) expect(b.offsetTop).to.be.at.least(box.offsetTop + box.offsetHeight);
    await expect(el).to.be.accessible();
  });
});

describe('<goal-tree> on a phone', () => {
  const hintText = (el: GoalTreeElement) => root(el).querySelector<HTMLElement>('#hint')!.innerText;

  it('speaks of tapping and the buttons at 320 px, not of Insert and F2', async () => {
    const narrow = await fixture<HTMLDivElement>(
      html`<div style="inline-size: 320px"><goal-tree editable .data=${sampleDataset()}></goal-tree></div>`,
    );
    const el = narrow.querySelector('goal-tree')!;
    await settle(el);
    expect(hintText(el)).to.equal('Tik op een doel om het te kiezen. De knoppen hierboven werken op dat doel.');
    expect(hintText(el)).not.to.match(/Insert|F2|Shift|Alt/);
    await expect(el).to.be.accessible();

    const wide = await fixture<GoalTreeElement>(html`<goal-tree editable .data=${sampleDataset()}></goal-tree>`);
    await settle(wide);
    expect(hintText(wide)).to.contain('Insert: subdoel toevoegen.');
  });
});

/** A main goal with `n` sub-goals, each with `kids` concrete goals. */
function wideTree(n: number, kids = 0): Dataset {
  const goal = (id: string, title: string, parent?: string): Goal => ({
    id,
    title,
    partners: [],
    steps: [],
    ...(parent ? { parent } : {}),
  });
  const goals = [goal('stip', 'Mantelzorgers in de wijk houden het vol')];
  for (let i = 1; i <= n; i++) {
    goals.push(goal(`sub${i}`, `Subdoel ${i} van de wijk`, 'stip'));
    for (let k = 1; k <= kids; k++) goals.push(goal(`sub${i}-${k}`, `Concreet doel ${i}.${k}`, `sub${i}`));
  }
  return { ...emptyDataset('Wijk'), goalTrees: [{ id: 'breed', title: 'Brede doelenboom', goals }] };
}

describe('<goal-tree> diagram when it opens', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  const frameOf = (el: GoalTreeElement) => root(el).querySelector<HTMLElement>('.diagram')!;
  const box = (el: GoalTreeElement, id: string) => root(el).querySelector<HTMLElement>(`.diagram li[data-id="${id}"]`);
  /** True when the whole box is inside the part of the diagram's frame that is in view (and the frame in the page's view). */
  const inView = (el: GoalTreeElement, id: string) => {
    const b = box(el, id)?.getBoundingClientRect();
    const f = frameOf(el);
    const r = f.getBoundingClientRect();
    const left = r.left + f.clientLeft,
      top = r.top + f.clientTop;
    return (
      !!b &&
      b.left >= left - 0.5 &&
      b.right <= left + f.clientWidth + 0.5 &&
      b.top >= top - 0.5 &&
      b.bottom <= top + f.clientHeight + 0.5 &&
      b.right <= innerWidth + 0.5
    );
  };
  const subGoals = (n: number) => Array.from({ length: n }, (_, i) => `sub${i + 1}`);
  /** The smallest text in the diagram's boxes as it shows on screen, in CSS px (font size times the diagram's zoom). */
  const smallestText = (el: GoalTreeElement) => {
    const zoom = parseFloat(getComputedStyle(root(el).querySelector('.canvas')!).zoom) || 1;
    return Math.min(
      ...[...root(el).querySelectorAll('.diagram .goal > .title, .diagram .goal > .kind, .diagram .goal > .facts')].map(
        (t) => parseFloat(getComputedStyle(t).fontSize) * zoom,
      ),
    );
  };
  const hint = (el: GoalTreeElement) => root(el).querySelector('[part="view-hint"]')?.textContent ?? null;
  const open = async (data: Dataset, view: 'both' | 'diagram' = 'both') => {
    const el = await fixture<GoalTreeElement>(html`<goal-tree view=${view} .data=${data}></goal-tree>`);
    await settle(el);
    await settle(el);
    return el;
  };

  it('shows the whole tree at 1280 px when it fits with readable text, also a little zoomed out', async () => {
    await setViewport({ width: 1280, height: 900 });
    const el = await open(wideTree(4));
    expect(
      ['stip', ...subGoals(4)].filter((id) => !inView(el, id)),
      'goals out of view',
    ).to.deep.equal([]);
    expect(smallestText(el)).to.be.at.least(12);
    expect(hint(el)).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('opens a tree too wide to read whole on the main goal and the sub-goals beside it, says so, and shows all with Hele boom tonen', async () => {
    await setViewport({ width: 1280, height: 900 });
    const el = await open(wideTree(8, 1));
    expect(inView(el, 'stip'), 'the main goal').to.equal(true);
    expect(subGoals(8).filter((id) => inView(el, id)).length, 'whole sub-goals in view').to.be.at.least(3);
    expect(smallestText(el)).to.be.at.least(12);
    expect(hint(el)).to.equal(
      'U ziet een deel van de boom. Scroll in het vak om de rest te zien, of kies ‘Hele boom tonen’.',
    );
    await expect(el).to.be.accessible();

    const fit = [...root(el).querySelectorAll<HTMLButtonElement>('[part~="view-toolbar"] button')].find(
      (b) => b.textContent === 'Hele boom tonen',
    )!;
    fit.click();
    await settle(el);
    await settle(el);
    expect(
      ['stip', ...subGoals(8)].filter((id) => !inView(el, id)),
      'goals out of view',
    ).to.deep.equal([]);
    expect(hint(el)).to.equal(null);
  });

  it('at 320 px shows a small tree whole, and a wide one from its main goal with the hint', async () => {
    await setViewport({ width: 320, height: 640 });
    const small = await open(wideTree(1, 1), 'diagram');
    expect(
      ['stip', 'sub1', 'sub1-1'].filter((id) => !inView(small, id)),
      'goals out of view',
    ).to.deep.equal([]);
    expect(smallestText(small)).to.be.at.least(12);
    expect(hint(small)).to.equal(null);

    const wide = await open(wideTree(8), 'diagram');
    expect(inView(wide, 'stip'), 'the main goal').to.equal(true);
    expect(smallestText(wide)).to.be.at.least(12);
    expect(hint(wide)).to.contain('U ziet een deel van de boom.');
    expect(document.documentElement.scrollWidth, 'the page does not scroll sideways').to.be.at.most(320);
    await expect(wide).to.be.accessible();
  });
});

describe('<goal-tree> toolbars at 320 px', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));
  const shown = (e: Element) => e.getClientRects().length > 0;
  /** The names of the controls that show in the toolbars (buttons and the export menu), in order. */
  const controls = (el: GoalTreeElement) =>
    [
      ...root(el).querySelectorAll<HTMLElement>(
        '[part~="toolbar"] > button, [part~="toolbar"] > details > summary, [part~="toolbar"] > .more > button',
      ),
    ]
      .filter(shown)
      .map((b) => b.textContent!.replace('▾', '').trim());
  /** The items of a menu, as it shows them when opened (then closed again). */
  const menuItems = async (el: GoalTreeElement, id: string) => {
    const button = root(el).querySelector<HTMLButtonElement>(`#${id}`)!;
    button.click();
    await el.updateComplete;
    const items = [...root(el).querySelectorAll<HTMLElement>(`#${id}-menu > li`)];
    expect(
      items.every((li) => li.checkVisibility()),
      'the opened menu shows its items',
    ).to.equal(true);
    button.click();
    await el.updateComplete;
    return items.map((li) => li.textContent!.replace(/[☐☑]/g, '').trim());
  };
  const focused = (el: GoalTreeElement) => root(el).activeElement as HTMLElement | null;

  it('keep every button in the row at normal widths, with no menu', async () => {
    await setViewport({ width: 1280, height: 800 });
    const el = await fixture<GoalTreeElement>(html`<goal-tree editable .data=${sampleDataset()}></goal-tree>`);
    await settle(el);
    expect(controls(el)).to.deep.equal([
      'niveau 1',
      'niveau 2',
      'alles',
      'Van links naar rechts',
      'Uitzoomen',
      'Inzoomen',
      'Hele boom tonen',
      'Details',
      'Inzichten',
      'Exporteren',
      'Presenteren',
      'Subdoel toevoegen',
      'Doel ernaast toevoegen',
      'Naam wijzigen',
      'Omhoog',
      'Omlaag',
      'Onder het doel erboven',
      'Een niveau hoger',
      'Verwijderen',
      'Ongedaan maken',
      'Opnieuw doen',
    ]);
  });

  it('take two rows: the main buttons and a menu Meer with the rest, by keyboard too', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await fixture<GoalTreeElement>(html`<goal-tree editable .data=${sampleDataset()}></goal-tree>`);
    await settle(el);
    const bars = [...root(el).querySelectorAll<HTMLElement>('[part~="toolbar"]')];
    // The controls of a row are centred on one line.
    const rows = new Set(
      bars.flatMap((bar) =>
        [...bar.children]
          .filter(shown)
          .map((c) => Math.round((c.getBoundingClientRect().top + c.getBoundingClientRect().bottom) / 2)),
      ),
    );
    expect(rows.size, 'rows of buttons').to.equal(2);
    const buttonHeight = root(el).querySelector<HTMLElement>('#more-view')!.getBoundingClientRect().height;
    const height = bars.at(-1)!.getBoundingClientRect().bottom - bars[0].getBoundingClientRect().top;
    expect(height, 'the toolbars are no taller than two rows').to.be.at.most(2 * buttonHeight + 16);
    for (const bar of bars) expect(bar.getBoundingClientRect().right, 'nothing runs off the side').to.be.at.most(320);
    expect(controls(el)).to.deep.equal(['Details', 'Exporteren', 'Meer', 'Subdoel toevoegen', 'Meer']);
    // Every action of the wide toolbars is a button here or an item of a menu.
    expect(await menuItems(el, 'more-view')).to.deep.equal([
      'Tonen tot niveau 1',
      'Tonen tot niveau 2',
      'Tonen tot alles',
      'Van links naar rechts',
      'Uitzoomen',
      'Inzoomen',
      'Hele boom tonen',
      'Inzichten',
      'Presenteren',
    ]);
    expect(await menuItems(el, 'more-edit')).to.deep.equal([
      'Doel ernaast toevoegen',
      'Naam wijzigen',
      'Omhoog',
      'Omlaag',
      'Onder het doel erboven',
      'Een niveau hoger',
      'Verwijderen',
      'Ongedaan maken',
      'Opnieuw doen',
    ]);

    const more = root(el).querySelector<HTMLButtonElement>('#more-edit')!;
    expect(more.getAttribute('aria-haspopup')).to.equal('menu');
    expect(more.getAttribute('aria-expanded')).to.equal('false');
    more.focus();
    await press(el, 'Enter');
    expect(more.getAttribute('aria-expanded')).to.equal('true');
    expect(focused(el)!.textContent).to.equal('Doel ernaast toevoegen');
    expect(focused(el)!.getAttribute('aria-disabled'), 'the main goal has no goal beside it').to.equal('true');
    await expect(el).to.be.accessible();
    await press(el, 'ArrowUp');
    expect(focused(el)!.textContent).to.equal('Opnieuw doen');
    await press(el, 'Home');
    await press(el, 'ArrowDown');
    expect(focused(el)!.textContent).to.equal('Naam wijzigen');
    await press(el, 'Escape');
    expect(more.getAttribute('aria-expanded')).to.equal('false');
    expect(focused(el)).to.equal(more);
    // A menu item does what its button does: Naam wijzigen opens the title for typing.
    await press(el, 'ArrowDown');
    await press(el, 'ArrowDown');
    await press(el, 'Enter');
    await settle(el);
    expect(more.getAttribute('aria-expanded')).to.equal('false');
    expect(focused(el)!.matches('input[data-rename]'), 'the rename field has the focus').to.equal(true);
    await press(el, 'Escape');

    // The view menu: a first letter finds an item; Space switches the diagram's direction.
    const view = root(el).querySelector<HTMLButtonElement>('#more-view')!;
    view.focus();
    await press(el, 'ArrowDown');
    await press(el, 'v');
    expect(focused(el)!.textContent!.trim()).to.contain('Van links naar rechts');
    expect(focused(el)!.getAttribute('role')).to.equal('menuitemcheckbox');
    expect(focused(el)!.getAttribute('aria-checked')).to.equal('false');
    await expect(el).to.be.accessible();
    await press(el, ' ');
    expect(el.orientation).to.equal('horizontal');
    expect(focused(el)).to.equal(view);
    await press(el, 'ArrowDown');
    expect(root(el).querySelector('#more-view-menu [role="menuitemcheckbox"]')!.getAttribute('aria-checked')).to.equal(
      'true',
    );
    // Tab leaves the menu and closes it.
    await press(el, 'Tab');
    expect(view.getAttribute('aria-expanded')).to.equal('false');
  });
});
