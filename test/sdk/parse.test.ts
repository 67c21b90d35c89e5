import { expect } from '@open-wc/testing';
import { createStore, emptyDataset, isCalendarDate, parseDataset, type Party } from '../../src/sdk/index.js';
import { nl, en } from '../../src/translations/sdk.js';
import { nl as dataNl, en as dataEn } from '../../src/translations/samenspel-data.js';
import { nl as adaptersNl, en as adaptersEn } from '../../src/translations/adapters.js';

const party = (id: string): Party => ({ id, name: id, kind: 'team', field: 'zorg' });

describe('parseDataset and its messages', () => {
  it('has every message in Dutch and English, and none of them empty', () => {
    for (const [a, b] of [[nl, en], [dataNl, dataEn], [adaptersNl, adaptersEn]] as const) {
      expect(Object.keys(b).sort()).to.deep.equal(Object.keys(a).sort());
      for (const catalog of [a, b]) {
        for (const [k, entry] of Object.entries(catalog)) {
          const text = typeof entry === 'function' ? (entry as (...args: unknown[]) => string)('x', 2) : entry;
          expect(text.trim(), k).to.not.equal('');
        }
      }
    }
  });

  it('knows which dates exist', () => {
    expect(['2024-02-29', '2026-12-31', '2000-02-29'].map(isCalendarDate)).to.deep.equal([true, true, true]);
    expect(['2026-02-29', '2026-02-31', '2026-04-31', '1900-02-29', '2026-13-01', '26-01-01'].map(isCalendarDate)).to.deep.equal([false, false, false, false, false, false]);
  });

  it('drops a broken optional object as a whole and keeps the record', () => {
    const { dataset, issues } = parseDataset({ ...emptyDataset(), parties: [{ ...party('a'), position: { x: 1 } }] });
    expect(dataset.parties).to.deep.equal([party('a')]);
    expect(issues.map((i) => [i.path, i.code])).to.deep.equal([['$.parties[0].position.y', 'missing-field']]);
  });

  it('names the index an item had in the input, after items before it were left out', () => {
    const { issues } = parseDataset({ ...emptyDataset(), parties: [{ ...party('a'), targetGroups: [1, 'ok', 2, 'ok', 3] }] });
    expect(issues.map((i) => i.path)).to.deep.equal(['$.parties[0].targetGroups[0]', '$.parties[0].targetGroups[2]', '$.parties[0].targetGroups[4]']);
  });

  it('lets a store take a record with undefined optional values, and keeps them out of the snapshot', () => {
    const store = createStore(emptyDataset());
    expect(store.apply({ op: 'put', collection: 'parties', record: { ...party('a'), description: undefined } }).ok).to.equal(true);
    expect(Object.keys(store.snapshot.parties[0])).to.deep.equal(['id', 'name', 'kind', 'field']);
  });

  it('refuses a record with a __proto__ key through the store, and pollutes nothing', () => {
    const store = createStore(emptyDataset());
    const record = JSON.parse('{"id": "a", "name": "A", "kind": "team", "field": "zorg", "__proto__": {"polluted": 1}}') as Party;
    const result = store.apply({ op: 'put', collection: 'parties', record });
    expect(result.ok).to.equal(false);
    expect(store.snapshot.parties).to.deep.equal([]);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  });
});
