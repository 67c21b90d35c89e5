import { expect } from '@open-wc/testing';
import {
  FIELDS,
  PARTY_KINDS,
  defaultInstrument,
  generateDataset,
  parseDataset,
  type Dataset,
  type Relation,
} from '../../src/sdk/index.js';

function pairsAreUnique(relations: readonly Relation[]): boolean {
  const pairs = new Set(relations.map((r) => [r.source, r.target].sort().join('|')));
  return pairs.size === relations.length && relations.every((r) => r.source !== r.target);
}

function depths(d: Dataset): number[] {
  const goals = d.goalTrees[0].goals;
  const parent = new Map(goals.map((g) => [g.id, g.parent]));
  const depth = (id: string): number => (parent.get(id) ? 1 + depth(parent.get(id)!) : 0);
  return goals.map((g) => depth(g.id));
}

describe('generateDataset', () => {
  it('makes 2,000 parties and 6,000 relations that parseDataset accepts without issues', () => {
    const d = generateDataset({ parties: 2000, relations: 6000 });
    expect(d.parties).to.have.length(2000);
    expect(d.relations).to.have.length(6000);
    const result = parseDataset(d);
    expect(result.issues).to.deep.equal([]);
    expect(result.dataset).to.deep.equal(d);
  });

  it('covers every field and every kind, with Dutch-looking names and fictional contact data', () => {
    const d = generateDataset({ parties: 50, relations: 100, seed: 4 });
    expect(new Set(d.parties.map((p) => p.field))).to.have.all.keys(...FIELDS);
    expect(new Set(d.parties.map((p) => p.kind))).to.have.all.keys(...PARTY_KINDS);
    expect(new Set(d.parties.map((p) => p.name)).size).to.be.greaterThan(40);
    for (const p of d.parties) {
      if (p.contact?.email) expect(p.contact.email).to.match(/\.voorbeeld\.nl$/);
      if (p.contact?.website) expect(p.contact.website).to.match(/^https:\/\/[a-z0-9]+\.voorbeeld\.nl$/);
    }
  });

  it('never makes a self-loop or a second relation between the same two parties', () => {
    for (const seed of [1, 2, 3]) {
      expect(pairsAreUnique(generateDataset({ parties: 60, relations: 400, seed }).relations)).to.equal(true);
    }
    // More relations than pairs: every pair exactly once.
    const full = generateDataset({ parties: 12, relations: 1000, seed: 9 });
    expect(full.relations).to.have.length(66);
    expect(pairsAreUnique(full.relations)).to.equal(true);
  });

  it('gives the same dataset for the same seed and a different one for another seed', () => {
    const options = { parties: 200, relations: 500, networks: 2, goals: 40, responses: 50 };
    expect(generateDataset({ ...options, seed: 42 })).to.deep.equal(generateDataset({ ...options, seed: 42 }));
    const other = generateDataset({ ...options, seed: 43 });
    const same = generateDataset({ ...options, seed: 42 });
    expect(other.parties.map((p) => p.name)).not.to.deep.equal(same.parties.map((p) => p.name));
    expect(other.relations.map((r) => r.target)).not.to.deep.equal(same.relations.map((r) => r.target));
  });

  it('keeps the parties the same when a goal tree or check is added', () => {
    const plain = generateDataset({ parties: 100, relations: 200, seed: 5 });
    const rich = generateDataset({ parties: 100, relations: 200, seed: 5, goals: 30, responses: 20, networks: 1 });
    expect(rich.parties).to.deep.equal(plain.parties);
    expect(rich.relations).to.deep.equal(plain.relations);
  });

  it('makes care networks with members from the parties and at most one regiehouder', () => {
    const d = generateDataset({ parties: 100, relations: 150, seed: 6, networks: 3, networkMembers: 15 });
    expect(d.careNetworks).to.have.length(3);
    for (const n of d.careNetworks) {
      expect(n.members).to.have.length(15);
      expect(n.members.filter((m) => m.regiehouder).length).to.be.at.most(1);
      expect(pairsAreUnique(n.relations)).to.equal(true);
    }
    expect(parseDataset(d).issues).to.deep.equal([]);
  });

  it('makes a goal tree of 1,000 goals on five levels, children stored after their parent', () => {
    const d = generateDataset({ parties: 100, relations: 100, seed: 7, goals: 1000 });
    const goals = d.goalTrees[0].goals;
    expect(goals).to.have.length(1000);
    expect(goals[0].parent).to.equal(undefined);
    expect(Math.max(...depths(d))).to.equal(4);
    const position = new Map(goals.map((g, i) => [g.id, i]));
    expect(goals.slice(1).every((g) => position.get(g.parent!)! < position.get(g.id)!)).to.equal(true);
    expect(goals.filter((g) => g.indicator).length).to.be.greaterThan(100);
    expect(parseDataset(d).issues).to.deep.equal([]);
  });

  it('uses three levels for a small tree', () => {
    const d = generateDataset({ parties: 10, relations: 10, goals: 15 });
    expect(d.goalTrees[0].goals).to.have.length(15);
    expect(Math.max(...depths(d))).to.equal(2);
  });

  it('makes a cooperation check with the requested responses on the default instrument', () => {
    const d = generateDataset({ parties: 10, relations: 10, seed: 8, responses: 1000, rounds: 3 });
    const [check] = d.checks;
    expect(check.responses).to.have.length(1000);
    expect(check.rounds).to.have.length(3);
    const ids = defaultInstrument().aspects.flatMap((a) => a.statements.map((s) => s.id));
    expect(ids.every((id) => id in check.responses[0].answers)).to.equal(true);
    const answers = check.responses.flatMap((r) => Object.values(r.answers));
    expect(answers).to.include(null);
    expect([...new Set(answers)].sort()).to.deep.equal([1, 2, 3, 4, 5, null]);
    expect(parseDataset(d).issues).to.deep.equal([]);
  });

  it('clamps impossible counts instead of failing', () => {
    const d = generateDataset({ parties: -5, relations: Number.NaN, goals: 0.5, networks: 3 });
    expect(d.parties).to.have.length(0);
    expect(d.relations).to.have.length(0);
    expect(d.careNetworks).to.have.length(0);
    expect(d.goalTrees).to.have.length(0);
    expect(parseDataset(d).issues).to.deep.equal([]);
  });
});
