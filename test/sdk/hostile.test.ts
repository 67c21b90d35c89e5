/**
 * A corpus of malformed and hostile inputs. For every one, parseDataset never throws, reports
 * issues with a JSON path and a message in Dutch and English, and keeps the valid records around
 * the bad ones. The run prints one line with what it counted (inputs, crashes, prototype pollution,
 * records kept), so a regression shows in the test output.
 */
import { expect } from '@open-wc/testing';
import {
  layoutCareNetwork,
  ownValue,
  parseDataset,
  type Dataset,
  type Issue,
  type ParseOptions,
} from '../../src/sdk/index.js';

const buur = { id: 'buur', name: 'Buurthuis De Linde', kind: 'organisatie', field: 'welzijn' };
const huisarts = { id: 'huisarts', name: 'Huisartsenpraktijk Zuid', kind: 'organisatie', field: 'medisch' };
const doc = (extra: Record<string, unknown> = {}) => ({
  format: 'samenspel',
  version: 1,
  parties: [buur, huisarts],
  ...extra,
});
const goal = (id: string, parent?: string, more: Record<string, unknown> = {}) => ({
  id,
  ...(parent ? { parent } : {}),
  title: `Doel ${id}`,
  partners: [],
  steps: [],
  ...more,
});
const instrument = {
  id: 'i',
  title: { nl: 'Check' },
  aspects: [
    { id: 'relatie', title: { nl: 'Relatie' }, statements: [{ id: 's1', text: { nl: 'We vertrouwen elkaar.' } }] },
  ],
};
const check = (responses: unknown[]) => ({
  id: 'c',
  title: 'Check',
  instrument,
  rounds: [{ id: 'r1', title: 'Eerste ronde', date: '2026-03-01' }],
  responses,
  actions: [],
});

interface Case {
  name: string;
  input: () => unknown;
  options?: ParseOptions;
  /** Paths that must be among the issues. */
  paths: string[];
  /** Codes that must be among the issues. */
  codes?: string[];
  /** What must survive; by default both valid parties, for inputs that carry them. */
  keep?: (d: Dataset) => void;
}

const bothParties = (d: Dataset) => expect(d.parties.map((p) => p.id)).to.deep.equal(['buur', 'huisarts']);
const nothingKept = (d: Dataset) => expect(d.parties).to.deep.equal([]);
const nested = (depth: number) => {
  let value: unknown = 'bodem';
  for (let i = 0; i < depth; i++) value = [value];
  return value;
};

