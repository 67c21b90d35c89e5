import { expect } from '@open-wc/testing';
import {
  FIELDS,
  NETWORK_FIELDS,
  PARTY_KINDS,
  RESPONDENT_ROLES,
  SAMPLE_REFERENCE_DATE,
  defaultInstrument,
  isSafeUrl,
  parseDataset,
  sampleDataset,
  type Dataset,
} from '../../src/sdk/index.js';

const yearBefore = (iso: string) => `${Number(iso.slice(0, 4)) - 1}${iso.slice(4)}`;

function degrees(d: Dataset): Map<string, number> {
  const degree = new Map(d.parties.map((p) => [p.id, 0]));
  for (const r of d.relations) {
    degree.set(r.source, (degree.get(r.source) ?? 0) + 1);
    degree.set(r.target, (degree.get(r.target) ?? 0) + 1);
  }
  return degree;
}

describe('sampleDataset', () => {
  it('passes parseDataset without a single issue, also after a JSON round trip', () => {
    const d = sampleDataset();
    const direct = parseDataset(d);
    expect(direct.issues).to.deep.equal([]);
    expect(direct.dataset).to.deep.equal(d);
    const viaJson = parseDataset(JSON.stringify(d));
    expect(viaJson.issues).to.deep.equal([]);
    expect(viaJson.dataset).to.deep.equal(d);
  });

  it('returns the same data on every call, as a fresh copy that is safe to change', () => {
    const a = sampleDataset();
    const b = sampleDataset();
    expect(a).to.deep.equal(b);
    a.parties[0].name = 'Veranderd';
    a.goalTrees[0].goals[0].partners.push('x');
    a.checks[0].responses[0].answers['ambitie-1'] = null;
    a.checks[0].instrument.aspects[0].statements[0].text.nl = 'Veranderd';
    const c = sampleDataset();
    expect(c).to.deep.equal(b);
    expect(c.parties[0].name).not.to.equal('Veranderd');
  });

  it('has at least 40 parties covering every field and every kind, each with what they do', () => {
    const d = sampleDataset();
    expect(d.parties.length).to.be.at.least(40);
    expect(new Set(d.parties.map((p) => p.field))).to.have.all.keys(...FIELDS);
    expect(new Set(d.parties.map((p) => p.kind))).to.have.all.keys(...PARTY_KINDS);
    for (const p of d.parties) expect(p.description?.trim().length ?? 0, p.id).to.be.greaterThan(0);
    const organisations = d.parties.filter((p) => p.kind !== 'persoon' || p.contact);
    for (const p of organisations) {
      expect(p.areas?.length, p.id).to.be.greaterThan(0);
      expect(p.targetGroups?.length, p.id).to.be.greaterThan(0);
      expect(p.lastVerified, p.id).to.be.a('string');
    }
  });

  it('uses only fictional contact data: 012 numbers, voorbeeld.nl addresses and https websites', () => {
    for (const p of sampleDataset().parties) {
      const c = p.contact ?? {};
      if (c.phone) expect(c.phone, p.id).to.match(/^(012-|06-)/);
      if (c.email) expect(c.email, p.id).to.match(/@([a-z0-9-]+\.)?voorbeeld\.nl$/);
      if (c.website) {
        expect(isSafeUrl(c.website, ['https:']), p.id).to.equal(true);
        expect(new URL(c.website).hostname, p.id).to.match(/voorbeeld\.nl$/);
      }
    }
  });

  it('has a few parties not checked for more than a year, so the who-is-who can flag them', () => {
    const old = sampleDataset().parties.filter(
      (p) => p.lastVerified && p.lastVerified < yearBefore(SAMPLE_REFERENCE_DATE),
    );
    expect(old.length).to.be.within(2, 8);
  });

  it('has at least 80 relations of mixed kind and strength, without self-loops or duplicate pairs', () => {
    const d = sampleDataset();
    expect(d.relations.length).to.be.at.least(80);
    expect(new Set(d.relations.map((r) => r.kind)).size).to.be.at.least(4);
    expect(new Set(d.relations.map((r) => r.strength))).to.have.all.keys('sterk', 'zwak', 'moeizaam');
    expect(d.relations.some((r) => r.directed === false)).to.equal(true);
    expect(d.relations.some((r) => r.directed !== false)).to.equal(true);
    expect(d.relations.filter((r) => r.note).length).to.be.at.least(3);
    const pairs = new Set<string>();
    for (const r of d.relations) {
      expect(r.source, r.id).not.to.equal(r.target);
      const key = [r.source, r.target].sort().join('|');
      expect(pairs.has(key), key).to.equal(false);
      pairs.add(key);
    }
  });

  it('has an isolated party and brokers that connect several fields', () => {
    const d = sampleDataset();
    const degree = degrees(d);
    expect([...degree.values()].filter((n) => n === 0).length).to.be.at.least(1);
    const field = new Map(d.parties.map((p) => [p.id, p.field]));
    const fieldsOf = (id: string) =>
      new Set(
        d.relations.flatMap((r) =>
          r.source === id ? [field.get(r.target)] : r.target === id ? [field.get(r.source)] : [],
        ),
      );
    const brokers = d.parties.filter((p) => fieldsOf(p.id).size >= 3);
    expect(brokers.map((p) => p.id)).to.include.members(['steunpunt', 'casemanager']);
  });

  it('has two care networks: a complete one with a regiehouder and one with gaps', () => {
    const [full, gaps, ...rest] = sampleDataset().careNetworks;
    expect(rest).to.have.length(0);
    expect(full.name).to.equal('Netwerk van Ans en Henk');
    expect(full.members.filter((m) => m.regiehouder).map((m) => m.party)).to.deep.equal(['casemanager']);
    expect(new Set(full.members.map((m) => m.field))).to.have.all.keys(...NETWORK_FIELDS);
    expect(new Set(full.members.map((m) => m.ring))).to.have.all.keys('eigen-netwerk', 'dichtbij', 'op-afstand');
    expect(full.relations.length).to.be.at.least(10);

    expect(gaps.members.some((m) => m.regiehouder)).to.equal(false);
    expect(gaps.members.some((m) => m.field === 'welzijn')).to.equal(false);
    expect(gaps.members.filter((m) => m.ring === 'eigen-netwerk').length).to.be.at.most(1);
  });

  it('has a goal tree of at least 15 goals on three levels, with partners, steps and indicators, and a few left incomplete', () => {
    const [tree] = sampleDataset().goalTrees;
    const goals = tree.goals;
    expect(goals.length).to.be.at.least(15);
    expect(goals[0].parent).to.equal(undefined);
    expect(goals.slice(1).every((g) => g.parent !== undefined)).to.equal(true);
    const parent = new Map(goals.map((g) => [g.id, g.parent]));
    const depth = (id: string): number => (parent.get(id) ? 1 + depth(parent.get(id)!) : 0);
    expect(Math.max(...goals.map((g) => depth(g.id)))).to.equal(2);
    const concrete = goals.filter((g) => depth(g.id) === 2);
    expect(concrete.filter((g) => g.indicator).length).to.be.at.least(concrete.length - 2);
    const incomplete = goals.slice(1).filter((g) => g.partners.length === 0 || g.steps.length === 0 || !g.indicator);
    expect(incomplete.map((g) => g.id)).to.deep.equal(['doel-zaterdag', 'doel-waardering']);
    expect(concrete.some((g) => g.partners.length === 0)).to.equal(true);
    expect(new Set(goals.flatMap((g) => g.steps.map((s) => s.status)))).to.have.all.keys('open', 'bezig', 'klaar');
    for (const g of concrete.filter((c) => c.indicator)) {
      expect(g.indicator!.readings.length, g.id).to.be.within(1, 3);
      expect(g.indicator!.targetDate, g.id).to.be.a('string');
    }
  });

  it('has a cooperation check with two rounds of at least 12 respondents on the default instrument', () => {
    const [check] = sampleDataset().checks;
    const statementIds = check.instrument.aspects.flatMap((a) => a.statements.map((s) => s.id));
    expect(
      defaultInstrument()
        .aspects.flatMap((a) => a.statements.map((s) => s.id))
        .every((id) => statementIds.includes(id)),
    ).to.equal(true);
    expect(check.rounds).to.have.length(2);
    for (const round of check.rounds) {
      const inRound = check.responses.filter((r) => r.round === round.id);
      expect(inRound.length).to.be.at.least(12);
      const perRole = RESPONDENT_ROLES.map((role) => inRound.filter((r) => r.role === role).length).filter(
        (n) => n > 0,
      );
      expect(perRole.some((n) => n >= 3)).to.equal(true);
      expect(perRole.some((n) => n < 3)).to.equal(true);
    }
    const answers = check.responses.flatMap((r) => Object.values(r.answers));
    expect(answers).to.include(null);
    expect(check.responses.every((r) => statementIds.every((id) => id in r.answers))).to.equal(true);
    expect(check.responses.filter((r) => r.comments).length).to.be.at.least(3);
    expect(check.actions.length).to.be.within(2, 3);
  });

  it('tells a story: relatie strong, organisatie weak, carers disagree on belangen, proces improves', () => {
    const [check] = sampleDataset().checks;
    const mean = (filter: (round: string, role: string) => boolean, aspect: string) => {
      const values = check.responses
        .filter((r) => filter(r.round, r.role))
        .flatMap((r) =>
          Object.entries(r.answers)
            .filter(([id, v]) => id.startsWith(`${aspect}-`) && v !== null)
            .map(([, v]) => v as number),
        );
      return values.reduce((a, b) => a + b, 0) / values.length;
    };
    const all = () => true;
    expect(mean(all, 'relatie')).to.be.greaterThan(3.8);
    expect(mean(all, 'organisatie')).to.be.lessThan(3);
    const carers = mean((_, role) => role === 'mantelzorger', 'belangen');
    const professionals = mean((_, role) => ['gemeente', 'zorg', 'welzijn', 'medisch'].includes(role), 'belangen');
    expect(professionals - carers).to.be.greaterThan(1.5);
    const [first, second] = check.rounds.map((r) => r.id);
    expect(mean((round) => round === second, 'proces') - mean((round) => round === first, 'proces')).to.be.greaterThan(
      0.5,
    );
  });
});
