import { expect } from '@open-wc/testing';
import {
  DEFAULT_INSTRUMENT_ID,
  createStore,
  emptyDataset,
  isCalendarDate,
  parseDataset,
  type Party,
} from '../../src/sdk/index.js';
import { nl, en } from '../../src/sdk/messages/issues.js';
import { nl as dataNl, en as dataEn } from '../../src/translations/samenspel-data.js';
import { nl as adaptersNl, en as adaptersEn } from '../../src/sdk/messages/adapters.js';

const party = (id: string): Party => ({ id, name: id, kind: 'team', field: 'zorg' });

describe('parseDataset and its messages', () => {
  it('has every message in Dutch and English, and none of them empty', () => {
    for (const [a, b] of [
      [nl, en],
      [dataNl, dataEn],
      [adaptersNl, adaptersEn],
    ] as const) {
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
    expect(
      ['2026-02-29', '2026-02-31', '2026-04-31', '1900-02-29', '2026-13-01', '26-01-01'].map(isCalendarDate),
    ).to.deep.equal([false, false, false, false, false, false]);
  });

  it('drops a broken optional object as a whole and keeps the record', () => {
    const { dataset, issues } = parseDataset({ ...emptyDataset(), parties: [{ ...party('a'), position: { x: 1 } }] });
    expect(dataset.parties).to.deep.equal([party('a')]);
    expect(issues.map((i) => [i.path, i.code])).to.deep.equal([['$.parties[0].position.y', 'missing-field']]);
  });

  it('names the index an item had in the input, after items before it were left out', () => {
    const { issues } = parseDataset({
      ...emptyDataset(),
      parties: [{ ...party('a'), targetGroups: [1, 'ok', 2, 'ok', 3] }],
    });
    expect(issues.map((i) => i.path)).to.deep.equal([
      '$.parties[0].targetGroups[0]',
      '$.parties[0].targetGroups[2]',
      '$.parties[0].targetGroups[4]',
    ]);
  });

  it('lets a store take a record with undefined optional values, and keeps them out of the snapshot', () => {
    const store = createStore(emptyDataset());
    expect(
      store.apply({ op: 'put', collection: 'parties', record: { ...party('a'), description: undefined } }).ok,
    ).to.equal(true);
    expect(Object.keys(store.snapshot.parties[0])).to.deep.equal(['id', 'name', 'kind', 'field']);
  });

  it('refuses a record with a __proto__ key through the store, and pollutes nothing', () => {
    const store = createStore(emptyDataset());
    const record = JSON.parse(
      '{"id": "a", "name": "A", "kind": "team", "field": "zorg", "__proto__": {"polluted": 1}}',
    ) as Party;
    const result = store.apply({ op: 'put', collection: 'parties', record });
    expect(result.ok).to.equal(false);
    expect(store.snapshot.parties).to.deep.equal([]);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  });
});

const parties = [party('a'), party('b')];
const doc = (extra: Record<string, unknown>) => ({ format: 'samenspel', version: 1, parties, ...extra });
const codes = (issues: { path: string; code: string }[]) => issues.map((i) => [i.path, i.code]);

describe('parseDataset keeps what it can', () => {
  it('keeps a goal tree whose 500 goals each have one unknown field, and says so once per goal', () => {
    const goals = Array.from({ length: 500 }, (_, i) => ({
      id: `g${i}`,
      ...(i ? { parent: 'g0' } : {}),
      title: `Doel ${i}`,
      partners: [],
      steps: [],
      kleur: 'rood',
    }));
    const { dataset, issues } = parseDataset(doc({ goalTrees: [{ id: 't', title: 'Boom', goals }] }));
    expect(dataset.goalTrees[0].goals).to.have.length(500);
    expect(dataset.goalTrees[0].goals[499]).to.not.have.property('kleur');
    expect(issues).to.have.length(500);
    expect(issues.every((i) => i.code === 'unknown-field' && i.severity === 'warning')).to.equal(true);
    expect(issues[499].path).to.equal('$.goalTrees[0].goals[499].kleur');
  });

  it('keeps a care network of 300 members that each have an unknown field', () => {
    const many = Array.from({ length: 300 }, (_, i) => party(`p${i}`));
    const members = many.map((p) => ({ party: p.id, ring: 'dichtbij', field: 'zorg', sinds: 2020 }));
    const { dataset } = parseDataset({
      ...doc({}),
      parties: [...parties, ...many],
      careNetworks: [{ id: 'n', name: 'N', carer: 'a', caredFor: 'b', members, relations: [] }],
    });
    expect(dataset.careNetworks[0].members).to.have.length(300);
  });

  it('leaves out an array that stands where an object belongs, and keeps the record (it used to read forever)', () => {
    const { dataset, issues } = parseDataset({
      ...doc({}),
      careNetworks: [{ id: 'n', name: 'N', carer: 'a', caredFor: 'b', members: [], relations: [], regisseurs: ['a'] }],
    });
    expect(dataset.careNetworks).to.deep.equal([
      { id: 'n', name: 'N', carer: 'a', caredFor: 'b', members: [], relations: [] },
    ]);
    expect(issues.map((i) => [i.path, i.code])).to.deep.equal([['$.careNetworks[0].regisseurs["0"]', 'unknown-field']]);
  });

  it('repairs every problem of a record in one go: each item that cannot stand goes with its own issue, the rest stays', () => {
    const goals = [
      { id: 'root', title: 'Stip', partners: ['a'], steps: [{ id: 's', title: 'Stap', status: 'open', extra: 1 }] },
      { id: 'x', parent: 'root', partners: [], steps: [] },
      { id: 'y', parent: 'root', title: 'Y', partners: 'a', steps: [{ title: 'Zonder status' }] },
      {
        id: 'z',
        parent: 'root',
        title: 'Z',
        indicator: {
          description: 'Aantal',
          readings: [
            { date: '2026-02-31', value: 3 },
            { date: '2026-03-01', value: 4 },
          ],
        },
      },
    ];
    const { dataset, issues } = parseDataset(doc({ goalTrees: [{ id: 't', title: 'Boom', goals, nieuw: true }] }));
    expect(dataset.goalTrees[0].goals.map((g) => g.id)).to.deep.equal(['root', 'y', 'z']);
    expect(dataset.goalTrees[0].goals[2].indicator!.readings).to.deep.equal([{ date: '2026-03-01', value: 4 }]);
    expect(dataset.goalTrees[0].goals[1]).to.include({ title: 'Y' });
    expect(dataset.goalTrees[0].goals[1].steps).to.deep.equal([]);
    const found = codes(issues);
    expect(found).to.deep.include.members([
      ['$.goalTrees[0].nieuw', 'unknown-field'],
      ['$.goalTrees[0].goals[0].steps[0].extra', 'unknown-field'],
      ['$.goalTrees[0].goals[1].title', 'missing-field'],
      ['$.goalTrees[0].goals[1]', 'item-dropped'],
      ['$.goalTrees[0].goals[2].steps[0]', 'item-dropped'],
      ['$.goalTrees[0].goals[3].indicator.readings[0]', 'item-dropped'],
    ]);
    expect(issues.find((i) => i.path === '$.goalTrees[0].goals[1]')!.message.nl).to.equal(
      'Doel ‘x’ kon niet worden gelezen en is overgeslagen.',
    );
  });

  it('reads what it knows of a file from a newer writer, with unknown fields on every collection', () => {
    const input = {
      format: 'samenspel',
      version: 3,
      nieuw: 1,
      parties: parties.map((p) => ({ ...p, avatar: 'x.png' })),
      relations: [{ id: 'r', source: 'a', target: 'b', kind: 'verwijst', weight: 3 }],
      careNetworks: [{ id: 'n', name: 'N', carer: 'a', caredFor: 'b', members: [], relations: [], color: 'red' }],
      goalTrees: [
        {
          id: 't',
          title: 'Boom',
          goals: [{ id: 'g', title: 'G', partners: [], steps: [], deadline: '2027-01-01' }],
          owner: 'a',
        },
      ],
      checks: [{ id: 'c', title: 'C', instrument: 'default', rounds: [], responses: [], actions: [], anonymous: true }],
    };
    const { dataset, issues } = parseDataset(input);
    expect([
      dataset.parties.length,
      dataset.relations.length,
      dataset.careNetworks.length,
      dataset.goalTrees.length,
      dataset.checks.length,
    ]).to.deep.equal([2, 1, 1, 1, 1]);
    expect(issues.filter((i) => i.severity === 'error').map((i) => i.code)).to.deep.equal(['newer-version']);
    expect(issues.filter((i) => i.code === 'unknown-field')).to.have.length(8);
  });

  it('reads JSON text that starts with a byte-order mark', () => {
    const { dataset, issues } = parseDataset(`\uFEFF${JSON.stringify(doc({}))}`);
    expect(issues).to.deep.equal([]);
    expect(dataset.parties).to.have.length(2);
  });
});

describe('parseDataset reads what a person writes by hand', () => {
  it('gives relations, network relations, steps, responses and actions without an id one, and says so as info', () => {
    const { dataset, issues } = parseDataset(
      doc({
        relations: [
          { source: 'a', target: 'b', kind: 'verwijst' },
          { id: 'relatie-1', source: 'b', target: 'a', kind: 'informeert' },
        ],
        careNetworks: [
          {
            id: 'n',
            name: 'N',
            carer: 'a',
            caredFor: 'b',
            members: [],
            relations: [{ source: 'a', target: 'b', kind: 'ondersteunt' }],
          },
        ],
        goalTrees: [
          { id: 't', title: 'Boom', goals: [{ id: 'g', title: 'G', steps: [{ title: 'Bellen', status: 'open' }] }] },
        ],
        checks: [
          {
            id: 'c',
            title: 'C',
            rounds: [{ id: 'r1', title: 'Ronde 1', date: '2026-03-01' }],
            responses: [{ round: 'r1', role: 'zorg', answers: { 'relatie-1': 4 } }],
            actions: [{ aspect: 'relatie', what: 'Kennismaken' }],
          },
        ],
      }),
    );
    expect(dataset.relations.map((r) => r.id)).to.deep.equal(['relatie-1-2', 'relatie-1']);
    expect(dataset.careNetworks[0].relations[0].id).to.equal('relatie-1');
    expect(dataset.goalTrees[0].goals[0].steps[0].id).to.equal('g-stap-1');
    expect(dataset.checks[0].responses[0].id).to.equal('respons-1');
    expect(dataset.checks[0].actions[0].id).to.equal('actie-1');
    expect(issues.map((i) => [i.severity, i.code])).to.deep.equal(Array(5).fill(['info', 'generated-id']));
    expect(issues[0].message.nl).to.equal('Er was geen id. samenspel heeft de id ‘relatie-1-2’ gegeven.');
  });

  it('reads goals without partners or steps, and a check with the built-in instrument by name or left out', () => {
    const { dataset, issues } = parseDataset(
      doc({
        goalTrees: [
          {
            id: 't',
            title: 'Boom',
            goals: [
              { id: 'g', title: 'G' },
              { id: 'h', parent: 'g', title: 'H', indicator: { description: 'Aantal' } },
            ],
          },
        ],
        checks: [
          { id: 'c1', title: 'C1', instrument: 'default' },
          { id: 'c2', title: 'C2' },
        ],
        careNetworks: [{ id: 'n', name: 'N', carer: 'a', caredFor: 'b' }],
      }),
    );
    expect(issues).to.deep.equal([]);
    expect(dataset.goalTrees[0].goals[0]).to.deep.include({ partners: [], steps: [] });
    expect(dataset.goalTrees[0].goals[1].indicator).to.deep.equal({ description: 'Aantal', readings: [] });
    expect(dataset.checks.map((c) => c.instrument.id)).to.deep.equal([DEFAULT_INSTRUMENT_ID, DEFAULT_INSTRUMENT_ID]);
    expect(dataset.checks[0]).to.deep.include({ rounds: [], responses: [], actions: [] });
    expect(dataset.careNetworks[0]).to.deep.include({ members: [], relations: [] });
  });

  it('drops a check whose own instrument cannot be read, rather than give it the built-in one', () => {
    const instrument = {
      id: 'eigen',
      title: { nl: 'Eigen' },
      aspects: [{ id: 'x', title: { nl: 'X' }, statements: [{ id: 's', text: {} }] }],
    };
    const { dataset, issues } = parseDataset(doc({ checks: [{ id: 'c', title: 'C', instrument }] }));
    expect(dataset.checks).to.deep.equal([]);
    expect(issues.map((i) => i.code)).to.include('record-dropped');
  });
});

describe('parseDataset names what it could not read', () => {
  it('says that a goal became the main goal when its parent is missing, not that it sat in a loop', () => {
    const { dataset, issues } = parseDataset(
      doc({
        goalTrees: [
          {
            id: 't',
            title: 'Boom',
            goals: [
              { id: 'stip', partners: [], steps: [] },
              { id: 'sub', parent: 'stip', title: 'Sub' },
              { id: 'concreet', parent: 'sub', title: 'Concreet' },
            ],
          },
        ],
      }),
    );
    expect(dataset.goalTrees[0].goals.map((g) => [g.id, g.parent])).to.deep.equal([
      ['sub', undefined],
      ['concreet', 'sub'],
    ]);
    expect(codes(issues)).to.deep.equal([
      ['$.goalTrees[0].goals[0].title', 'missing-field'],
      ['$.goalTrees[0].goals[0]', 'item-dropped'],
      ['$.goalTrees[0].goals[1].parent', 'missing-ref'],
    ]);
    expect(issues[2].message.nl).to.contain('het is nu de stip op de horizon').and.not.contain('kring');
  });

  it('breaks a loop once, at its first goal, and leaves goals below the loop where they were', () => {
    const goal = (id: string, parent?: string) => ({ id, ...(parent ? { parent } : {}), title: id });
    const { dataset, issues } = parseDataset(
      doc({
        goalTrees: [{ id: 't', title: 'Boom', goals: [goal('root'), goal('d', 'b'), goal('b', 'c'), goal('c', 'b')] }],
      }),
    );
    expect(dataset.goalTrees[0].goals.map((g) => g.parent)).to.deep.equal([undefined, 'b', 'root', 'b']);
    expect(codes(issues)).to.deep.equal([['$.goalTrees[0].goals[2].parent', 'goal-cycle']]);
  });

  it('names the record of every issue: collection, index, id and name', () => {
    const { issues } = parseDataset(
      doc({
        parties: [...parties, { id: 'c', name: 'Buurthuis', kind: 'team', field: 'zorg', kleur: 1 }],
        relations: [{ id: 'r', source: 'a', target: 'b', kind: 'x' }],
      }),
    );
    expect(issues.map((i) => i.record)).to.deep.equal([
      { collection: 'parties', index: 2, id: 'c', name: 'Buurthuis' },
      { collection: 'relations', index: 0, id: 'r' },
      { collection: 'relations', index: 0, id: 'r' },
      { collection: 'relations', index: 0, id: 'r' },
    ]);
  });

  it('reports a relation whose id is also a party id, and keeps it', () => {
    const { dataset, issues } = parseDataset(
      doc({
        relations: [
          { id: 'ok', source: 'a', target: 'b', kind: 'verwijst' },
          { id: 'a', source: 'a', target: 'b', kind: 'informeert' },
        ],
      }),
    );
    expect(dataset.relations).to.have.length(2);
    expect(codes(issues)).to.deep.equal([['$.relations[1].id', 'id-collision']]);
  });
});