const corpus: Case[] = [
  { name: 'null', input: () => null, paths: ['$'], codes: ['not-object'], keep: nothingKept },
  { name: 'a number', input: () => 42, paths: ['$'], codes: ['not-object'], keep: nothingKept },
  { name: 'a string that is not JSON', input: () => 'x', paths: ['$'], codes: ['not-json'], keep: nothingKept },
  { name: 'an array', input: () => [], paths: ['$'], codes: ['not-object'], keep: nothingKept },
  { name: 'a function', input: () => () => 'samenspel', paths: ['$'], codes: ['not-object'], keep: nothingKept },
  { name: 'a Date object', input: () => new Date(), paths: ['$'], codes: ['not-object'], keep: nothingKept },
  {
    name: 'broken JSON text',
    input: () => '{"format": "samenspel", "parties": [',
    paths: ['$'],
    codes: ['not-json'],
    keep: nothingKept,
  },
  { name: 'JSON text of an array', input: () => '[1, 2, 3]', paths: ['$'], codes: ['not-object'], keep: nothingKept },
  {
    name: 'another format',
    input: () => doc({ format: 'hsds' }),
    paths: ['$.format'],
    codes: ['wrong-format'],
    keep: nothingKept,
  },
  {
    name: 'a missing format',
    input: () => {
      const { format: _f, ...rest } = doc();
      return rest;
    },
    paths: ['$.format'],
    codes: ['missing-format'],
  },
  { name: 'a newer version', input: () => doc({ version: 3 }), paths: ['$.version'], codes: ['newer-version'] },
  {
    name: 'a version that is a string',
    input: () => doc({ version: '1' }),
    paths: ['$.version'],
    codes: ['unknown-version'],
  },
  {
    name: 'a missing version',
    input: () => {
      const { version: _v, ...rest } = doc();
      return rest;
    },
    paths: ['$.version'],
    codes: ['missing-field'],
  },
  {
    name: '__proto__ at the top level (JSON text)',
    input: () =>
      `{"__proto__": {"polluted": "yes"}, "format": "samenspel", "version": 1, "parties": ${JSON.stringify([buur, huisarts])}}`,
    paths: ['$.__proto__'],
    codes: ['forbidden-key'],
  },
  {
    name: '__proto__, constructor and prototype inside records (JSON text)',
    input: () =>
      JSON.stringify(doc()).replace(
        '"id":"buur",',
        '"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},"id":"buur",',
      ),
    paths: ['$.parties[0].__proto__', '$.parties[0].constructor'],
    codes: ['forbidden-key'],
  },
  {
    name: '__proto__ deep inside a contact and the answers of a response',
    input: () =>
      JSON.stringify(
        doc({ checks: [check([{ id: 'a', round: 'r1', role: 'zorg', answers: { s1: 4, __proto__x: 1 } }])] }),
      )
        .replace('"__proto__x":1', '"__proto__":{"polluted":"yes"}')
        .replace(
          '"kind":"organisatie","field":"medisch"',
          '"kind":"organisatie","field":"medisch","contact":{"prototype":{"polluted":"yes"},"phone":"030 123 4567"}',
        ),
    paths: ['$.checks[0].responses[0].answers.__proto__', '$.parties[1].contact.prototype'],
    codes: ['forbidden-key'],
    keep: (d) => {
      bothParties(d);
      expect(d.parties[1].contact).to.deep.equal({ phone: '030 123 4567' });
      expect(d.checks[0].responses[0].answers).to.deep.equal({ s1: 4 });
    },
  },
  {
    name: 'a __proto__ key in an object a host built',
    input: () =>
      doc({
        parties: [
          JSON.parse('{"__proto__": {"polluted": "yes"}, "id": "x", "name": "X", "kind": "team", "field": "zorg"}'),
          buur,
          huisarts,
        ],
      }),
    paths: ['$.parties[0].__proto__'],
    codes: ['forbidden-key'],
    keep: (d) => expect(d.parties.map((p) => p.id)).to.deep.equal(['x', 'buur', 'huisarts']),
  },
  ...[
    'javascript:alert(document.cookie)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    ' java\tscript:alert(1)',
    'JaVaScRiPt:alert(1)',
  ].map((website): Case => ({
    name: `a ${JSON.stringify(website)} link`,
    input: () => doc({ parties: [buur, { ...huisarts, contact: { website, phone: '030 123 4567' } }] }),
    paths: ['$.parties[1].contact.website'],
    codes: ['unsafe-url'],
    keep: (d) => {
      bothParties(d);
      expect(d.parties[1].contact).to.deep.equal({ phone: '030 123 4567' });
    },
  })),
  {
    name: 'a description over the limit',
    input: () => doc({ parties: [buur, { ...huisarts, description: 'x'.repeat(20_000) }] }),
    paths: ['$.parties[1].description'],
    codes: ['too-long'],
    keep: (d) => {
      bothParties(d);
      expect(d.parties[1]).to.not.have.property('description');
    },
  },
  {
    name: 'a name of a megabyte',
    input: () => doc({ parties: [buur, { ...huisarts, id: 'lang', name: 'n'.repeat(1_000_000) }, huisarts] }),
    paths: ['$.parties[1].name', '$.parties[1]'],
    codes: ['too-long', 'record-dropped'],
  },
  {
    name: 'text over the size limit',
    input: () => JSON.stringify(doc()),
    options: { maxBytes: 100 },
    paths: ['$'],
    codes: ['too-large'],
    keep: nothingKept,
  },
  {
    name: 'an object over the size limit',
    input: () => doc(),
    options: { maxBytes: 100 },
    paths: ['$'],
    codes: ['too-large'],
    keep: nothingKept,
  },
  {
    name: 'deeply nested arrays',
    input: () =>
      JSON.stringify(doc({ parties: [buur, huisarts, { ...buur, id: 'diep', targetGroups: nested(5000) }] })),
    paths: ['$.parties[2].targetGroups[0]'],
    codes: ['wrong-type'],
    keep: (d) => expect(d.parties.map((p) => p.id)).to.deep.equal(['buur', 'huisarts', 'diep']),
  },
  {
    name: 'an object nested far deeper than any dataset',
    input: () => doc({ extra: nested(200_000) }),
    paths: ['$.extra'],
    codes: ['too-deep', 'unknown-field'],
  },
  {
    name: 'a relation to a party that does not exist',
    input: () =>
      doc({
        relations: [
          { id: 'r1', source: 'buur', target: 'spook', kind: 'verwijst' },
          { id: 'r2', source: 'buur', target: 'huisarts', kind: 'verwijst' },
        ],
      }),
    paths: ['$.relations[0].target', '$.relations[0]'],
    codes: ['missing-party', 'record-dropped'],
    keep: (d) => expect(d.relations.map((r) => r.id)).to.deep.equal(['r2']),
  },
  {
    name: 'duplicate party ids',
    input: () => doc({ parties: [buur, { ...buur, name: 'Dubbel' }, huisarts] }),
    paths: ['$.parties[1].id'],
    codes: ['duplicate-id'],
    keep: (d) => {
      bothParties(d);
      expect(d.parties[0].name).to.equal('Buurthuis De Linde');
    },
  },
  {
    name: 'a loop of parent goals',
    input: () =>
      doc({
        goalTrees: [
          { id: 't', title: 'Boom', goals: [goal('root'), goal('a', 'b'), goal('b', 'a'), goal('c', 'root')] },
        ],
      }),
    paths: ['$.goalTrees[0].goals[1].parent'],
    codes: ['goal-cycle'],
    keep: (d) => {
      bothParties(d);
      const goals = d.goalTrees[0].goals;
      expect(goals.map((g) => g.id)).to.deep.equal(['root', 'a', 'b', 'c']);
      expect(goals.filter((g) => g.parent === undefined).map((g) => g.id)).to.deep.equal(['root']);
    },
  },
  {
    name: 'two main goals',
    input: () =>
      doc({ goalTrees: [{ id: 't', title: 'Boom', goals: [goal('root'), goal('a', 'root'), goal('tweede')] }] }),
    paths: ['$.goalTrees[0].goals[2]'],
    codes: ['extra-root'],
    keep: (d) => expect(d.goalTrees[0].goals.find((g) => g.id === 'tweede')?.parent).to.equal('root'),
  },
  {
    name: 'two regiehouders in one network',
    input: () =>
      doc({
        parties: [
          buur,
          huisarts,
          { ...buur, id: 'carer', name: 'Mantelzorger' },
          { ...buur, id: 'naaste', name: 'Naaste' },
        ],
        careNetworks: [
          {
            id: 'n',
            name: 'Netwerk',
            carer: 'carer',
            caredFor: 'naaste',
            relations: [],
            members: [
              { party: 'buur', ring: 'dichtbij', field: 'welzijn', regiehouder: true },
              { party: 'huisarts', ring: 'dichtbij', field: 'medisch', regiehouder: true },
            ],
          },
        ],
      }),
    paths: ['$.careNetworks[0].members[1].regiehouder'],
    codes: ['many-regiehouders'],
    keep: (d) =>
      expect(d.careNetworks[0].members.map((m) => [m.party, !!m.regiehouder])).to.deep.equal([
        ['buur', true],
        ['huisarts', false],
      ]),
  },
  {
    name: 'a network whose carer does not exist',
    input: () =>
      doc({
        careNetworks: [{ id: 'n', name: 'Netwerk', carer: 'spook', caredFor: 'buur', members: [], relations: [] }],
      }),
    paths: ['$.careNetworks[0].carer', '$.careNetworks[0]'],
    codes: ['missing-party', 'record-dropped'],
  },
  {
    name: 'unknown values of a list of choices',
    input: () =>
      doc({
        parties: [buur, huisarts, { ...buur, id: 'alien', kind: 'ruimteschip' }],
        relations: [{ id: 'r', source: 'buur', target: 'huisarts', kind: 'werkt-samen', strength: 'heel-sterk' }],
      }),
    paths: ['$.parties[2].kind', '$.parties[2]', '$.relations[0].strength'],
    codes: ['unknown-value', 'record-dropped'],
    keep: (d) => {
      bothParties(d);
      expect(d.relations).to.deep.equal([{ id: 'r', source: 'buur', target: 'huisarts', kind: 'werkt-samen' }]);
    },
  },
  {
    name: 'wrong types',
    input: () =>
      doc({
        parties: [buur, { ...huisarts, id: 'getal', name: 42 }, { ...huisarts, areas: 'Zuid' }],
        relations: 'geen lijst',
        goalTrees: {},
      }),
    paths: ['$.parties[1].name', '$.parties[2].areas', '$.relations', '$.goalTrees'],
    codes: ['wrong-type', 'not-a-list'],
    keep: (d) => {
      bothParties(d);
      expect(d.parties[1]).to.not.have.property('areas');
    },
  },
  {
    name: 'NaN and Infinity',
    input: () =>
      doc({
        parties: [buur, { ...huisarts, position: { x: Number.NaN, y: 3 } }],
        goalTrees: [
          {
            id: 't',
            title: 'Boom',
            goals: [
              goal('root', undefined, {
                indicator: {
                  description: 'Aantal',
                  target: Infinity,
                  readings: [{ date: '2026-01-01', value: -Infinity }],
                },
              }),
            ],
          },
        ],
      }),
    paths: [
      '$.parties[1].position.x',
      '$.goalTrees[0].goals[0].indicator.target',
      '$.goalTrees[0].goals[0].indicator.readings[0].value',
    ],
    keep: (d) => {
      bothParties(d);
      expect(d.parties[1]).to.not.have.property('position');
      expect(d.goalTrees[0].goals[0].indicator).to.deep.equal({ description: 'Aantal', readings: [] });
    },
  },
  {
    name: 'dates that do not exist',
    input: () =>
      doc({
        parties: [
          buur,
          { ...huisarts, lastVerified: '2026-02-31' },
          { ...buur, id: 'b2', lastVerified: '2025-13-01' },
          { ...buur, id: 'b3', lastVerified: '2024-02-29' },
        ],
      }),
    paths: ['$.parties[1].lastVerified', '$.parties[2].lastVerified'],
    codes: ['invalid-date'],
    keep: (d) => {
      expect(d.parties.map((p) => p.id)).to.deep.equal(['buur', 'huisarts', 'b2', 'b3']);
      expect(d.parties.map((p) => p.lastVerified)).to.deep.equal([undefined, undefined, undefined, '2024-02-29']);
    },
  },
  {
    name: 'a circular object',
    input: () => {
      const d: Record<string, unknown> = doc();
      d.self = d;
      return d;
    },
    paths: ['$.self'],
    codes: ['circular'],
  },
  {
    name: 'unknown fields at the top and in a record',
    input: () => doc({ geheim: true, parties: [buur, { ...huisarts, wachtwoord: 'x' }] }),
    paths: ['$.geheim', '$.parties[1].wachtwoord'],
    codes: ['unknown-field'],
  },
  {
    name: 'a response to a round that does not exist, and an answer out of range',
    input: () =>
      doc({
        checks: [
          check([
            { id: 'a', round: 'r9', role: 'zorg', answers: { s1: 4 } },
            { id: 'b', round: 'r1', role: 'zorg', answers: { s1: 7 } },
            { id: 'c', round: 'r1', role: 'vrijwilliger', answers: { s1: 2 } },
          ]),
        ],
      }),
    paths: ['$.checks[0].responses[0].round', '$.checks[0].responses[1].answers.s1'],
    codes: ['missing-ref'],
    keep: (d) =>
      expect(d.checks[0].responses.map((r) => [r.id, r.answers])).to.deep.equal([
        ['b', {}],
        ['c', { s1: 2 }],
      ]),
  },
  {
    name: 'a goal partner that does not exist',
    input: () =>
      doc({
        goalTrees: [
          { id: 't', title: 'Boom', goals: [goal('root', undefined, { partners: ['buur', 'spook', 'huisarts'] })] },
        ],
      }),
    paths: ['$.goalTrees[0].goals[0].partners[1]'],
    codes: ['missing-party'],
    keep: (d) => expect(d.goalTrees[0].goals[0].partners).to.deep.equal(['buur', 'huisarts']),
  },
  {
    name: 'broken goals between good ones (paths keep the input’s numbering)',
    input: () =>
      doc({
        goalTrees: [
          {
            id: 't',
            title: 'Boom',
            goals: [
              goal('root'),
              { id: 'zonder-titel', parent: 'root', partners: [], steps: [] },
              goal('a', 'root'),
              goal('b', 'root', { collapsed: 'ja' }),
            ],
          },
        ],
      }),
    paths: ['$.goalTrees[0].goals[1].title', '$.goalTrees[0].goals[3].collapsed'],
    codes: ['missing-field', 'wrong-type'],
    keep: (d) => expect(d.goalTrees[0].goals.map((g) => g.id)).to.deep.equal(['root', 'a', 'b']),
  },
  {
    name: 'a BigInt',
    input: () => doc({ parties: [buur, { ...huisarts, position: { x: 10n, y: 1 } }] }),
    paths: ['$.parties[1].position.x'],
    codes: ['wrong-type'],
    keep: (d) => {
      bothParties(d);
      expect(d.parties[1]).to.not.have.property('position');
    },
  },
  {
    name: 'a Proxy that throws',
    input: () =>
      new Proxy(
        {},
        {
          getPrototypeOf: () => {
            throw new Error('nee');
          },
          ownKeys: () => {
            throw new Error('nee');
          },
        },
      ),
    paths: ['$'],
    codes: ['unreadable'],
    keep: nothingKept,
  },
  {
    name: 'a byte-order mark before the JSON text',
    input: () => `\uFEFF${JSON.stringify(doc({ geheim: 1 }))}`,
    paths: ['$.geheim'],
    codes: ['unknown-field'],
  },
  ...(['parties', 'relations', 'careNetworks', 'goalTrees', 'checks', 'routes'] as const).map((collection): Case => ({
    name: `unknown fields from a newer writer on ${collection}`,
    input: () =>
      doc({
        version: 3,
        ...newerRecords(),
        [collection]: newerRecords()[collection].map((r) => ({ ...r, nieuwVeld: { x: 1 } })),
      }),
    paths: ['$.version', `$.${collection}[0].nieuwVeld`],
    codes: ['newer-version', 'unknown-field'],
    keep: (d) => {
      const all = newerRecords();
      for (const name of Object.keys(all) as (keyof ReturnType<typeof newerRecords>)[])
        expect(d[name].length, name).to.equal(all[name].length);
    },
  })),
  {
    name: 'a statement with id __proto__ (and constructor, toString) and its answers',
    input:
      () => `{"format":"samenspel","version":2,"parties":${JSON.stringify([buur, huisarts])},"checks":[{"id":"c","title":"C","rounds":[{"id":"r1","title":"R","date":"2026-03-01"}],"actions":[],
      "instrument":{"id":"i","title":{"nl":"I"},"aspects":[{"id":"__proto__","title":{"nl":"A"},"statements":[{"id":"__proto__","text":{"nl":"S"}},{"id":"constructor","text":{"nl":"T"}},{"id":"toString","text":{"nl":"U"}}]}]},
      "responses":[{"id":"a","round":"r1","role":"zorg","answers":{"__proto__":4,"constructor":2,"toString":null},"comments":{"__proto__":"ja"}}, {"id":"b","round":"r1","role":"zorg","answers":{"s":9}}]}]}`,
    paths: ['$.checks[0].responses[1].answers.s'],
    codes: ['invalid-value'],
    keep: (d) => {
      const answers = d.checks[0].responses[0].answers;
      expect([
        ownValue(answers, '__proto__'),
        ownValue(answers, 'constructor'),
        ownValue(answers, 'toString'),
      ]).to.deep.equal([4, 2, null]);
      expect(Object.keys(answers)).to.have.members(['__proto__', 'constructor', 'toString']);
      expect(ownValue(d.checks[0].responses[0].comments!, '__proto__')).to.equal('ja');
      expect(JSON.parse(JSON.stringify(answers))).to.deep.equal(
        JSON.parse('{"__proto__":4,"constructor":2,"toString":null}'),
      );
    },
  },
  {
    name: 'ids named after members of Object on parties, relations, goals and networks',
    input: () =>
      doc({
        parties: [
          buur,
          huisarts,
          { ...buur, id: '__proto__' },
          { ...buur, id: 'constructor' },
          { ...buur, id: 'toString' },
        ],
        relations: [
          { id: 'hasOwnProperty', source: '__proto__', target: 'constructor', kind: 'verwijst' },
          { id: 'valueOf', source: 'buur', target: 'toString', kind: 'verwijst' },
        ],
        careNetworks: [
          {
            id: 'valueOf',
            name: 'N',
            carer: '__proto__',
            caredFor: 'constructor',
            members: [{ party: 'toString', ring: 'dichtbij', field: 'zorg' }],
          },
        ],
        goalTrees: [
          { id: 'prototype', title: 'T', goals: [goal('__proto__'), goal('constructor', '__proto__', { extra: 1 })] },
        ],
      }),
    paths: ['$.goalTrees[0].goals[1].extra'],
    codes: ['unknown-field'],
    keep: (d) => {
      expect(d.parties.map((p) => p.id)).to.deep.equal(['buur', 'huisarts', '__proto__', 'constructor', 'toString']);
      expect(d.relations.map((r) => r.id)).to.deep.equal(['hasOwnProperty', 'valueOf']);
      expect(d.goalTrees[0].goals.map((g) => g.parent)).to.deep.equal([undefined, '__proto__']);
    },
  },
  {
    name: 'a goal chain 50,000 deep',
    input: () =>
      doc({
        goalTrees: [
          {
            id: 't',
            title: 'Keten',
            goals: Array.from({ length: 50_000 }, (_, i) =>
              goal(`g${i}`, i ? `g${i - 1}` : undefined, i === 49_999 ? { extra: true } : {}),
            ),
          },
        ],
      }),
    paths: ['$.goalTrees[0].goals[49999].extra'],
    codes: ['unknown-field'],
    keep: (d) => {
      bothParties(d);
      expect(d.goalTrees[0].goals).to.have.length(50_000);
      expect(d.goalTrees[0].goals[49_999].parent).to.equal('g49998');
    },
  },
  {
    name: 'a loop of 50,000 goals with no main goal',
    input: () =>
      doc({
        goalTrees: [
          {
            id: 't',
            title: 'Kring',
            goals: Array.from({ length: 50_000 }, (_, i) => goal(`g${i}`, `g${(i + 49_999) % 50_000}`)),
          },
        ],
      }),
    paths: ['$.goalTrees[0].goals[0].parent'],
    codes: ['goal-cycle'],
    keep: (d) => {
      expect(d.goalTrees[0].goals).to.have.length(50_000);
      expect(d.goalTrees[0].goals.filter((g) => g.parent === undefined).map((g) => g.id)).to.deep.equal(['g0']);
    },
  },
  {
    name: '200 goals each with an unknown field, a network of 300 members each with one',
    input: () => {
      const many = Array.from({ length: 300 }, (_, i) => ({ ...buur, id: `p${i}` }));
      return doc({
        parties: [buur, huisarts, ...many],
        goalTrees: [
          {
            id: 't',
            title: 'T',
            goals: Array.from({ length: 200 }, (_, i) => goal(`g${i}`, i ? 'g0' : undefined, { kleur: 'rood' })),
          },
        ],
        careNetworks: [
          {
            id: 'n',
            name: 'N',
            carer: 'buur',
            caredFor: 'huisarts',
            relations: [],
            members: many.map((p) => ({ party: p.id, ring: 'dichtbij', field: 'zorg', sinds: 2020 })),
          },
        ],
      });
    },
    paths: ['$.goalTrees[0].goals[199].kleur', '$.careNetworks[0].members[299].sinds'],
    codes: ['unknown-field'],
    keep: (d) => {
      expect(d.goalTrees[0].goals).to.have.length(200);
      expect(d.careNetworks[0].members).to.have.length(300);
    },
  },
  {
    name: '20,000 answer keys in one response',
    input: () => {
      const answers: Record<string, number> = {};
      for (let i = 0; i < 20_000; i++) answers[`s${i}`] = 3;
      return JSON.stringify(
        doc({ checks: [check([{ id: 'a', round: 'r1', role: 'zorg', answers: { ...answers, s1: 4 } }])] }),
      );
    },
    paths: ['$.checks[0].responses[0].answers'],
    codes: ['too-many-keys'],
    keep: (d) => {
      expect(ownValue(d.checks[0].responses[0].answers, 's1')).to.equal(4);
      expect(Object.keys(d.checks[0].responses[0].answers)).to.have.length(1000);
    },
  },
  {
    name: 'a record with 5,000 unknown keys',
    input: () =>
      doc({
        parties: [buur, { ...huisarts, ...Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`k${i}`, i])) }],
      }),
    paths: ['$.parties[1]', '$.parties[1].k0'],
    codes: ['too-many-keys', 'unknown-field'],
  },
  {
    name: 'an object nested 100,000 deep inside a record (an object a host built)',
    input: () => {
      let deep: unknown = {};
      for (let i = 0; i < 100_000; i++) deep = { a: deep };
      return doc({ parties: [buur, { ...huisarts, contact: deep }] });
    },
    paths: ['$.parties[1].contact.a'],
    codes: ['too-deep'],
  },
  {
    name: 'JSON text with an object nested 100,000 deep',
    input: () =>
      `{"format":"samenspel","version":2,"extra":${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)},"parties":${JSON.stringify([buur, huisarts])}}`,
    paths: ['$.extra'],
    codes: ['too-deep', 'unknown-field'],
  },
  {
    name: 'relations, network relations, steps, responses and actions without ids',
    input: () =>
      doc({
        relations: [{ source: 'buur', target: 'huisarts', kind: 'verwijst' }],
        careNetworks: [
          {
            id: 'n',
            name: 'N',
            carer: 'buur',
            caredFor: 'huisarts',
            relations: [{ source: 'buur', target: 'huisarts', kind: 'informeert' }],
          },
        ],
        goalTrees: [{ id: 't', title: 'T', goals: [{ id: 'g', title: 'G', steps: [{ title: 'S', status: 'open' }] }] }],
        checks: [
          {
            ...check([{ round: 'r1', role: 'zorg', answers: { s1: 4 } }]),
            actions: [{ aspect: 'relatie', what: 'Koffie' }],
          },
        ],
      }),
    paths: [
      '$.relations[0].id',
      '$.careNetworks[0].relations[0].id',
      '$.goalTrees[0].goals[0].steps[0].id',
      '$.checks[0].responses[0].id',
      '$.checks[0].actions[0].id',
    ],
    codes: ['generated-id'],
    keep: (d) =>
      expect([
        d.relations.length,
        d.careNetworks[0].relations.length,
        d.goalTrees[0].goals[0].steps.length,
        d.checks[0].responses.length,
        d.checks[0].actions.length,
      ]).to.deep.equal([1, 1, 1, 1, 1]),
  },
  {
    name: 'values JSON has no words for: a Map, a Symbol, a function, undefined, a sparse array',
    input: () =>
      doc({
        parties: [
          buur,
          {
            ...huisarts,
            areas: new Map([['a', 1]]),
            role: Symbol('x'),
            description: () => 'x',
            lastVerified: undefined,
          },
          // eslint-disable-next-line no-sparse-arrays
          { ...buur, id: 'gat', targetGroups: [, 'ouderen'] },
        ],
      }),
    paths: ['$.parties[1].areas', '$.parties[1].role', '$.parties[1].description', '$.parties[2].targetGroups[0]'],
    codes: ['wrong-type'],
    keep: (d) => {
      expect(d.parties.map((p) => p.id)).to.deep.equal(['buur', 'huisarts', 'gat']);
      expect(d.parties[2].targetGroups).to.deep.equal(['ouderen']);
    },
  },
  {
    name: 'a goal tree whose main goal cannot be read',
    input: () =>
      doc({ goalTrees: [{ id: 't', title: 'T', goals: [{ id: 'stip' }, goal('sub', 'stip'), goal('c', 'sub')] }] }),
    paths: ['$.goalTrees[0].goals[0]', '$.goalTrees[0].goals[1].parent'],
    codes: ['item-dropped', 'missing-ref'],
    keep: (d) =>
      expect(d.goalTrees[0].goals.map((g) => [g.id, g.parent])).to.deep.equal([
        ['sub', undefined],
        ['c', 'sub'],
      ]),
  },
  {
    name: 'a check whose own instrument is broken beyond repair',
    input: () =>
      doc({
        checks: [
          {
            ...check([]),
            instrument: {
              id: 'i',
              title: { nl: 'I' },
              aspects: [{ id: 'a', title: { nl: 'A' }, statements: [{ id: 's', text: { en: 'only English' } }] }],
            },
          },
        ],
      }),
    paths: ['$.checks[0]'],
    codes: ['record-dropped'],
    keep: (d) => {
      bothParties(d);
      expect(d.checks).to.deep.equal([]);
    },
  },
];

