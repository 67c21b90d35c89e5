import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { generateDataset, normalizeSearchText, partyGroups, type Dataset } from '../../src/sdk/index.js';
import { PartyGrouping, type GroupBy } from '../../src/sdk/analysis/party-grouping.js';

/** The overview by its definition, one group and one pair of groups at a time. */
function byDefinition(data: Pick<Dataset, 'parties' | 'relations'>, by: GroupBy, visible: ReadonlySet<string> | null) {
  const groupsOf = new Map<string, string[]>();
  for (const p of data.parties) {
    const areas = [...new Set((p.areas ?? []).map(normalizeSearchText).filter(Boolean))];
    groupsOf.set(p.id, by === 'field' ? [p.field] : areas.length ? areas : ['']);
  }
  const keyOf = (key: string) => (by === 'field' ? key : key && normalizeSearchText(key));
  const shown = (id: string) => !visible || visible.has(id);
  const counted = data.relations.filter(
    (r) =>
      r.source !== r.target && groupsOf.has(r.source) && groupsOf.has(r.target) && shown(r.source) && shown(r.target),
  );
  const keys = [...new Set([...groupsOf.values()].flat())];
  const groups = keys.map((key) => {
    const parties = data.parties.filter((p) => groupsOf.get(p.id)!.includes(key)).map((p) => p.id);
    const inner = counted.filter((r) => groupsOf.get(r.source)!.includes(key) && groupsOf.get(r.target)!.includes(key));
    return { key, parties, shown: parties.filter(shown).length, inner: inner.length };
  });
  const ties: string[] = [];
  for (const a of keys)
    for (const b of keys) {
      if (a >= b) continue;
      const joins = (x: string, y: string) => groupsOf.get(x)!.includes(a) && groupsOf.get(y)!.includes(b);
      const n = counted.filter((r) => joins(r.source, r.target) || joins(r.target, r.source)).length;
      if (n) ties.push(`${a}|${b}|${n}`);
    }
  return { groups, ties: ties.sort(), keyOf };
}

describe('PartyGrouping', () => {
  it('counts groups, ties within and between them as their definition says, for every filter on one grouping', () => {
    const data = generateDataset({ parties: 150, relations: 400, seed: 21 });
    // A relation to itself and one to nobody count nowhere.
    data.relations.push(
      { id: 'zelf', source: data.parties[0].id, target: data.parties[0].id, kind: 'werkt-samen' },
      { id: 'niemand', source: data.parties[1].id, target: 'weg', kind: 'werkt-samen' },
    );
    for (const by of ['field', 'area'] as const) {
      const grouping = new PartyGrouping(data, by);
      fc.assert(
        fc.property(fc.option(fc.uniqueArray(fc.nat(149), { maxLength: 150 })), (picked) => {
          const visible = picked ? new Set(picked.map((i) => data.parties[i].id)) : null;
          const result = grouping.count(visible);
          const expected = byDefinition(data, by, visible);
          const norm = (key: string) => expected.keyOf(key);
          expect(
            result.groups.map((g) => ({ ...g, key: norm(g.key) })).sort((a, b) => a.key.localeCompare(b.key)),
          ).to.deep.equal(expected.groups.sort((a, b) => a.key.localeCompare(b.key)));
          const ties = result.ties.map((t) => [norm(t.a), norm(t.b)].sort().join('|') + `|${t.relations}`).sort();
          expect(ties).to.deep.equal(expected.ties);
          expect(result.ties.map((t) => t.relations)).to.deep.equal(
            result.ties.map((t) => t.relations).sort((a, b) => b - a),
          );
          expect(partyGroups(data, by, visible)).to.deep.equal(result);
        }),
        { numRuns: 30 },
      );
    }
  });
});
