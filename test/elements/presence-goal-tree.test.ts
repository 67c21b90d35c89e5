/**
 * Workshop: two participants and the facilitator edit one goal tree at once, each in their own
 * <goal-tree> with its own Yjs document and socket, against a real samenspel server
 * (test/live-server-plugin.mjs). All three end with the same tree, each sees the others' marks, and
 * each one's Ctrl+Z undoes only their own edit.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/elements/goal-tree/goal-tree.js';
import type { GoalTreeElement } from '../../src/elements/goal-tree/goal-tree.component.js';
import type { GoalTree } from '../../src/sdk/model.js';
import type { SamenspelSelectEvent } from '../../src/events/events.js';
import { pressOn, typeOn } from '../helpers/keys.js';

const server = (action: string, payload: Record<string, unknown> = {}) =>
  executeServerCommand<Record<string, string>, Record<string, unknown>>('samenspel-live-server', {
    action,
    ...payload,
  });
const until = (check: () => boolean, what: string) => waitUntil(check, what, { timeout: 15_000, interval: 50 });
const roomName = () => `doelen-${Math.random().toString(36).slice(2, 10)}`;

const goal = (id: string, title: string, parent?: string) => ({
  id,
  title,
  ...(parent ? { parent } : {}),
  partners: [],
  steps: [],
});
const TREE: GoalTree = {
  id: 't1',
  title: 'Samen voor Ans',
  goals: [
    goal('g0', 'Ans woont veilig thuis'),
    goal('g1', 'Henk houdt het vol', 'g0'),
    goal('g2', 'Ans komt buiten', 'g0'),
    goal('g3', 'Zorg is afgestemd', 'g0'),
  ],
};

const titles = (el: GoalTreeElement) => Object.fromEntries((el.goalTree?.goals ?? []).map((g) => [g.id, g.title]));
/** The names tagged on a goal, in the outline (text) and in the diagram. */
const marks = (el: GoalTreeElement, id: string, where: 'outline' | 'diagram') =>
  [...el.shadowRoot!.querySelectorAll(`.${where} li[data-id="${id}"] > .goal > [part="presence-mark"]`)].map((m) =>
    m.textContent!.replace(/\s+/g, ' ').trim(),
  );
