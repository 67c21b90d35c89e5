// A page with one tool loads the SDK's problem messages only when there is a problem to report.
// This file imports no SDK entry, so the messages start out unloaded, as on such a page.
import { expect, oneEvent } from '@open-wc/testing';
import '../../src/elements/goal-tree/goal-tree.js';
import type { GoalTreeElement } from '../../src/elements/goal-tree/goal-tree.component.js';
import type { SamenspelErrorEvent } from '../../src/events/events.js';
import { issue, withMessages } from '../../src/sdk/issues.js';
import { smallDataset } from '../sdk/goal-tree-fixtures.js';

describe('problem messages loaded when needed', () => {
  it('an issue made before the messages are loaded gets both its messages from withMessages', async () => {
    const made = issue('$.parties[0]', 'error', 'missing-party', 'missingParty', 'p9');
    expect(made.message).to.deep.equal({ nl: 'missing-party', en: 'missing-party' });
    const [written] = await withMessages([made]);
    expect(written.message.nl).to.equal('Verwijst naar partij ‘p9’, maar die bestaat niet.');
    expect(written.message.en).to.equal('Refers to party ‘p9’, which does not exist.');
  });

  it('<goal-tree> shows the problems in the data in words and sends them to the host with their messages', async () => {
    const data = smallDataset();
    const tree = data.goalTrees[0];
    const broken = {
      ...data,
      goalTrees: [{ ...tree, goals: tree.goals.map((g, i) => (i === 1 ? { ...g, partners: ['nobody'] } : g)) }],
    };
    const el = document.createElement('goal-tree') as GoalTreeElement;
    const reported = oneEvent(el, 'samenspel-error') as Promise<SamenspelErrorEvent>;
    el.data = broken;
    document.body.append(el);
    const { detail } = await reported;
    await el.updateComplete;
    expect(detail.during).to.equal('parse');
    expect(detail.issues[0].message.nl).to.equal('Verwijst naar partij ‘nobody’, maar die bestaat niet.');
    expect(detail.issues[0].message.en).to.equal('Refers to party ‘nobody’, which does not exist.');
    const status = el.shadowRoot!.querySelector('[part~="problems"]')!;
    expect(status.textContent).to.contain('Verwijst naar partij ‘nobody’, maar die bestaat niet.');
    expect(status.textContent).not.to.contain('missing-party');
    await expect(el).to.be.accessible();
    el.remove();
  });
});

describe('the list of problems in the data', () => {
  it('says a repeated problem once, naming the records it was found in, and counts the rest', async () => {
    // Ten parties without a name: the same two problems (no name, record dropped) for ten records.
    const data = smallDataset();
    const nameless = Array.from({ length: 10 }, (_, i) => ({ id: `x${i + 1}`, kind: 'persoon', field: 'informeel' }));
    const el = document.createElement('goal-tree') as GoalTreeElement;
    const reported = oneEvent(el, 'samenspel-error') as Promise<SamenspelErrorEvent>;
    el.data = { ...data, parties: [...data.parties, ...nameless] } as never;
    document.body.append(el);
    const { detail } = await reported;
    await el.updateComplete;
    expect(
      detail.issues.filter((i) => i.message.nl === 'Het veld ‘name’ ontbreekt.'),
      'the host gets every one',
    ).to.have.length(10);
    const items = [...el.shadowRoot!.querySelectorAll('[part~="problems"] li')].map((li) =>
      li.textContent!.replace(/\s+/g, ' ').trim(),
    );
    const places =
      'Partij 4 (‘x1’); Partij 5 (‘x2’); Partij 6 (‘x3’); Partij 7 (‘x4’); Partij 8 (‘x5’); Partij 9 (‘x6’); Partij 10 (‘x7’); Partij 11 (‘x8’) en 2 meer:';
    expect(items).to.deep.equal([
      `${places} Het veld ‘name’ ontbreekt.`,
      `${places} Dit record in ‘parties’ kon niet worden gelezen en is overgeslagen.`,
    ]);
    expect(el.shadowRoot!.querySelector('[part~="problems"] summary')!.textContent).to.equal(
      'Er zijn 20 problemen in de gegevens',
    );
    await expect(el).to.be.accessible();
    el.remove();
  });
});
