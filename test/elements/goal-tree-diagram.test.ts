import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/goal-tree/goal-tree.js';
import type { GoalTreeElement } from '../../src/elements/goal-tree/goal-tree.component.js';
import { sampleDataset } from '../../src/sdk/sample.js';
import { pressOn as press } from '../helpers/keys.js';

const root = (el: GoalTreeElement) => el.shadowRoot!;
const outlineTitles = (el: GoalTreeElement) =>
  [...root(el).querySelectorAll('.outline [role="treeitem"] > .goal > .title')].map((t) => t.textContent);
const diagramTitles = (el: GoalTreeElement) => [...root(el).querySelectorAll('.diagram li > .goal > .title')].map((t) => t.textContent);
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
    const long = 'Mantelzorgers in de wijk weten bij wie ze terechtkunnen voor informatie, advies, een luisterend oor en praktische hulp thuis';
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
    const narrow = await fixture<HTMLDivElement>(html`<div style="inline-size: 320px"><goal-tree editable .data=${sampleDataset()}></goal-tree></div>`);
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
