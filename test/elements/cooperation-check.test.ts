import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/cooperation-check/cooperation-check.js';
import type { CooperationCheckElement } from '../../src/elements/cooperation-check/cooperation-check.component.js';
import { createStore } from '../../src/sdk/store.js';
import { sampleDataset } from '../../src/sdk/sample.js';
import { generateDataset } from '../../src/sdk/generate.js';
import type { SamenspelChangeEvent, SamenspelSubmitEvent } from '../../src/events/events.js';
import {
  check,
  dataset,
  round0Responses,
  round1Responses,
  round2Responses,
} from '../sdk/cooperation-check-fixtures.js';

const text = (el: Element) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');
const $ = <T extends Element = HTMLElement>(el: Element, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector)!;
const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<T>(selector),
];
/** The cells of the results table, row by row. */
const table = (el: Element) =>
  $$(el, 'table[part=table] tbody tr').map((tr) =>
    [...tr.children].map((c) => c.textContent!.replace(/\s+/g, ' ').trim()),
  );

function focused(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}
/** Presses Tab until the focused element matches; keyboard only. */
async function tabTo(match: (el: Element) => boolean, limit = 40): Promise<void> {
  for (let i = 0; i < limit; i++) {
    const f = focused();
    if (f && f !== document.body && match(f)) return;
    await sendKeys({ press: 'Tab' });
  }
  throw new Error('focus never reached the element');
}
const button = (label: string) => (e: Element) => e.tagName === 'BUTTON' && e.textContent!.trim() === label;
const radio = (name: string) => (e: Element) => e instanceof HTMLInputElement && e.type === 'radio' && e.name === name;

async function results(data: unknown, attrs: Partial<CooperationCheckElement> = {}) {
  const el = await fixture<CooperationCheckElement>(
    html`<cooperation-check mode="results" .data=${data}></cooperation-check>`,
  );
  Object.assign(el, attrs);
  await el.updateComplete;
  return el;
}

