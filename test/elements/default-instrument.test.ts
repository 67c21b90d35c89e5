import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/cooperation-check/cooperation-check.js';
import type { CooperationCheckElement } from '../../src/elements/cooperation-check/cooperation-check.component.js';

// This page imports nothing that carries the built-in instrument (no SDK entry, no sample data): the
// tests below see what a page with only the element sees. They run in order; the first needs it unloaded.

const BUILT_IN = ['Ambitie', 'Belangen', 'Relatie', 'Organisatie', 'Proces'];
const round = { id: 'r1', title: 'Ronde 1', date: '2026-03-01' };
/** Four respondents who rate every statement of `aspects` (five each, as the built-in instrument has). */
const responses = (aspects: readonly string[]) =>
  ['zorg', 'welzijn', 'medisch', 'gemeente'].map((role, i) => ({
    id: `resp-${i}`,
    round: 'r1',
    role,
    answers: Object.fromEntries(aspects.flatMap((a) => [1, 2, 3, 4, 5].map((n) => [`${a}-${n}`, ((i + n) % 5) + 1]))),
  }));
const dataset = (check: Record<string, unknown>, aspects = BUILT_IN.map((a) => a.toLowerCase())) => ({
  format: 'samenspel',
  version: 2,
  checks: [{ id: 'check', title: 'De check', rounds: [round], responses: responses(aspects), ...check }],
});
const ownInstrument = {
  id: 'eigen',
  title: { nl: 'Eigen vragen' },
  aspects: [
    {
      id: 'doel',
      title: { nl: 'Ons doel' },
      statements: [1, 2, 3, 4, 5].map((n) => ({ id: `doel-${n}`, text: { nl: `Stelling ${n}` } })),
    },
  ],
};

const rows = (el: CooperationCheckElement) =>
  [...el.shadowRoot!.querySelectorAll('table[part=table] tbody tr')].map((tr) => tr.children[0].textContent!.trim());
const fetched = () =>
  performance.getEntriesByType('resource').some((e) => /\/src\/sdk\/instrument\.[jt]s/.test(e.name));

/** Waits until the element shows its results table, and for its updates. */
async function shown(el: CooperationCheckElement) {
  for (let i = 0; i < 100 && !rows(el).length; i++) await new Promise((r) => setTimeout(r, 20));
  await el.updateComplete;
}

describe('the built-in instrument, a part of its own', () => {
  it('is not downloaded for a check with its own instrument', async () => {
    const errors: Event[] = [];
    const el =
      await fixture<CooperationCheckElement>(html`<cooperation-check mode="results" .data=${dataset({ instrument: ownInstrument }, ['doel'])}
      @samenspel-error=${(e: Event) => errors.push(e)}></cooperation-check>`);
    await shown(el);
    expect(rows(el)).to.deep.equal(['Ons doel']);
    expect(errors).to.have.length(0);
    expect(fetched()).to.equal(false);
  });

  it('is loaded for a check that says "default" or leaves it out, by `data` or `src`, which then read as with the SDK', async () => {
    // Both at once, before the instrument is there: each reads its data again once it is.
    const src = URL.createObjectURL(new Blob([JSON.stringify(dataset({}))], { type: 'application/json' }));
    const errors: Event[] = [];
    const page = await fixture<HTMLElement>(html`<div @samenspel-error=${(e: Event) => errors.push(e)}>
      <cooperation-check mode="results" .data=${dataset({ instrument: 'default' })}></cooperation-check>
      <cooperation-check mode="results" src=${src}></cooperation-check></div>`);
    const [byData, bySrc] = [...page.querySelectorAll('cooperation-check')];
    await Promise.all([shown(byData), shown(bySrc)]);
    expect(fetched()).to.equal(true);
    for (const el of [byData, bySrc]) {
      expect(rows(el)).to.deep.equal(BUILT_IN);
      const { instrument } = el.activeStore.snapshot.checks[0];
      expect(instrument.id).to.equal('samenspel-check-1');
      expect(instrument.aspects[0].statements[0].text.nl).to.equal(
        'We weten samen wat we willen bereiken voor mantelzorgers.',
      );
      await expect(el).to.be.accessible();
    }
    expect(errors).to.have.length(0);
  });
});
