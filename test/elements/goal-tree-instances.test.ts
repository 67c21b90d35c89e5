import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/goal-tree/goal-tree.js';
import type { GoalTreeElement } from '../../src/elements/goal-tree/goal-tree.component.js';
import type { ChangeDetail } from '../../src/events/events.js';
import { smallDataset } from '../sdk/goal-tree-fixtures.js';
import { pressOn } from '../helpers/keys.js';

const root = (el: GoalTreeElement) => el.shadowRoot!;
const item = (el: GoalTreeElement, id: string) =>
  root(el).querySelector<HTMLElement>(`.outline [role="treeitem"][data-id="${id}"]`)!;
const focusedId = (el: GoalTreeElement) => root(el).activeElement?.getAttribute('data-id');

/** Two trees of the same goals on one page, each with a store of its own. */
async function twoTrees(editable = false): Promise<[GoalTreeElement, GoalTreeElement]> {
  const page = await fixture<HTMLElement>(html`<div>
    <goal-tree view="outline" ?editable=${editable} .data=${smallDataset()}></goal-tree>
    <goal-tree view="outline" ?editable=${editable} .data=${smallDataset()}></goal-tree>
  </div>`);
  const [a, b] = [...page.querySelectorAll<GoalTreeElement>('goal-tree')];
  await Promise.all([a.updateComplete, b.updateComplete]);
  return [a, b];
}

describe('two <goal-tree> elements on one page', () => {
  it('keep their own type-ahead: letters typed in one tree do not add to a search in the other', async () => {
    const [a, b] = await twoTrees();
    item(a, 'stip').focus();
    await pressOn(a, 'o');
    expect(focusedId(a)).to.equal('ontlasten');
    // At once in the other tree: "s" is a search of its own, not "os".
    item(b, 'stip').focus();
    await pressOn(b, 's');
    expect(focusedId(b)).to.equal('sociale-kaart');
    expect(a.selected, 'the first tree keeps its goal').to.equal('ontlasten');
  });

  it('keep their own drag: a goal dragged in one tree cannot be dropped into the other', async () => {
    const [a, b] = await twoTrees(true);
    const changes: ChangeDetail[] = [];
    b.addEventListener('samenspel-change', (e) => changes.push(e.detail));
    const data = new DataTransfer();
    item(a, 'logeren').dispatchEvent(new DragEvent('dragstart', { bubbles: true, composed: true, dataTransfer: data }));
    const over = new DragEvent('dragover', { bubbles: true, composed: true, cancelable: true, dataTransfer: data });
    item(b, 'weten').querySelector('.title')!.dispatchEvent(over);
    expect(over.defaultPrevented, 'the other tree does not take the drop').to.equal(false);
    item(b, 'weten')
      .querySelector('.title')!
      .dispatchEvent(new DragEvent('drop', { bubbles: true, composed: true, cancelable: true, dataTransfer: data }));
    await b.updateComplete;
    expect(changes).to.have.length(0);
    expect(item(b, 'logeren').getAttribute('aria-level')).to.equal('3');
    expect(b.goalTree!.goals.find((g) => g.id === 'logeren')!.parent).to.equal('ontlasten');

    // Within its own tree the same drag still works.
    const own = new DragEvent('dragover', { bubbles: true, composed: true, cancelable: true, dataTransfer: data });
    item(a, 'weten').querySelector('.title')!.dispatchEvent(own);
    expect(own.defaultPrevented).to.equal(true);
    await expect(a).to.be.accessible();
    await expect(b).to.be.accessible();
  });
});
