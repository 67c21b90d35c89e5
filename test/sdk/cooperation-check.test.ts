import { expect } from '@open-wc/testing';
import {
  aggregateCheck,
  aggregateResponses,
  aspectScore,
  bandOf,
  defaultInstrument,
  mantelzorgerLens,
  responsesToCsv,
  resultsToJson,
  summarize,
} from '../../src/sdk/index.js';
import { nl } from '../../src/translations/cooperation-check.js';
import { nl as nlFill } from '../../src/translations/cooperation-check-fill.js';
import { en, enFill } from '../../src/translations/cooperation-check.en.js';
import { check, instrument, round0Responses, round1Responses, round2Responses } from './cooperation-check-fixtures.js';

const close = (actual: number | null, expected: number) => expect(actual).to.be.closeTo(expected, 1e-4);
const r1 = { id: 'r1', title: 'Winter', date: '2026-01-10' };

describe('cooperation check: the built-in instrument', () => {
  it('has the five aspects with 4–6 statements each, stable ids and an English version', () => {
    const inst = defaultInstrument();
    expect(inst.aspects.map((a) => a.id)).to.deep.equal(['ambitie', 'belangen', 'relatie', 'organisatie', 'proces']);
    for (const a of inst.aspects) {
      expect(a.statements.length).to.be.within(4, 6);
      a.statements.forEach((s, i) => {
        expect(s.id).to.equal(`${a.id}-${i + 1}`);
        expect(s.text.en, s.id).to.be.a('string').and.not.equal(s.text.nl);
      });
    }
  });

  it('adds the carer lens as a sixth aspect on request, and hands out fresh copies', () => {
    expect(defaultInstrument({ carerLens: true }).aspects.at(-1)?.id).to.equal('mantelzorger');
    expect(mantelzorgerLens().statements[0].id).to.equal('mantelzorger-1');
    const a = defaultInstrument();
    a.aspects[0].statements.pop();
    expect(defaultInstrument().aspects[0].statements).to.have.length(5);
  });
});

describe('cooperation check: aggregation (hand-computed)', () => {
  it('scores a respondent on an aspect only when at least half its statements are rated', () => {
    const a = instrument.aspects[0];
    expect(aspectScore(a, { 'a-1': 4, 'a-2': 4 })).to.equal(4);
    expect(aspectScore(a, { 'a-1': 1, 'a-2': 2, 'a-3': null, 'a-4': null })).to.equal(1.5);
    expect(aspectScore(a, { 'a-1': 2, 'a-2': null, 'a-3': null })).to.equal(null);
    expect(aspectScore(a, {})).to.equal(null);
  });

  it('summarises with the population standard deviation and the range', () => {
    const s = summarize([4, 4, 5, 1.5, 3]);
    expect(s.n).to.equal(5);
    close(s.mean, 3.5);
    close(s.sd, Math.sqrt(7 / 5));
    expect([s.min, s.max]).to.deep.equal([1.5, 5]);
    expect(summarize([])).to.deep.equal({ n: 0, mean: null, sd: null, min: null, max: null });
  });

  it('bands on the mean as shown (one decimal), with configurable thresholds', () => {
    expect([bandOf(4), bandOf(3.95), bandOf(3.94), bandOf(3), bandOf(2.94), bandOf(null)]).to.deep.equal([
      'sterk',
      'sterk',
      'aandacht',
      'aandacht',
      'zorg',
      null,
    ]);
    expect(bandOf(4, { strongFrom: 4.5 })).to.equal('aandacht');
    expect(bandOf(2.6, { attentionFrom: 2.5 })).to.equal('aandacht');
  });

  it('computes mean, spread, n, band and disagreement per aspect', () => {
    const result = aggregateResponses(instrument, round1Responses, r1);
    expect(result.respondents).to.equal(6);
    expect(result.shown).to.equal(true);
    const [a, b] = result.aspects;
    expect(a.n).to.equal(5);
    close(a.mean, 3.5);
    close(a.sd, 1.18322);
    expect([a.min, a.max, a.band, a.disagreement]).to.deep.equal([1.5, 5, 'aandacht', true]);
    expect(b.n).to.equal(5);
    close(b.mean, 2.5);
    close(b.sd, 0.89443);
    expect([b.min, b.max, b.band, b.disagreement]).to.deep.equal([1.5, 4, 'zorg', false]);
  });

  it('counts every statement’s answers, "weet niet" and open answers apart', () => {
    const [a, b] = aggregateResponses(instrument, round1Responses, r1).aspects;
    expect(a.statements[0]).to.include({ n: 6, unknown: 0, missing: 0 });
    expect(a.statements[0].counts).to.deep.equal([1, 1, 1, 1, 2]);
    close(a.statements[0].mean, 20 / 6);
    expect(a.statements[2].counts).to.deep.equal([0, 0, 1, 1, 1]);
    expect(a.statements[2]).to.include({ n: 3, unknown: 1, missing: 2 });
    expect(b.statements[0].counts).to.deep.equal([1, 2, 1, 1, 0]);
    expect(b.statements[1].counts).to.deep.equal([0, 2, 1, 1, 0]);
    expect(b.statements[1]).to.include({ unknown: 1, missing: 1 });
  });

  it('flags a statement whose answers spread by 1.3 or more', () => {
    const [a, b] = aggregateResponses(instrument, round1Responses, r1).aspects;
    close(a.statements[0].sd, Math.sqrt(13.33333 / 6));
    expect(a.statements[0].disagreement).to.equal(true);
    close(b.statements[0].sd, Math.sqrt(5.2 / 5));
    expect(b.statements[0].disagreement).to.equal(false);
    expect(
      aggregateResponses(instrument, round1Responses, r1, { statementSpreadFrom: 1 }).aspects[1].statements[0]
        .disagreement,
    ).to.equal(true);
  });

  it('never shows a role group below 3, nor one whose number would give away the hidden ones', () => {
    const [a, b] = aggregateResponses(instrument, round1Responses, r1).aspects;
    // gemeente has 3 on A, but mantelzorger (1) and zorg (1) are hidden: total minus gemeente would show them.
    expect(a.roles).to.deep.equal([
      { role: 'gemeente', suppressed: true },
      { role: 'zorg', suppressed: true },
      { role: 'mantelzorger', suppressed: true },
    ]);
    expect(b.roles.every((x) => x.suppressed)).to.equal(true);
    expect(JSON.stringify(aggregateCheck(check(round1Responses, ['r1'])))).not.to.contain('4.333');
  });

  it('shows role groups of 3 or more and flags a gap above 1.5 points', () => {
    const b = aggregateResponses(instrument, round2Responses, { id: 'r2', title: 'Voorjaar', date: '2026-03-01' })
      .aspects[1];
    expect(b.roles.map((x) => (x.suppressed ? x.role : [x.role, x.n]))).to.deep.equal([
      ['gemeente', 3],
      ['mantelzorger', 3],
    ]);
    expect(b.roleGap?.high.role).to.equal('gemeente');
    expect(b.roleGap?.low.role).to.equal('mantelzorger');
    close(b.roleGap?.gap ?? 0, 2.66667);
    close(b.mean, 19 / 6);
    close(b.sd, Math.sqrt(12.33333 / 6));
    expect(b.band).to.equal('aandacht');
    expect(aggregateResponses(instrument, round2Responses, r1, { roleGapAbove: 3 }).aspects[1].roleGap).to.equal(null);
  });

  it('shows nothing of a round with fewer than 3 respondents', () => {
    const result = aggregateResponses(instrument, round0Responses, r1);
    expect(result.shown).to.equal(false);
    expect(result.respondents).to.equal(2);
    for (const a of result.aspects) {
      expect([a.n, a.mean, a.roles.length]).to.deep.equal([0, null, 0]);
      for (const s of a.statements) expect(s.counts).to.deep.equal([0, 0, 0, 0, 0]);
    }
  });

  it('orders rounds by date and gives the change since the last round with results', () => {
    const result = aggregateCheck(check([...round2Responses, ...round0Responses, ...round1Responses]));
    expect(result.rounds.map((r) => [r.round.id, r.respondents])).to.deep.equal([
      ['r0', 2],
      ['r1', 6],
      ['r2', 6],
    ]);
    expect(result.rounds[1].aspects[0].change).to.equal(null);
    const [a, b] = result.rounds[2].aspects;
    expect(a.change).to.equal(null);
    close(b.change, 19 / 6 - 2.5);
  });

  it('ignores answers to statements the instrument does not have, and answers out of range', () => {
    const odd = [
      ...round1Responses.slice(0, 3),
      { id: 'x', round: 'r1', role: 'zorg' as const, answers: { onbekend: 5, 'b-1': 9 as 5, 'b-2': 4 } },
    ];
    const b = aggregateResponses(instrument, odd, r1).aspects[1];
    expect(b.statements[0].counts.reduce((s, c) => s + c, 0)).to.equal(2);
    expect(b.statements[0].missing).to.equal(2);
  });
});