/** One valid record of every collection, as a newer writer would send them. */
function newerRecords() {
  return {
    parties: [buur, huisarts],
    relations: [{ id: 'r', source: 'buur', target: 'huisarts', kind: 'verwijst' }],
    careNetworks: [{ id: 'n', name: 'N', carer: 'buur', caredFor: 'huisarts', members: [], relations: [] }],
    goalTrees: [{ id: 't', title: 'T', goals: [goal('g')] }],
    checks: [check([{ id: 'a', round: 'r1', role: 'zorg', answers: { s1: 4 } }])],
    routes: [{ id: 'route', title: 'Route' }],
  };
}

/** What the corpus run counted, printed at the end. */
const counted = { inputs: 0, crashes: 0, polluted: 0, recordsKept: 0 };

describe('parseDataset on hostile input', () => {
  after(() =>
    console.log(
      `SDK hostile corpus: ${counted.inputs} inputs, ${counted.crashes} crashes, ${counted.polluted} polluted, ${counted.recordsKept} records kept`,
    ),
  );

  it('has at least 60 inputs', () => {
    expect(corpus.length).to.be.at.least(60);
  });

  for (const c of corpus) {
    it(`reports and survives ${c.name}`, () => {
      counted.inputs++;
      let result: ReturnType<typeof parseDataset> | undefined;
      try {
        result = parseDataset(c.input(), c.options);
      } catch (e) {
        counted.crashes++;
        throw e;
      } finally {
        if (({} as Record<string, unknown>).polluted !== undefined || Object.getPrototypeOf({}) !== Object.prototype)
          counted.polluted++;
      }
      const { dataset, issues } = result;
      counted.recordsKept +=
        dataset.parties.length +
        dataset.relations.length +
        dataset.careNetworks.length +
        dataset.goalTrees.length +
        dataset.checks.length +
        dataset.routes.length;
      expect(issues.length, 'issues').to.be.greaterThan(0);
      for (const i of issues) expectWellFormed(i);
      const paths = issues.map((i) => i.path);
      for (const p of c.paths) expect(paths, JSON.stringify(issues.map((i) => [i.path, i.code]))).to.include(p);
      for (const code of c.codes ?? []) expect(issues.map((i) => i.code)).to.include(code);
      (c.keep ?? bothParties)(dataset);
      // What was kept is itself valid.
      expect(parseDataset(JSON.parse(JSON.stringify(dataset))).issues).to.deep.equal([]);
      expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
      expect((Object.prototype as Record<string, unknown>).polluted).to.equal(undefined);
    });
  }

  it('lays out a care network whose carer is __proto__ without touching a prototype', () => {
    const layout = layoutCareNetwork({
      carer: '__proto__',
      caredFor: 'constructor',
      members: [{ party: 'toString', ring: 'dichtbij', field: 'zorg' }],
    });
    expect(Object.keys(layout.positions).sort()).to.deep.equal(['__proto__', 'constructor', 'toString']);
    expect(ownValue(layout.positions, '__proto__')).to.have.keys('x', 'y');
    expect(Object.keys(layout.boxes)).to.have.length(3);
  });

  it('explains a newer version in plain words, in both languages', () => {
    const { issues } = parseDataset(doc({ version: 3 }));
    expect(issues[0].message.nl).to.contain('nieuwere versie').and.contain('3');
    expect(issues[0].message.en).to.contain('newer version').and.contain('3');
  });
});

function expectWellFormed(i: Issue) {
  expect(i.path).to.match(/^\$/);
  expect(['error', 'warning', 'info']).to.include(i.severity);
  expect(i.code).to.be.a('string').and.not.equal('');
  expect(i.message.nl).to.be.a('string').and.not.equal('');
  expect(i.message.en).to.be.a('string').and.not.equal('');
  expect(i.message.nl).to.not.contain('undefined');
}
