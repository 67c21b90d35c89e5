import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/elements/who-is-who/who-is-who.js';
import type { WhoIsWhoElement } from '../../src/elements/who-is-who/who-is-who.component.js';
import { emptyDataset, type Dataset } from '../../src/sdk/model.js';
import { nl } from '../../src/translations/who-is-who.nl.js';
import { en } from '../../src/translations/who-is-who.en.js';

const TALL = '--samenspel-who-is-who-list-block-size: 2000px';
const root = (el: WhoIsWhoElement) => el.shadowRoot!;
const options = (el: WhoIsWhoElement) => [...root(el).querySelectorAll<HTMLElement>('[role="option"]')];
const detailText = (el: WhoIsWhoElement) => root(el).querySelector('.detail')!.textContent!.replace(/\s+/g, ' ').trim();

function wijk(): Dataset {
  const d = emptyDataset('Wijk');
  d.parties.push(
    { id: 'wijkteam', name: 'Wijkteam Noord', kind: 'team', field: 'welzijn' },
    { id: 'jozef', name: 'Parochie Sint-Jozef', kind: 'initiatief', field: 'informeel' },
    { id: 'huisarts', name: 'Huisartsenpraktijk Centrum', kind: 'organisatie', field: 'medisch' },
    {
      id: 'lang',
      name: 'Stichting Vrijwillige Thuishulp en Mantelzorgondersteuning Westelijke Mijnstreek',
      kind: 'organisatie',
      field: 'welzijn',
    },
  );
  d.relations.push(
    {
      id: 'r1',
      source: 'wijkteam',
      target: 'jozef',
      kind: 'werkt-samen',
      strength: 'moeizaam',
      note: 'Overleg loopt stroef sinds de verhuizing.\nTweede regel.',
    },
    { id: 'r2', source: 'wijkteam', target: 'huisarts', kind: 'verwijst', strength: 'sterk' },
    { id: 'r3', source: 'wijkteam', target: 'lang', kind: 'werkt-samen' },
  );
  return d;
}

describe('<who-is-who> details', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('shows the strength and the note of each relation', async () => {
    const el = await fixture<WhoIsWhoElement>(
      html`<who-is-who style=${TALL} .data=${wijk()} selected="wijkteam"></who-is-who>`,
    );
    const items = [...root(el).querySelectorAll('.partners li')].map((li) =>
      li.textContent!.replace(/\s+/g, ' ').trim(),
    );
    expect(items).to.deep.equal([
      'Huisartsenpraktijk Centrum (verwijst naar, sterk)',
      'Parochie Sint-Jozef (moeizaam) Overleg loopt stroef sinds de verhuizing. Tweede regel.',
      'Stichting Vrijwillige Thuishulp en Mantelzorgondersteuning Westelijke Mijnstreek',
    ]);
    // The note keeps its line breaks.
    expect(getComputedStyle(root(el).querySelector('.relation-note')!).whiteSpace).to.equal('pre-line');
    await expect(el).to.be.accessible();
    // English is loaded on first use: it shows once it is there.
    el.lang = 'en';
    await waitUntil(
      () =>
        root(el).querySelector('.partners li')!.textContent!.replace(/\s+/g, ' ').trim() ===
        'Huisartsenpraktijk Centrum (refers to, strong)',
      'the relation in English',
    );
  });

  it('says so when the party a "werkt samen met" link leads to is left out by the filter, and can show it', async () => {
    const el = await fixture<WhoIsWhoElement>(
      html`<who-is-who style=${TALL} .data=${wijk()} selected="wijkteam"></who-is-who>`,
    );
    root(el).querySelector<HTMLSelectElement>('.filters select')!.value = 'welzijn';
    root(el).querySelector<HTMLSelectElement>('.filters select')!.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(options(el).map((o) => o.textContent!.trim().split('\n')[0])).to.have.length(2);
    expect(root(el).querySelector('.filtered-out')).to.equal(null);
    const link = [...root(el).querySelectorAll<HTMLButtonElement>('.partners button.link')].find(
      (b) => b.textContent === 'Parochie Sint-Jozef',
    )!;
    link.click();
    await el.updateComplete;
    expect(el.selected).to.equal('jozef');
    expect(detailText(el)).to.contain('Deze partij staat niet in de lijst: je zoekwoorden of filters laten haar weg.');
    await expect(el).to.be.accessible();
    root(el).querySelector<HTMLButtonElement>('.filtered-out button')!.click();
    await el.updateComplete;
    expect(root(el).querySelector('.filtered-out')).to.equal(null);
    expect(options(el)).to.have.length(4);
    expect(options(el).find((o) => o.getAttribute('aria-selected') === 'true')!.textContent).to.contain(
      'Parochie Sint-Jozef',
    );
  });

  it('puts the party name at heading-level and its sections one lower, within 1–6', async () => {
    const el = await fixture<WhoIsWhoElement>(
      html`<who-is-who style=${TALL} .data=${wijk()} selected="wijkteam" heading-level="4"></who-is-who>`,
    );
    expect(root(el).querySelector('#detail-title')!.localName).to.equal('h4');
    expect(root(el).querySelector('.detail .sub')!.localName).to.equal('h5');
    el.headingLevel = 9;
    await el.updateComplete;
    expect(root(el).querySelector('#detail-title')!.localName).to.equal('h6');
    expect(root(el).querySelector('.detail .sub')!.localName).to.equal('h6');
  });

  it('ends a name that does not fit at 320 px with an ellipsis, and keeps the whole name for screen readers', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await fixture<WhoIsWhoElement>(html`<who-is-who style=${TALL} .data=${wijk()}></who-is-who>`);
    await waitUntil(() => options(el).length === 4);
    const name = options(el)
      .find((o) => o.textContent!.includes('Stichting'))!
      .querySelector<HTMLElement>('.option-name > span')!;
    expect(name.scrollWidth).to.be.greaterThan(name.clientWidth);
    const style = getComputedStyle(name);
    expect(style.textOverflow).to.equal('ellipsis');
    expect(style.overflow).to.equal('hidden');
    // Nothing of the element sticks out sideways (WCAG 1.4.10).
    expect(el.getBoundingClientRect().right).to.be.at.most(320);
    expect(name.textContent).to.equal(
      'Stichting Vrijwillige Thuishulp en Mantelzorgondersteuning Westelijke Mijnstreek',
    );
    await expect(el).to.be.accessible();
  });

  it('speaks B1: no "verbinders", and the insight explains itself next to its name', async () => {
    const texts = (value: unknown): string[] =>
      typeof value === 'string'
        ? [value]
        : value && typeof value === 'object'
          ? Object.values(value).flatMap(texts)
          : [];
    expect(texts([nl, en]).filter((t) => /verbinder|connector|broker/i.test(t))).to.deep.equal([]);
    const el = await fixture<WhoIsWhoElement>(html`<who-is-who .data=${wijk()}></who-is-who>`);
    const insights = root(el).querySelector<HTMLDetailsElement>('details.insights')!;
    insights.open = true;
    insights.dispatchEvent(new Event('toggle'));
    await el.updateComplete;
    const text = insights.textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain('Bruggen tussen groepen');
    expect(text).to.contain('Partijen die groepen met elkaar in contact brengen.');
    expect(text).to.contain('Het percentage zegt hoe vaak de kortste weg tussen twee partijen via hen loopt.');
    await expect(el).to.be.accessible();
  });
});
