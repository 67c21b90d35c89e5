import { expect, fixture, html, waitUntil, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/who-is-who/who-is-who.js';
import type { WhoIsWhoElement } from '../../src/elements/who-is-who/who-is-who.component.js';
import { emptyDataset, type Dataset } from '../../src/sdk/model.js';

const TALL = '--samenspel-who-is-who-list-block-size: 2000px';

const options = (el: WhoIsWhoElement) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role="option"]')];
const names = (el: WhoIsWhoElement) => options(el).map((o) => o.querySelector('.option-name')!.textContent!.trim());
const count = (el: WhoIsWhoElement) => el.shadowRoot!.querySelector('.count')!.textContent!.trim();
const loaded = (el: WhoIsWhoElement) =>
  waitUntil(() => options(el).length > 0, 'list did not appear', { timeout: 5000 });

function small(): Dataset {
  const d = emptyDataset('Wijk');
  d.parties.push(
    {
      id: 'jozef',
      name: 'Parochie Sint-Jozef',
      kind: 'initiatief',
      field: 'informeel',
      areas: ['Zuid'],
      description: 'Bezoekgroep',
    },
    {
      id: 'wijkteam',
      name: 'Wijkteam',
      kind: 'team',
      field: 'welzijn',
      areas: ['Noord', 'Zuid'],
      description: 'Eén loket',
      contact: { website: 'https://example.nl', phone: '046 123', email: 'a@example.nl' },
      lastVerified: '2020-01-01',
    },
    { id: 'huisarts', name: 'Huisarts Café', kind: 'organisatie', field: 'medisch', areas: ['Centrum'] },
  );
  d.relations.push({ id: 'r1', source: 'wijkteam', target: 'jozef', kind: 'werkt-samen' });
  return d;
}

describe('<who-is-who>', () => {
  it('lists all 12 parties of a Dutch Excel CSV, with no console errors and no axe violations', async () => {
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    const onError = (e: ErrorEvent) => errors.push(e.message);
    window.addEventListener('error', onError);
    try {
      const el = await fixture<WhoIsWhoElement>(
        html`<who-is-who style=${TALL} src="/test/fixtures/wijk.csv"></who-is-who>`,
      );
      await loaded(el);
      await el.updateComplete;
      expect(options(el)).to.have.length(12);
      expect(names(el)).to.include('Parochie Sint-Jozef');
      expect(count(el)).to.equal('12 partijen');
      await expect(el).to.be.accessible();
    } finally {
      console.error = original;
      window.removeEventListener('error', onError);
    }
    expect(errors).to.deep.equal([]);
  });

  it('finds "Sint-Jozef" when searching for "jozef", ignoring case and accents, and announces the count', async () => {
    const el = await fixture<WhoIsWhoElement>(html`<who-is-who style=${TALL} .data=${small()}></who-is-who>`);
    el.query = 'JOZEF';
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['Parochie Sint-Jozef']);
    expect(count(el)).to.equal('1 van 3 partijen gevonden');
    expect(el.shadowRoot!.querySelector('.count')!.getAttribute('role')).to.equal('status');
    el.query = 'cafe';
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['Huisarts Café']);
  });

  it('shows the empty state accessibly', async () => {
    const el = await fixture<WhoIsWhoElement>(html`<who-is-who></who-is-who>`);
    expect(el.shadowRoot!.textContent).to.contain('Er staat nog niemand op de sociale kaart.');
    await expect(el).to.be.accessible();
  });

  it('selects a party with the keyboard, shows its details with safe links, and fires samenspel-select', async () => {
    const el = await fixture<WhoIsWhoElement>(html`<who-is-who style=${TALL} .data=${small()}></who-is-who>`);
    const list = el.shadowRoot!.querySelector<HTMLElement>('[role="listbox"]')!;
    list.focus();
    await sendKeys({ press: 'ArrowDown' });
    const event = oneEvent(el, 'samenspel-select');
    await sendKeys({ press: 'Enter' });
    const { detail } = await event;
    expect(detail).to.deep.equal({ kind: 'party', id: 'wijkteam' });
    await el.updateComplete;
    const detailPanel = el.shadowRoot!.querySelector('.detail')!;
    expect(detailPanel.querySelector('#detail-title')!.textContent).to.contain('Wijkteam');
    // A real heading at the element's heading level (2 by default), its sections one below.
    expect(detailPanel.querySelector('#detail-title')!.localName).to.equal('h2');
    expect(detailPanel.querySelector('.h.sub')!.localName).to.equal('h3');
    expect(detailPanel.textContent).to.contain('meer dan een jaar niet gecontroleerd');
    const hrefs = [...detailPanel.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs).to.deep.equal(['tel:046123', 'mailto:a@example.nl', 'https://example.nl']);
    expect(options(el)[1].getAttribute('aria-selected')).to.equal('true');
    await expect(el).to.be.accessible();
    // "werkt samen met" selects the partner
    detailPanel.querySelector<HTMLButtonElement>('.partners button')!.click();
    await el.updateComplete;
    expect(el.selected).to.equal('jozef');
  });

  it('speaks English with lang="en"', async () => {
    const el = await fixture<WhoIsWhoElement>(html`<who-is-who lang="en" style=${TALL} .data=${small()}></who-is-who>`);
    expect(count(el)).to.equal('3 parties');
    expect(el.shadowRoot!.textContent).to.contain('Choose a party');
    await expect(el).to.be.accessible();
  });
});