describe('cooperation check: export', () => {
  it('writes one formula-safe CSV row per respondent × statement', () => {
    const evil = { id: '=cmd|calc', round: 'r1', role: 'zorg' as const, answers: { 'a-1': 3, 'b-1': null } };
    const csv = responsesToCsv(check([...round1Responses, evil], ['r1']));
    const lines = csv.replace(/\r\n$/, '').split('\r\n');
    expect(lines[0]).to.equal(
      '\uFEFFronde;ronde_datum;deelnemer;rol;organisatie;ingevuld;onderdeel;stelling;stelling_tekst;antwoord',
    );
    expect(lines).to.have.length(1 + 7 * 6);
    expect(lines[1]).to.equal('Winter;2026-01-10;resp-1;gemeente;;;ambitie;a-1;Stelling a-1;5');
    expect(lines.filter((l) => l.includes("'=cmd|calc"))).to.have.length(6);
    expect(lines.some((l) => l.startsWith('=') || l.includes(';=cmd'))).to.equal(false);
    expect(lines.at(-1)).to.equal("Winter;2026-01-10;'=cmd|calc;zorg;;;relatie;b-2;Stelling b-2;");
    expect(lines.at(-2)).to.equal("Winter;2026-01-10;'=cmd|calc;zorg;;;relatie;b-1;Stelling b-1;weet niet");
    expect(responsesToCsv(check(round1Responses, ['r1']), 'en').split('\r\n')[0]).to.contain('statement_text');
  });

  it('writes the aggregated results as JSON without the numbers of suppressed groups', () => {
    const c = check(round1Responses, ['r1']);
    const json = JSON.parse(resultsToJson(c, aggregateCheck(c)));
    expect(json.format).to.equal('samenspel-cooperation-check-results');
    expect(json.rounds[0].aspects[0].mean).to.equal(3.5);
    expect(json.rounds[0].aspects[0].roles).to.deep.equal([
      { role: 'gemeente', suppressed: true },
      { role: 'zorg', suppressed: true },
      { role: 'mantelzorger', suppressed: true },
    ]);
  });
});

describe('cooperation check: messages', () => {
  it('has every Dutch message in English too', () => {
    expect(Object.keys(en).sort()).to.deep.equal(Object.keys(nl).sort());
    expect(Object.keys(enFill).sort()).to.deep.equal(Object.keys(nlFill).sort());
    expect(Object.keys(en.roles).sort()).to.deep.equal(Object.keys(nl.roles).sort());
  });
});