describe('<cooperation-check mode="results">', () => {
  it('shows the sample dataset: per aspect mean, spread, n and band in words', async () => {
    const el = await results(sampleDataset());
    const rows = table(el);
    expect(rows.map((r) => r[0])).to.deep.equal([
      'Ambitie',
      'Belangen',
      'Relatie',
      'Organisatie',
      'Proces',
      'Samenwerken met de mantelzorger',
    ]);
    for (const [, mean, band, spread, n] of rows) {
      expect(mean).to.match(/^[1-5],\d$/);
      expect(spread).to.match(/^\d,\d \(van \d,\d tot \d,\d\)$/);
      expect(Number(n)).to.be.greaterThan(2);
      expect(['Sterk', 'Aandacht nodig', 'Zorg']).to.include(band);
    }
    expect($(el, 'figure svg').getAttribute('role')).to.equal('img');
    expect($(el, 'figcaption').textContent).to.contain(`Ambitie ${rows[0][1]}`);
    await expect(el).to.be.accessible();
  });

  it('prints the results as a report: every statement opened, on the paper the browser offers', async () => {
    const el = await results(sampleDataset());
    expect(
      $$<HTMLDetailsElement>(el, 'details').some((d) => !d.open),
      'folded before',
    ).to.equal(true);
    const realPrint = window.print;
    let page: string | undefined;
    window.print = () =>
      void (page = [...document.adoptedStyleSheets].flatMap((s) => [...s.cssRules].map((r) => r.cssText)).join(' '));
    try {
      $$(el, '.export button')
        .find((b) => b.textContent!.trim() === 'Afdrukken')!
        .click();
      await waitUntil(() => page !== undefined, 'the page printed');
    } finally {
      window.print = realPrint;
    }
    expect(
      $$<HTMLDetailsElement>(el, 'details').every((d) => d.open),
      'every statement opened',
    ).to.equal(true);
    expect(page).not.to.contain('landscape');
    window.dispatchEvent(new Event('afterprint'));
  });

  it('reads thousands of responses over several tasks, saying meanwhile that it loads, then shows them all', async () => {
    const el = document.createElement('cooperation-check') as CooperationCheckElement;
    el.mode = 'results';
    el.data = generateDataset({ parties: 0, relations: 0, responses: 2000, rounds: 1, seed: 7 });
    document.body.append(el);
    try {
      // A message posted now is handled right after the task that mounted the element, before the reading ends.
      await new Promise((resolve) => {
        const probe = new MessageChannel();
        probe.port1.onmessage = resolve;
        probe.port2.postMessage(null);
      });
      expect(el.shadowRoot!.querySelector('[part~="status"]')?.textContent?.trim()).to.equal(
        'Gegevens worden geladen…',
      );
      expect($$(el, 'table[part=table] tbody tr')).to.have.length(0);
      await el.updateComplete;
      const rows = table(el);
      expect(rows.length).to.be.above(4);
      expect(
        rows.reduce((most, r) => Math.max(most, Number(r[4])), 0),
        'n counts every response',
      ).to.be.above(1000);
      await expect(el).to.be.accessible();
    } finally {
      el.remove();
    }
  });

  it('says so when there is no check, and when a round has no responses', async () => {
    const none = await results(dataset(null));
    expect(text(none)).to.contain('Er is nog geen samenwerkingscheck');
    await expect(none).to.be.accessible();
    const empty = await results(dataset(check([], ['r1'])));
    expect(text(empty)).to.contain('Er zijn nog geen antwoorden in deze ronde');
    expect($$(empty, 'table')).to.have.length(0);
    await expect(empty).to.be.accessible();
  });

  it('one round: hand-computed numbers, no change column, and no role group below 3', async () => {
    const el = await results(dataset(check(round1Responses, ['r1'])));
    expect(table(el)).to.deep.equal([
      ['Ambitie', '3,5', 'Aandacht nodig', '1,2 (van 1,5 tot 5,0)', '5'],
      ['Relatie', '2,5', 'Zorg', '0,9 (van 1,5 tot 4,0)', '5'],
    ]);
    // gemeente's 4,3 on Ambitie would give away the two people outside it.
    expect(text(el)).to.contain('Er zijn per rol te weinig deelnemers');
    expect(text(el)).to.contain('Rollen met minder dan 3 deelnemers tonen we niet apart');
    expect(text(el)).not.to.contain('4,3');
    expect(text(el)).to.contain('Ambitie: de antwoorden lopen ver uiteen (verschil 1,2; 0 is iedereen eens)');
    // Read-only: the individual answers are not offered, the aggregated results are.
    expect(text(el)).not.to.contain('Antwoorden downloaden (CSV)');
    expect(text(el)).to.contain('Uitslag downloaden (JSON)');
    await expect(el).to.be.accessible();
  });

  it('shows role groups of 3 or more, with the gap between them flagged', async () => {
    const el = await results(dataset(check(round2Responses, ['r2'])));
    const roleTable = $$(el, 'table')[1];
    expect([...roleTable.querySelectorAll('thead th')].map((th) => th.textContent)).to.deep.equal([
      'Onderdeel',
      'Gemeente',
      'Mantelzorger',
    ]);
    expect(roleTable.textContent).to.contain('4,5 (3)');
    expect(roleTable.textContent).to.contain('1,8 (3)');
    expect(text(el)).to.contain('Relatie: Gemeente (4,5) en Mantelzorger (1,8) denken er verschillend over.');
    await expect(el).to.be.accessible();
  });

  it('several rounds: change since the last round with results, over time, and a round too small to show', async () => {
    const el = await results(dataset(check([...round0Responses, ...round1Responses, ...round2Responses])));
    expect($$(el, 'select option').map((o) => o.textContent)).to.deep.equal([
      'Start (1 november 2025)',
      'Winter (10 januari 2026)',
      'Voorjaar (1 maart 2026)',
    ]);
    expect(table(el)).to.deep.equal([
      ['Ambitie', '–', '–', '–', '0', '–'],
      ['Relatie', '3,2', 'Aandacht nodig', '1,4 (van 1,0 tot 5,0)', '6', '+0,7'],
    ]);
    expect(text(el)).to.contain('Door de tijd');
    await expect(el).to.be.accessible();

    const select = $<HTMLSelectElement>(el, 'select');
    select.value = 'r0';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(text(el)).to.contain('Er zijn 2 antwoorden. De uitslag verschijnt vanaf 3 deelnemers');
    expect($$(el, 'table[part=table]')).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('fits the page outline with heading-level', async () => {
    const el = await results(dataset(check(round1Responses, ['r1'])), { headingLevel: 3 });
    expect($(el, 'h3').textContent).to.equal('Samenwerking Stein');
    expect($$(el, 'h4').map((h) => h.textContent)).to.include.members([
      'Waar verschillen we van mening?',
      'Per rol',
      'Afspraken',
    ]);
    expect($$(el, 'h2')).to.have.length(0);
  });

  it('speaks English with lang="en"', async () => {
    const el = await fixture<CooperationCheckElement>(
      html`<cooperation-check lang="en" mode="results" .data=${dataset(check(round1Responses, ['r1']))}></cooperation-check>`,
    );
    expect(table(el)[0]).to.deep.equal(['Ambition', '3.5', 'Needs attention', '1.2 (from 1.5 to 5.0)', '5']);
    expect(text(el)).to.contain('Where do we disagree?');
    await expect(el).to.be.accessible();
  });

  it('lets the group record an agreed action when editable, and refuses one without "what"', async () => {
    const store = createStore(dataset(check(round1Responses, ['r1'])));
    const el = await fixture<CooperationCheckElement>(
      html`<cooperation-check mode="results" editable .store=${store}></cooperation-check>`,
    );
    await el.updateComplete;
    expect(text(el)).to.contain('Nog geen afspraken');
    expect(text(el)).to.contain('Antwoorden downloaden (CSV)');
    $<HTMLButtonElement>(el, '.action-form button[type=submit]').click();
    await el.updateComplete;
    expect($(el, '#what-error').hidden).to.equal(false);
    expect(focused()).to.equal($(el, '[name=what]'));
    await sendKeys({ type: 'Elke maand samen koffie' });
    $<HTMLSelectElement>(el, '[name=aspect]').value = 'relatie';
    const changed = oneEvent(el, 'samenspel-change') as Promise<SamenspelChangeEvent>;
    $<HTMLButtonElement>(el, '.action-form button[type=submit]').click();
    const { detail } = await changed;
    await el.updateComplete;
    const saved = store.snapshot.checks[0].actions;
    expect(saved).to.have.length(1);
    expect(saved[0]).to.include({ aspect: 'relatie', what: 'Elke maand samen koffie', status: 'open' });
    expect(detail.changes[0]).to.include({ op: 'put', collection: 'checks' });
    expect($(el, '[part=actions] h4').textContent).to.equal('Relatie');
    expect($(el, '[part=actions] li').textContent).to.contain('Elke maand samen koffie');
    await expect(el).to.be.accessible();
  });
});

describe('<cooperation-check>: errors', () => {
  it('shows a failed load and fires samenspel-error', async () => {
    const el = await fixture<CooperationCheckElement>(html`<cooperation-check mode="results"></cooperation-check>`);
    const failed = oneEvent(el, 'samenspel-error');
    el.src = '/does-not-exist.json';
    const { detail } = await failed;
    await el.updateComplete;
    expect(detail.during).to.equal('load');
    expect($(el, '[role=alert]').textContent).to.contain('De gegevens konden niet worden geladen');
    await expect(el).to.be.accessible();
  });
});

describe('<cooperation-check mode="fill">', () => {
  it("shows no questions while its data loads, then the check's own (not the built-in ones first)", async () => {
    const realFetch = window.fetch;
    let arrive!: (body: string) => void;
    const body = new Promise<string>((resolve) => (arrive = resolve));
    window.fetch = async () =>
      ({
        ok: true,
        url: 'check.json',
        headers: new Headers({ 'content-type': 'application/json' }),
        text: () => body,
      }) as Response;
    try {
      const el = await fixture<CooperationCheckElement>(
        html`<cooperation-check mode="fill" src="check.json"></cooperation-check>`,
      );
      await el.updateComplete; // the form's part is there
      expect($(el, '[part~="status"]').textContent?.trim()).to.equal('Gegevens worden geladen…');
      expect($$(el, 'input'), 'no question before the check is read').to.have.length(0);
      await expect(el).to.be.accessible();
      arrive(JSON.stringify(dataset(check(round1Responses, ['r1']))));
      await waitUntil(() => $$(el, 'input[name=role]').length === 7, 'the form after loading');
      expect($(el, 'h2').textContent).to.equal('Over u');
    } finally {
      window.fetch = realFetch;
    }
  });

  it('starts with the role (empty state), and asks for it before going on', async () => {
    const el = await fixture<CooperationCheckElement>(
      html`<cooperation-check mode="fill" .data=${dataset(check(round1Responses, ['r1']))}></cooperation-check>`,
    );
    await el.updateComplete;
    expect($(el, 'h2').textContent).to.equal('Over u');
    expect($(el, '[part=progress]').textContent).to.contain('Stap 1 van 4');
    expect($$(el, 'input[name=role]')).to.have.length(7);
    await expect(el).to.be.accessible();
    $<HTMLButtonElement>(el, 'button[type=submit]').click();
    await el.updateComplete;
    expect($(el, '[role=alert]').textContent).to.equal('Kies eerst uw rol.');
    expect(focused()).to.equal($(el, 'input[name=role]'));
    await expect(el).to.be.accessible();
  });

  it('is completed by keyboard alone, fires samenspel-submit, and the response shows in the results', async () => {
    const store = createStore(dataset(check(round1Responses, ['r1'])));
    // Two elements on one store, as on a page: one to fill in, one showing the results.
    const fill = await fixture<CooperationCheckElement>(
      html`<cooperation-check mode="fill" .store=${store}></cooperation-check>`,
    );
    const res = await fixture<CooperationCheckElement>(
      html`<cooperation-check mode="results" .store=${store}></cooperation-check>`,
    );
    expect(table(res)[0][4]).to.equal('5');

    await tabTo(radio('role'));
    await sendKeys({ press: 'Space' }); // gemeente
    await tabTo(button('Volgende'));
    await sendKeys({ press: 'Enter' });
    await fill.updateComplete;
    expect($(fill, 'h2').textContent).to.equal('Ambitie');
    expect(focused()).to.equal($(fill, 'h2'));
    expect($(fill, '[part=progress]').textContent).to.contain('Stap 2 van 4');
    for (const id of ['a-1', 'a-2', 'a-3', 'a-4']) {
      await tabTo(radio(id));
      for (let i = 0; i < 3; i++) await sendKeys({ press: 'ArrowRight' }); // 4: eens
    }
    await tabTo((e) => e.tagName === 'TEXTAREA');
    await sendKeys({ type: 'Goed bezig' });
    await expect(fill).to.be.accessible(); // partly answered
    await tabTo(button('Volgende'));
    await sendKeys({ press: 'Enter' });
    await fill.updateComplete;
    expect($(fill, 'h2').textContent).to.equal('Relatie');
    await tabTo(radio('b-1'));
    await sendKeys({ press: 'Space' }); // 1: helemaal oneens
    await tabTo(radio('b-2'));
    await sendKeys({ press: 'ArrowLeft' }); // wraps to "weet ik niet"
    await tabTo(button('Controleren'));
    await sendKeys({ press: 'Enter' });
    await fill.updateComplete;
    expect($(fill, 'h2').textContent).to.equal('Controleren');
    expect(text(fill)).to.contain('4 van 4 beantwoord');
    expect(text(fill)).to.contain('Uw opmerking: Goed bezig');
    await expect(fill).to.be.accessible(); // review

    const submitted = oneEvent(fill, 'samenspel-submit') as Promise<SamenspelSubmitEvent>;
    await tabTo(button('Versturen'));
    await sendKeys({ press: 'Enter' });
    const { detail } = await submitted;
    expect(detail.check).to.equal('check-1');
    expect(detail.response).to.deep.include({ round: 'r1', role: 'gemeente', comments: { ambitie: 'Goed bezig' } });
    expect(detail.response.answers).to.deep.equal({ 'a-1': 4, 'a-2': 4, 'a-3': 4, 'a-4': 4, 'b-1': 1, 'b-2': null });
    await fill.updateComplete;
    expect($(fill, '[role=status]').textContent).to.equal('Bedankt! Uw antwoorden zijn verstuurd.');
    expect(focused(), 'focus on the thank-you').to.equal($(fill, '[role=status]'));
    await expect(fill).to.be.accessible(); // submitted

    await res.updateComplete;
    // Ambitie: (17.5 + 4) / 6 = 3.58; Relatie: (12.5 + 1) / 6 = 2.25
    expect(table(res).map((r) => r.slice(0, 5))).to.deep.equal([
      ['Ambitie', '3,6', 'Aandacht nodig', '1,1 (van 1,5 tot 5,0)', '6'],
      ['Relatie', '2,3', 'Zorg', '1,0 (van 1,0 tot 4,0)', '6'],
    ]);
  });

  it('workshop mode: after submitting, the form is empty for the next person and shows nothing of the last', async () => {
    const store = createStore(dataset(check(round1Responses, ['r1'])));
    const el = await fixture<CooperationCheckElement>(
      html`<cooperation-check mode="fill" workshop .store=${store}></cooperation-check>`,
    );
    await el.updateComplete;
    const click = async (selector: string) => {
      $<HTMLElement>(el, selector).click();
      await el.updateComplete;
    };
    await click('input[value=mantelzorger]');
    await click('button[type=submit]');
    await click('input[name=a-1][value="2"]');
    await click('input[name=a-2][value="2"]');
    await click('button[type=submit]');
    await click('button[type=submit]');
    await click('button[type=submit]');
    expect(store.snapshot.checks[0].responses).to.have.length(7);
    expect($(el, '[role=status]').textContent).to.contain('De lijst is weer leeg voor de volgende persoon');
    expect($(el, 'h2').textContent).to.equal('Over u');
    expect($$<HTMLInputElement>(el, 'input[name=role]').some((r) => r.checked)).to.equal(false);
    await click('input[value=zorg]');
    await click('button[type=submit]');
    expect($$<HTMLInputElement>(el, 'input[type=radio]').some((r) => r.checked)).to.equal(false);
    await click('button[type=submit]');
    await click('button[type=submit]');
    expect(text(el)).not.to.contain('Oneens');
    expect(text(el)).to.contain('0 van 4 beantwoord');
    await expect(el).to.be.accessible();
  });

  it('keeps unfinished answers in storage only when the host asks for it', async () => {
    sessionStorage.clear();
    const data = dataset(check(round1Responses, ['r1']));
    const first = await fixture<CooperationCheckElement>(
      html`<cooperation-check mode="fill" .data=${data}></cooperation-check>`,
    );
    await first.updateComplete;
    $<HTMLInputElement>(first, 'input[value=zorg]').click();
    expect(sessionStorage.length + localStorage.length).to.equal(0);

    const kept = await fixture<CooperationCheckElement>(
      html`<cooperation-check mode="fill" storage="session" .data=${data}></cooperation-check>`,
    );
    await kept.updateComplete;
    $<HTMLInputElement>(kept, 'input[value=welzijn]').click();
    expect(sessionStorage.length).to.equal(1);
    const reloaded = await fixture<CooperationCheckElement>(
      html`<cooperation-check mode="fill" storage="session" .data=${data}></cooperation-check>`,
    );
    await reloaded.updateComplete;
    expect($<HTMLInputElement>(reloaded, 'input[value=welzijn]').checked).to.equal(true);
    sessionStorage.clear();
  });

  it('without a dataset, uses the built-in instrument and creates the check on submit', async () => {
    const el = await fixture<CooperationCheckElement>(
      html`<cooperation-check mode="fill" lang="en"></cooperation-check>`,
    );
    await el.updateComplete;
    expect($(el, '[part=progress]').textContent).to.contain('Step 1 of 7');
    $<HTMLInputElement>(el, 'input[value=vrijwilliger]').click();
    $<HTMLButtonElement>(el, 'button[type=submit]').click();
    await el.updateComplete;
    expect($(el, 'h2').textContent).to.equal('Ambition');
    expect($(el, 'legend').textContent).to.equal('Together we know what we want to achieve for carers.');
    expect($$(el, 'fieldset:first-of-type label').map((l) => l.textContent!.trim())).to.deep.equal([
      'Strongly disagree',
      'Disagree',
      'Neutral',
      'Agree',
      'Strongly agree',
      'Don’t know / not applicable',
    ]);
    await expect(el).to.be.accessible();
    for (let i = 0; i < 5; i++) {
      $<HTMLButtonElement>(el, 'button[type=submit]').click();
      await el.updateComplete;
    }
    expect($(el, 'h2').textContent).to.equal('Review');
    expect(text(el)).to.contain('0 of 5 answered');
    const submitted = oneEvent(el, 'samenspel-submit') as Promise<SamenspelSubmitEvent>;
    $<HTMLButtonElement>(el, 'button[type=submit]').click();
    const { detail } = await submitted;
    expect(detail.response.role).to.equal('vrijwilliger');
    expect(el.check?.responses).to.have.length(1);
    expect(el.check?.rounds).to.have.length(1);
  });
});
