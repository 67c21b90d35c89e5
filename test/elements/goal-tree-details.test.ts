import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/goal-tree/goal-tree.js';
import type { GoalTreeElement } from '../../src/elements/goal-tree/goal-tree.component.js';
import { createStore, type Store } from '../../src/sdk/store.js';
import type { Dataset } from '../../src/sdk/model.js';
import { smallDataset } from '../sdk/goal-tree-fixtures.js';
import { pressOn as press, typeOn as type } from '../helpers/keys.js';

const root = (el: GoalTreeElement) => el.shadowRoot!;
const item = (el: GoalTreeElement, id: string) =>
  root(el).querySelector<HTMLElement>(`.outline [role="treeitem"][data-id="${id}"]`)!;
const focused = (el: GoalTreeElement) => root(el).activeElement as HTMLElement | null;
const announced = (el: GoalTreeElement) => root(el).querySelector('.base > [role="status"]:not(.status)')!.textContent;
const button = (el: GoalTreeElement, label: string) =>
  [...root(el).querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent!.trim() === label)!;
/** The text of the label that shows for a control (its own `<label>` or the one that wraps it). */
const visibleLabel = (control: HTMLElement) => {
  const label = (control as HTMLInputElement).labels?.[0];
  expect(label, `a <label> for ${control.outerHTML.slice(0, 60)}`).to.be.instanceOf(HTMLLabelElement);
  const box = label!.getBoundingClientRect();
  expect(box.width * box.height, 'the label is on screen').to.be.greaterThan(0);
  expect(label!.closest('.visually-hidden')).to.equal(null);
  return label!.textContent!.replace(/\s+/g, ' ').trim();
};

function withHuisarts(): Dataset {
  const data = smallDataset();
  data.parties.push({ id: 'huisarts', name: 'Huisartsenpraktijk Centrum', kind: 'organisatie', field: 'medisch' });
  return data;
}

async function details(store: Store, goal = 'logeren'): Promise<GoalTreeElement> {
  const el = await fixture<GoalTreeElement>(html`<goal-tree editable .store=${store}></goal-tree>`);
  await el.updateComplete;
  item(el, goal).focus();
  await press(el, 'Enter');
  await waitUntil(() => root(el).querySelector('#gt-details-h'), 'details did not open', { timeout: 5000 });
  await el.updateComplete;
  return el;
}

const partners = (store: Store, goal = 'logeren') =>
  store.get('goalTrees', 'boom')!.goals.find((g) => g.id === goal)!.partners;

describe('<goal-tree> focus after an edit', () => {
  it('puts the focus on the invitation after Delete on the main goal, where Ctrl+Z brings the tree back', async () => {
    const el = await fixture<GoalTreeElement>(html`<goal-tree editable .data=${smallDataset()}></goal-tree>`);
    await el.updateComplete;
    item(el, 'stip').focus();
    await press(el, 'Delete');
    expect(announced(el)).to.contain('Ongedaan maken: Ctrl+Z');
    expect(focused(el)?.id).to.equal('stip');
    await expect(el).to.be.accessible();

    await press(el, 'Control+z');
    expect(root(el).querySelectorAll('.outline [role="treeitem"]')).to.have.length(6);
    expect(focused(el)?.getAttribute('data-id')).to.equal('stip');
    expect(announced(el)).to.equal('Ongedaan gemaakt.');
  });

  it('moves the focus into the indicator after ‘Indicator toevoegen’, and back to that button after removing it', async () => {
    const el = await details(createStore(smallDataset()));
    button(el, 'Indicator toevoegen').focus();
    await press(el, 'Enter');
    expect(focused(el)?.id).to.equal('gt-indicator-description');
    await expect(el).to.be.accessible();
    button(el, 'Indicator weghalen').focus();
    await press(el, 'Enter');
    expect(focused(el)?.textContent?.trim()).to.equal('Indicator toevoegen');
  });

  it('keeps the focus in the panel when a partner or a step is removed', async () => {
    const el = await details(createStore(smallDataset()), 'sociale-kaart');
    root(el).querySelector<HTMLButtonElement>('button[aria-label="Bibliotheek weghalen"]')!.focus();
    await press(el, 'Enter');
    expect(focused(el)?.id).to.equal('gt-partner');
    root(el).querySelector<HTMLButtonElement>('button[aria-label="Stap ‘Lijst nalopen’ weghalen"]')!.focus();
    await press(el, 'Enter');
    expect(focused(el)?.id).to.equal('gt-new-step');
  });
});