const treeitem = (el: GoalTreeElement, id: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(`.outline [role=treeitem][data-id="${id}"]`)!;

async function joinTree(url: string, room: string, token: string, name: string, lang = 'nl', follow?: string) {
  const selections: SamenspelSelectEvent['detail'][] = [];
  const el =
    await fixture<GoalTreeElement>(html`<goal-tree editable lang=${lang} room=${room} server=${url} token=${token} user-name=${name}
    @samenspel-select=${(e: SamenspelSelectEvent) => selections.push(e.detail)}></goal-tree>`);
  if (follow) el.follow = follow;
  return { el, selections };
}

async function rename(el: GoalTreeElement, id: string, title: string) {
  treeitem(el, id).focus();
  await pressOn(el, 'F2');
  await pressOn(el, 'Control+KeyA');
  await typeOn(el, title);
  await pressOn(el, 'Enter');
}

describe('goal tree in a workshop room', function () {
  this.timeout(90_000);
  let url: string;
  before(async () => {
    ({ url } = await server('start'));
  });

  it("lets two participants and the facilitator edit at once: one tree, each other's marks, each one's own undo", async () => {
    const room = roomName();
    const { token } = await server('token', { room });
    const lead = await joinTree(url, room, token, 'Fatima (begeleider)');
    await until(() => lead.el.presence?.people.length === 1, 'the facilitator joined');
    lead.el.activeStore.apply({ op: 'put', collection: 'goalTrees', record: TREE });
    const anja = await joinTree(url, room, token, 'Anja');
    const bram = await joinTree(url, room, token, 'Bram');
    const all = [lead, anja, bram];
    await until(
      () => all.every((p) => p.el.goalTree?.goals.length === 4 && p.el.presence?.people.length === 3),
      'all three have the tree and see each other',
    );

    // The presence list: initials and names, "(jij)" for oneself.
    const list = anja.el.shadowRoot!.querySelector('[part="presence"]')!;
    const [self, ...others] = [...list.querySelectorAll('li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    expect(self).to.equal('A Anja (jij)');
    expect(others.sort()).to.deep.equal(['B Bram', 'F Fatima (begeleider)']);
    await expect(anja.el).to.be.accessible();

    // Each selects a goal: by mouse, by keyboard, by mouse; each tool says so in samenspel-select.
    treeitem(anja.el, 'g1').querySelector<HTMLElement>('.title')!.click();
    await anja.el.updateComplete;
    treeitem(bram.el, 'g0').focus();
    await pressOn(bram.el, 'ArrowDown');
    await pressOn(bram.el, 'ArrowDown');
    treeitem(lead.el, 'g3').querySelector<HTMLElement>('.title')!.click();
    await lead.el.updateComplete;
    expect(anja.selections.at(-1)).to.deep.equal({ kind: 'goal', id: 'g1' });
    expect(bram.selections.at(-1)).to.deep.equal({ kind: 'goal', id: 'g2' });
    expect(lead.selections.at(-1)).to.deep.equal({ kind: 'goal', id: 'g3' });

    await until(
      () =>
        marks(lead.el, 'g1', 'outline').join() === 'Ook hier: Anja' &&
        marks(lead.el, 'g2', 'outline').join() === 'Ook hier: Bram',
      'the facilitator sees both participants',
    );
    await until(
      () =>
        marks(anja.el, 'g2', 'diagram').join() === 'Ook hier: Bram' &&
        marks(anja.el, 'g3', 'diagram').join() === 'Ook hier: Fatima (begeleider)',
      'Anja sees the others in the diagram',
    );
    await until(
      () =>
        marks(bram.el, 'g1', 'outline').join() === 'Ook hier: Anja' &&
        marks(bram.el, 'g3', 'outline').join() === 'Ook hier: Fatima (begeleider)',
      'Bram sees the others',
    );
    // Nobody sees a mark on their own selection, and the name is in the treeitem's text for screen readers.
    expect(marks(anja.el, 'g1', 'outline')).to.deep.equal([]);
    expect(treeitem(lead.el, 'g1').textContent).to.contain('Anja');
    // A mark is a visible tag with a dashed outline on the goal in the diagram.
    const box = anja.el.shadowRoot!.querySelector('.diagram li[data-id="g2"] > .goal')!;
    expect(getComputedStyle(box).outlineStyle).to.equal('dashed');
    const tag = box.querySelector('[part="presence-mark"]')!.getBoundingClientRect();
    expect(tag.width).to.be.greaterThan(20);
    await expect(lead.el).to.be.accessible();

    // All three rename their own goal at the same time.
    await rename(anja.el, 'g1', 'Henk heeft elke week een vrije middag');
    await rename(bram.el, 'g2', 'Ans wandelt twee keer per week');
    await rename(lead.el, 'g3', 'Eén plan voor alle zorg');
    const renamed = {
      g0: 'Ans woont veilig thuis',
      g1: 'Henk heeft elke week een vrije middag',
      g2: 'Ans wandelt twee keer per week',
      g3: 'Eén plan voor alle zorg',
    };
    await until(
      () => all.every((p) => JSON.stringify(titles(p.el)) === JSON.stringify(renamed)),
      'all three end with the same tree',
    );
    expect(lead.el.goalTree).to.deep.equal(anja.el.goalTree);
    expect(bram.el.goalTree).to.deep.equal(anja.el.goalTree);

    // Ctrl+Z undoes only one's own edit, for everyone.
    treeitem(anja.el, 'g1').focus();
    await pressOn(anja.el, 'Control+KeyZ');
    const afterAnja = { ...renamed, g1: 'Henk houdt het vol' };
    await until(
      () => all.every((p) => JSON.stringify(titles(p.el)) === JSON.stringify(afterAnja)),
      "Anja's undo takes back only her rename",
    );
    treeitem(lead.el, 'g3').focus();
    await pressOn(lead.el, 'Control+KeyZ');
    const afterLead = { ...afterAnja, g3: 'Zorg is afgestemd' };
    await until(
      () => all.every((p) => JSON.stringify(titles(p.el)) === JSON.stringify(afterLead)),
      "the facilitator's undo takes back only hers",
    );
    treeitem(bram.el, 'g2').focus();
    await pressOn(bram.el, 'Control+KeyZ');
    await until(
      () =>
        all.every(
          (p) => JSON.stringify(titles(p.el)) === JSON.stringify(titles({ goalTree: TREE } as GoalTreeElement)),
        ),
      "Bram's undo takes back his",
    );
    // Nothing left of one's own to undo: a second Ctrl+Z changes nothing of the others'.
    await pressOn(bram.el, 'Control+KeyZ');
    expect(titles(bram.el)).to.deep.equal(titles({ goalTree: TREE } as GoalTreeElement));
  });

  it('tells whose goal was removed by someone else, and puts it back with one button', async () => {
    const room = roomName();
    const { token } = await server('token', { room });
    const lead = await joinTree(url, room, token, 'Fatima');
    await until(() => lead.el.presence?.people.length === 1, 'joined');
    lead.el.activeStore.apply({ op: 'put', collection: 'goalTrees', record: TREE });
    const anja = await joinTree(url, room, token, 'Anja', 'en');
    await until(() => anja.el.goalTree?.goals.length === 4, 'Anja has the tree');
    treeitem(anja.el, 'g2').querySelector<HTMLElement>('.title')!.click();
    await anja.el.updateComplete;
    await until(() => marks(lead.el, 'g2', 'outline').length === 1, 'the facilitator sees Anja on the goal');

    treeitem(lead.el, 'g2').focus();
    await pressOn(lead.el, 'Delete');
    await until(() => !!anja.el.shadowRoot!.querySelector('[part="removed-notice"]'), 'Anja is told');
    const notice = anja.el.shadowRoot!.querySelector('[part="removed-notice"]')!;
    expect(notice.textContent).to.contain('Someone else removed ‘Ans komt buiten’. You were working on it.');
    await until(
      () =>
        anja.el
          .shadowRoot!.querySelector('.visually-hidden[role=status]:not(.live)')!
          .textContent!.includes('Someone else removed'),
      'and it is announced',
    );
    await expect(anja.el).to.be.accessible();

    // Her Ctrl+Z would not bring it back (it was not her edit); the button does, for everyone.
    [...notice.querySelectorAll('button')].find((b) => b.textContent === 'Put it back')!.click();
    await until(
      () =>
        [lead, anja].every(
          (p) => JSON.stringify(titles(p.el)) === JSON.stringify(titles({ goalTree: TREE } as GoalTreeElement)),
        ),
      'the goal is back everywhere',
    );
    expect(anja.el.shadowRoot!.querySelector('[part="removed-notice"]')).to.equal(null);
  });

  it("follows the facilitator's goal on a participant's screen, in English too, until switched off", async () => {
    const room = roomName();
    const { token } = await server('token', { room });
    const lead = await joinTree(url, room, token, 'Fatima');
    await until(() => lead.el.presence?.people.length === 1, 'joined');
    lead.el.activeStore.apply({ op: 'put', collection: 'goalTrees', record: TREE });
    const anja = await joinTree(url, room, token, 'Anja', 'en', 'Fatima');
    await until(
      () => anja.el.goalTree?.goals.length === 4 && anja.el.presence?.people.length === 2,
      'Anja has the tree',
    );
    const list = anja.el.shadowRoot!.querySelector('[part="presence"]')!;
    expect(list.getAttribute('aria-label')).to.equal('Who is in the room');
    expect(list.querySelector('li')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('A Anja (you)');

    treeitem(lead.el, 'g2').querySelector<HTMLElement>('.title')!.click();
    await lead.el.updateComplete;
    await until(() => anja.el.selected === 'g2', "Anja's tree follows");
    // Following never takes the focus away from the facilitator's page.
    expect(lead.el.shadowRoot!.activeElement?.getAttribute('data-id')).to.equal('g2');
    const toggle = anja.el.shadowRoot!.querySelector<HTMLInputElement>('[part="follow"] input')!;
    expect(anja.el.shadowRoot!.querySelector('[part="follow"]')!.textContent!.trim()).to.equal('Follow Fatima');
    await expect(anja.el).to.be.accessible();
    toggle.click();
    await anja.el.updateComplete;
    treeitem(lead.el, 'g3').querySelector<HTMLElement>('.title')!.click();
    await until(() => marks(anja.el, 'g3', 'outline').join() === 'Also here: Fatima', 'the mark moves');
    expect(anja.el.selected).to.equal('g2');
  });
});
