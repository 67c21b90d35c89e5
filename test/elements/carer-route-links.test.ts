import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/carer-route/carer-route.js';
import type { CarerRouteElement } from '../../src/elements/carer-route/carer-route.component.js';
import {
  createStore,
  emptyDataset,
  improvementToGoal,
  parseDataset,
  type Dataset,
  type Store,
} from '../../src/sdk/index.js';
import { pressChord } from '../helpers/keys.js';

const root = (el: CarerRouteElement) => el.shadowRoot!;
const active = (el: CarerRouteElement) => root(el).activeElement as HTMLElement | null;
const text = (node: Element) => (node.textContent ?? '').replace(/\s+/g, ' ').trim();

async function press(el: CarerRouteElement, chord: string): Promise<void> {
  await pressChord(chord);
  await el.updateComplete;
}

async function tabTo(el: CarerRouteElement, matches: (e: HTMLElement) => boolean, max = 60): Promise<void> {
  for (let i = 0; i < max; i++) {
    const at = active(el);
    if (at && matches(at)) return;
    await press(el, 'Tab');
  }
  throw new Error(`focus never reached the element; it is on ${active(el)?.outerHTML.slice(0, 120)}`);
}
const labelled = (label: string) => (e: HTMLElement) => e.localName === 'button' && text(e) === label;

const NOTE = 'Eén gespreksverslag voor iedereen';
function data(): Dataset {
  return {
    ...emptyDataset(),
    parties: [{ id: 'mzc', name: 'Steunpunt Mantelzorg', kind: 'organisatie', field: 'welzijn' }],
    routes: [
      {
        id: 'r',
        title: 'Respijtzorg',
        lanes: [{ id: 'l1', role: 'mantelzorgconsulent', party: 'mzc' }],
        current: [
          {
            id: 's1',
            lane: 'l1',
            what: 'Gesprek',
            annotations: [{ id: 'n1', kind: 'verbetering', text: NOTE, owner: 'mzc', due: '2027-01-15' }],
          },
        ],
        desired: [],
      },
    ],
  };
}

describe('<carer-route>: steps and remarks linked to the doelenboom', function () {
  this.timeout(120_000);

  it('makes a verbetering a concrete goal with one action by keyboard, in one undoable step, and shows the link', async () => {
    const store: Store = createStore(data());
    const el = await fixture<CarerRouteElement>(html`<carer-route editable lang="nl" .store=${store}></carer-route>`);
    await el.updateComplete;
    await tabTo(el, labelled('Wijzigen – stap 1'));
    await press(el, 'Enter');
    await tabTo(el, labelled(`Maak er een doel van – Verbetering: ${NOTE}`));
    await press(el, 'Enter');

    const [tree] = store.snapshot.goalTrees;
    const [main, sub, goal] = tree.goals;
    expect(main).to.deep.include({ title: 'Verbeteringen voor mantelzorgers' });
    expect(sub).to.deep.include({ parent: main.id, title: 'Route: Respijtzorg' });
    expect(goal).to.deep.include({ parent: sub.id, title: NOTE, partners: ['mzc'] });
    expect(goal.steps).to.have.length(1);
    expect(goal.steps[0]).to.deep.include({ title: NOTE, owner: 'mzc', due: '2027-01-15', status: 'open' });
    expect(store.snapshot.routes[0].current[0].annotations![0].goal).to.deep.equal({ tree: tree.id, goal: goal.id });
    const note = root(el).querySelector('li.annotation.verbetering')!;
    expect(text(note)).to.contain(`Doel in de doelenboom: ${NOTE}`);
    expect(text(root(el).querySelector('[role=status]')!)).to.contain('staat nu als concreet doel in de doelenboom');
    // Once linked, the button is gone; the whole edit is one step back.
    expect([...root(el).querySelectorAll('button')].some((b) => text(b).startsWith('Maak er een doel van'))).to.equal(
      false,
    );
    await expect(el).to.be.accessible();
    store.undo();
    await el.updateComplete;
    expect(store.snapshot.goalTrees).to.deep.equal([]);
    expect(store.snapshot.routes[0].current[0].annotations![0].goal).to.equal(undefined);
  });

  it('links a step to a goal of the doelenboom with the step form, and reads it out in the text view', async () => {
    const start = data();
    start.goalTrees = [
      {
        id: 't',
        title: 'Doelen',
        goals: [{ id: 'stip', title: 'Mantelzorgers houden het vol', partners: [], steps: [] }],
      },
    ];
    const store = createStore(start);
    const el = await fixture<CarerRouteElement>(html`<carer-route editable lang="nl" .store=${store}></carer-route>`);
    await el.updateComplete;
    await tabTo(el, labelled('Wijzigen – stap 1'));
    await press(el, 'Enter');
    await tabTo(el, (e) => e.getAttribute('name') === 'goal');
    await sendKeys({ press: 'ArrowDown' });
    await tabTo(el, labelled('Opslaan'));
    await press(el, 'Enter');
    expect(store.snapshot.routes[0].current[0].goal).to.deep.equal({ tree: 't', goal: 'stip' });
    expect(text(root(el).querySelector('li.step .goal-link')!)).to.equal(
      'Doel in de doelenboom: Mantelzorgers houden het vol',
    );
  });
});

describe('routes and the doelenboom: the SDK', () => {
  it('puts the goal in the first tree under one sub-goal per route, made once', () => {
    let d: Dataset = {
      ...data(),
      goalTrees: [{ id: 't', title: 'Doelen', goals: [{ id: 'stip', title: 'Stip', partners: [], steps: [] }] }],
    };
    let n = 0;
    const newId = (kind: string) => `${kind}-${++n}`;
    const words = { tree: 'Verbeteringen', subgoal: 'Route: Respijtzorg' };
    const first = improvementToGoal(d, d.routes[0], 'current', 's1', 'n1', words, newId)!;
    const store = createStore(d);
    expect(store.apply(first.changes).ok).to.equal(true);
    d = store.snapshot;
    expect(d.goalTrees[0].goals.map((g) => [g.title, g.parent])).to.deep.equal([
      ['Stip', undefined],
      ['Route: Respijtzorg', 'stip'],
      [NOTE, 'doel-1'],
    ]);
    // Already a goal: nothing to do.
    expect(improvementToGoal(d, d.routes[0], 'current', 's1', 'n1', words, newId)).to.equal(undefined);
  });

  it('reports a link to a goal that is not there when reading, and keeps the step and remark without it', () => {
    const doc = data();
    doc.routes[0].current[0] = { ...doc.routes[0].current[0], goal: { tree: 'weg', goal: 'x' } };
    doc.routes[0].current[0].annotations![0].goal = { tree: 'weg', goal: 'y' };
    const { dataset, issues } = parseDataset(JSON.stringify(doc));
    expect(issues.map((i) => [i.path, i.code, i.severity])).to.deep.equal([
      ['$.routes[0].current[0].goal', 'missing-ref', 'warning'],
      ['$.routes[0].current[0].annotations[0].goal', 'missing-ref', 'warning'],
    ]);
    expect(dataset.routes[0].current[0].goal).to.equal(undefined);
    expect(dataset.routes[0].current[0].annotations![0]).to.deep.equal({
      id: 'n1',
      kind: 'verbetering',
      text: NOTE,
      owner: 'mzc',
      due: '2027-01-15',
    });
  });
});