describe('<goal-tree> partner field (combobox)', () => {
  it('chooses an existing party from part of its name with Enter, instead of making a new one', async () => {
    const store = createStore(withHuisarts());
    const el = await details(store);
    const field = root(el).querySelector<HTMLInputElement>('#gt-partner')!;
    expect(field.getAttribute('role')).to.equal('combobox');
    expect(visibleLabel(field)).to.equal('Partij zoeken of nieuwe partij');
    field.focus();
    await type(el, 'Huisarts');
    expect(field.getAttribute('aria-expanded')).to.equal('true');
    const options = [...root(el).querySelectorAll('#gt-partner-list [role="option"]')].map((o) =>
      o.textContent!.trim(),
    );
    expect(options).to.deep.equal(['Huisartsenpraktijk Centrum', 'Nieuwe partij ‘Huisarts’ toevoegen']);
    await expect(el).to.be.accessible();

    await press(el, 'Enter');
    // Enter on a partial name picks nothing yet: the first match becomes the active option.
    expect(partners(store)).to.deep.equal([]);
    const active = root(el).querySelector(`#${field.getAttribute('aria-activedescendant')}`)!;
    expect(active.textContent!.trim()).to.equal('Huisartsenpraktijk Centrum');
    expect(active.getAttribute('aria-selected')).to.equal('true');
    await press(el, 'Enter');

    expect(partners(store)).to.deep.equal(['huisarts']);
    expect(store.snapshot.parties).to.have.length(4);
    expect(field.value).to.equal('');
    expect(field.getAttribute('aria-expanded')).to.equal('false');
    expect(announced(el)).to.equal('‘Huisartsenpraktijk Centrum’ werkt nu mee aan dit doel.');
  });

  it('moves through the matches with the arrow keys and adds a new party only through its own option', async () => {
    const store = createStore(withHuisarts());
    const el = await details(store);
    const field = root(el).querySelector<HTMLInputElement>('#gt-partner')!;
    field.focus();
    await type(el, 'Zorgboerderij');
    await press(el, 'ArrowDown');
    const active = () =>
      root(el)
        .querySelector(`#${field.getAttribute('aria-activedescendant')}`)
        ?.textContent?.trim();
    expect(active()).to.equal('Nieuwe partij ‘Zorgboerderij’ toevoegen');
    await press(el, 'Escape');
    expect(field.getAttribute('aria-expanded')).to.equal('false');
    expect(field.value).to.equal('Zorgboerderij');
    await press(el, 'ArrowDown');
    await press(el, 'Enter');
    expect(store.snapshot.parties.map((p) => p.name)).to.include('Zorgboerderij');
    expect(partners(store)).to.have.length(1);

    // Without typing, ArrowDown lists the parties not yet linked; ArrowUp goes round to the last.
    await press(el, 'ArrowDown');
    expect(active()).to.equal('Gemeente Zuid');
    await press(el, 'ArrowUp');
    expect(active()).to.equal('Huisartsenpraktijk Centrum');
    await press(el, 'Enter');
    expect(partners(store)).to.deep.equal([partners(store)[0], 'huisarts']);
  });

  it('chooses by clicking an option, and links a party typed in full without asking', async () => {
    const store = createStore(withHuisarts());
    const el = await details(store);
    const field = root(el).querySelector<HTMLInputElement>('#gt-partner')!;
    field.focus();
    await type(el, 'steun');
    root(el).querySelector<HTMLElement>('#gt-partner-list [role="option"]')!.click();
    await el.updateComplete;
    expect(partners(store)).to.deep.equal(['steunpunt']);
    await type(el, 'bibliotheek');
    await press(el, 'Enter');
    expect(partners(store)).to.deep.equal(['steunpunt', 'bieb']);
    expect(store.snapshot.parties).to.have.length(4);
  });
});

describe('<goal-tree> details: labels and announcements', () => {
  it('announces a new step and a new reading, and every step and reading field has a visible label', async () => {
    const el = await details(createStore(smallDataset()), 'sociale-kaart');
    const newStep = root(el).querySelector<HTMLInputElement>('#gt-new-step')!;
    expect(visibleLabel(newStep)).to.equal('Nieuwe stap');
    newStep.focus();
    await type(el, 'Folder maken');
    await press(el, 'Enter');
    expect(announced(el)).to.equal('Stap ‘Folder maken’ is toegevoegd.');
    expect(newStep.value).to.equal('');
    const stepTitles = [...root(el).querySelectorAll<HTMLInputElement>('.steps li input:not([type="date"])')];
    expect(stepTitles.map(visibleLabel)).to.deep.equal(['Stap 1', 'Stap 2', 'Stap 3']);
    expect(visibleLabel(root(el).querySelector<HTMLSelectElement>('.steps li select')!)).to.contain('Wie');

    const [date, value] = root(el).querySelectorAll<HTMLInputElement>('fieldset input');
    expect(visibleLabel(date)).to.equal('Datum');
    expect(visibleLabel(value)).to.equal('Gemeten getal');
    date.value = '2026-11-01';
    value.value = '97';
    button(el, 'Meting toevoegen').click();
    await el.updateComplete;
    expect(announced(el)).to.equal('Meting van 1 november 2026 is toegevoegd.');
    await expect(el).to.be.accessible();
  });

  it('explains the goal of an indicator in plain words next to the field', async () => {
    const el = await details(createStore(smallDataset()), 'sociale-kaart');
    const labels = [...root(el).querySelectorAll('.fields label')].map((l) =>
      l.textContent!.replace(/\s+/g, ' ').trim(),
    );
    expect(labels).to.include('Doel in cijfers (het getal dat jullie willen halen)');
    expect(root(el).querySelector('.panel')!.textContent!.toLowerCase()).not.to.contain('streef');
  });
});

describe('<goal-tree heading-level>', () => {
  const levels = (el: GoalTreeElement) =>
    [...root(el).querySelectorAll('.panel :is(h1, h2, h3, h4, h5, h6)')].map((h) => h.localName);

  it('puts the details and insights panels at the level asked for, their sections one below', async () => {
    const store = createStore(smallDataset());
    const el = await details(store, 'logeren');
    expect(levels(el)[0], 'by default the panel heads at h2').to.equal('h2');
    el.headingLevel = 3;
    await el.updateComplete;
    expect(root(el).querySelector('#gt-details-h')!.localName).to.equal('h3');
    expect(new Set(levels(el).slice(1))).to.deep.equal(new Set(['h4']));

    button(el, 'Inzichten').click();
    await waitUntil(() => root(el).querySelector('#gt-insights-h'), 'insights did not open');
    expect(root(el).querySelector('#gt-insights-h')!.localName).to.equal('h3');
    expect(new Set(levels(el).slice(1))).to.deep.equal(new Set(['h4']));
    await expect(el).to.be.accessible();
  });
});
