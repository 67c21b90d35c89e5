import { expect } from '@open-wc/testing';
import {
  createStore,
  emptyDataset,
  parseDataset,
  removePartyChanges,
  sampleDataset,
  sampleRoute,
  usagesOfParty,
  VERSION,
  type Dataset,
  type Route,
  type RouteStep,
} from '../../src/sdk/index.js';
import { normalizeSteps, routeOrder } from '../../src/sdk/route.js';
import {
  copyCurrentToDesired,
  moveLane,
  moveStep,
  putAnnotation,
  putLane,
  putStep,
  removeAnnotation,
  removeLane,
  removeStep,
} from '../../src/sdk/route-edit.js';
import { compareRoute, routeFigures, stepFigures } from '../../src/sdk/analysis/route.js';
import { routeToCsv } from '../../src/sdk/formats/route-export.js';
import { nl, carerRouteMessages } from '../../src/translations/carer-route.js';
import { en as enFull } from '../../src/translations/carer-route.en.js';

const party = (id: string) => ({ id, name: `Naam ${id}`, kind: 'team', field: 'welzijn' });
const s = (id: string, extra: Partial<RouteStep> = {}): RouteStep => ({ id, what: `Stap ${id}`, ...extra });
const route = (extra: Partial<Route> = {}): Route => ({
  id: 'r',
  title: 'Respijtzorg',
  lanes: [
    { id: 'wmo', role: 'Wmo-consulent', party: 'p1' },
    { id: 'mz', role: 'mantelzorger' },
  ],
  current: [],
  desired: [],
  ...extra,
});
const doc = (routes: unknown[], version = VERSION) => ({
  format: 'samenspel',
  version,
  parties: [party('p1'), party('p2')],
  routes,
});
const ids = (steps: readonly RouteStep[]) => steps.map((x) => x.id);

describe('routes: the dataset', () => {
  it('reads a version 1 dataset unchanged and migrates it to the current version with no routes', () => {
    const v1 = {
      format: 'samenspel',
      version: 1,
      title: 'Oud',
      parties: [party('p1')],
      relations: [],
      careNetworks: [],
      goalTrees: [],
      checks: [],
    };
    const { dataset, issues } = parseDataset(JSON.stringify(v1));
    expect(issues).to.deep.equal([]);
    expect(dataset.version).to.equal(2);
    expect(dataset.routes).to.deep.equal([]);
    expect(dataset.parties).to.deep.equal(v1.parties);
    expect(dataset.title).to.equal('Oud');
  });

  it('keeps a valid route as it is, and the sample dataset with its route reads without a single issue', () => {
    const r = route({ current: [s('a', { lane: 'wmo', contact: 'intake', waitDays: 3, retell: 'alles' })] });
    expect(parseDataset(doc([r]))).to.deep.equal({
      dataset: { ...emptyDataset(), parties: [party('p1'), party('p2')], routes: [r] },
      issues: [],
    });
    const sample = parseDataset(JSON.stringify(sampleDataset()));
    expect(sample.issues).to.deep.equal([]);
    expect(sample.dataset.routes).to.deep.equal([sampleRoute()]);
  });

  it('fills in lanes and versions a route leaves out', () => {
    const { dataset, issues } = parseDataset(doc([{ id: 'r', title: 'Kaal' }]));
    expect(issues).to.deep.equal([]);
    expect(dataset.routes[0]).to.deep.equal({ id: 'r', title: 'Kaal', lanes: [], current: [], desired: [] });
  });

  it('reports a broken route with paths and keeps the valid rest: missing party, unknown contact kind, a loop in next', () => {
    const broken = route({
      lanes: [
        { id: 'wmo', role: 'Wmo-consulent', party: 'weg' },
        { id: 'mz', role: 'mantelzorger' },
      ],
      current: [
        s('a', { lane: 'wmo', contact: 'telepathie' as never }),
        s('b', { lane: 'nergens', next: 'c' }),
        s('c', {
          next: 'a',
          annotations: [{ id: 'n1', kind: 'verbetering', text: 'Beter', owner: 'spook', due: '2027-01-01' }],
        }),
        s('d'),
      ],
      desired: [s('x', { next: 'bestaat-niet' }), s('x')],
    });
    const { dataset, issues } = parseDataset(doc([broken]));
    expect(issues.map((i) => [i.path, i.code])).to.deep.equal([
      ['$.routes[0].current[0].contact', 'unknown-value'],
      ['$.routes[0].lanes[0].party', 'missing-party'],
      ['$.routes[0].current[1].lane', 'missing-ref'],
      ['$.routes[0].current[2].annotations[0].owner', 'missing-party'],
      ['$.routes[0].current[2].next', 'route-loop'],
      ['$.routes[0].desired[1].id', 'duplicate-id'],
      ['$.routes[0].desired[0].next', 'missing-ref'],
    ]);
    const kept = dataset.routes[0];
    expect(kept.lanes[0]).to.deep.equal({ id: 'wmo', role: 'Wmo-consulent' });
    expect(kept.current).to.deep.equal([
      s('a', { lane: 'wmo' }),
      s('b', { next: 'c' }),
      s('c', { annotations: [{ id: 'n1', kind: 'verbetering', text: 'Beter', due: '2027-01-01' }] }),
      s('d'),
    ]);
    expect(kept.desired).to.deep.equal([s('x')]);
    // Every issue has its message in both languages.
    for (const i of issues) expect([i.message.nl, i.message.en]).to.not.include(i.code);
  });

  it('refuses a store edit that puts a loop into a route, leaving the store as it was', () => {
    const store = createStore({ ...emptyDataset(), routes: [route()] });
    const before = store.snapshot;
    const result = store.apply({
      op: 'put',
      collection: 'routes',
      record: route({ current: [s('a', { next: 'b' }), s('b', { next: 'a' })] }),
    });
    expect(result.ok).to.equal(false);
    expect(result.issues.map((i) => i.code)).to.include('route-loop');
    expect(store.snapshot).to.equal(before);
  });

  it('counts a party used by a lane or an annotation, and takes it out of routes when the party is removed', () => {
    const r = route({
      current: [s('a', { annotations: [{ id: 'n', kind: 'verbetering', text: 'Doen', owner: 'p2' }] })],
    });
    const dataset: Dataset = {
      ...emptyDataset(),
      parties: [party('p1'), party('p2')] as Dataset['parties'],
      routes: [r],
    };
    expect(usagesOfParty(dataset, 'p1')).to.equal(1);
    expect(usagesOfParty(dataset, 'p2')).to.equal(1);
    const store = createStore(dataset);
    expect(store.apply({ op: 'remove', collection: 'parties', id: 'p1' }).ok).to.equal(false);
    expect(store.apply(removePartyChanges(store.snapshot, 'p1')).ok).to.equal(true);
    expect(store.apply(removePartyChanges(store.snapshot, 'p2')).ok).to.equal(true);
    const after = store.snapshot.routes[0];
    expect(after.lanes[0]).to.deep.equal({ id: 'wmo', role: 'Wmo-consulent' });
    expect(after.current[0].annotations).to.deep.equal([{ id: 'n', kind: 'verbetering', text: 'Doen' }]);
  });
});

describe('routes: order and edits', () => {
  it('follows next, then lists the steps the route never reaches', () => {
    expect(ids(routeOrder([s('a', { next: 'c' }), s('b'), s('c')]))).to.deep.equal(['a', 'c', 'b']);
    expect(ids(routeOrder([s('a'), s('b', { next: 'd' }), s('c'), s('d')]))).to.deep.equal(['a', 'b', 'd', 'c']);
    const normal = normalizeSteps([s('a', { next: 'c' }), s('b'), s('c', { next: 'b' })]);
    expect(normal).to.deep.equal([s('a'), s('c'), s('b')]);
  });

  it('adds, moves and removes steps, lanes and annotations without changing the route it was given', () => {
    const start = route();
    let r = putStep(start, 'current', s('a'));
    r = putStep(r, 'current', s('b', { lane: 'wmo' }));
    r = putStep(r, 'current', s('c'), 0);
    expect(ids(r.current)).to.deep.equal(['c', 'a', 'b']);
    r = moveStep(r, 'current', 'c', 1);
    expect(ids(r.current)).to.deep.equal(['a', 'c', 'b']);
    expect(ids(moveStep(r, 'current', 'a', -1).current)).to.deep.equal(['a', 'c', 'b']);
    r = putAnnotation(r, 'current', 'c', { id: 'n1', kind: 'dubbeling', text: 'Weer hetzelfde formulier' });
    r = putAnnotation(r, 'current', 'c', { id: 'n2', kind: 'aanname', text: 'Ze weet de weg' });
    expect(r.current[1].annotations?.map((a) => a.id)).to.deep.equal(['n1', 'n2']);
    r = removeAnnotation(r, 'current', 'c', 'n1');
    expect(r.current[1].annotations?.map((a) => a.id)).to.deep.equal(['n2']);
    r = removeAnnotation(r, 'current', 'c', 'n2');
    expect(r.current[1]).to.deep.equal(s('c'));
    r = putLane(r, { id: 'vw', role: 'vrijwilliger' });
    r = moveLane(r, 'vw', -1);
    expect(r.lanes.map((l) => l.id)).to.deep.equal(['wmo', 'vw', 'mz']);
    r = removeLane(r, 'wmo');
    expect(r.lanes.map((l) => l.id)).to.deep.equal(['vw', 'mz']);
    expect(r.current[2]).to.deep.equal(s('b'));
    r = copyCurrentToDesired(removeStep(r, 'current', 'a'));
    expect(ids(r.desired)).to.deep.equal(['c', 'b']);
    expect(start).to.deep.equal(route());
  });
});

describe('routes: insights', () => {
  it('counts handoffs, cold referrals, retellings, waiting and steps without owner', () => {
    const f = stepFigures([
      s('a', { lane: 'mz', contact: 'signaal' }),
      s('b', { lane: 'wmo', contact: 'intake', waitDays: 21, retell: 'alles' }),
      s('c', { lane: 'wmo', contact: 'koude-verwijzing' }),
      s('d', { contact: 'vraagverheldering', waitDays: 14, retell: '  ' }),
      s('e', {
        lane: 'mz',
        contact: 'warme-verwijzing',
        retell: 'de diagnose',
        annotations: [{ id: 'n', kind: 'dubbeling', text: 'x' }],
      }),
    ]);
    expect(f).to.deep.equal({
      steps: 5,
      handoffs: 2,
      coldReferrals: 1,
      warmReferrals: 1,
      retellings: 2,
      waitDays: 35,
      noOwner: 1,
      annotations: { aanname: 0, vanzelfsprekendheid: 0, dubbeling: 1, 'gemiste-kans': 0, verbetering: 0 },
    });
    expect(stepFigures([]).handoffs).to.equal(0);
  });

  it('compares the two versions of the sample route: fewer handoffs and retellings, no cold referral left, less waiting', () => {
    const r = sampleRoute();
    const c = compareRoute(r);
    expect(c.current).to.deep.equal(routeFigures(r, 'current'));
    expect(c.current).to.include({
      steps: 11,
      handoffs: 6,
      coldReferrals: 2,
      retellings: 4,
      waitDays: 118,
      noOwner: 1,
    });
    expect(c.desired).to.include({
      steps: 10,
      handoffs: 5,
      coldReferrals: 0,
      warmReferrals: 2,
      retellings: 1,
      waitDays: 53,
      noOwner: 0,
    });
    expect(c.difference).to.include({
      steps: -1,
      handoffs: -1,
      coldReferrals: -2,
      retellings: -3,
      waitDays: -65,
      noOwner: -1,
    });
    expect(ids(c.removed)).to.deep.equal(['zoekt-hulp', 'belt-gemeente', 'nummer-steunpunt', 'vraag-op-papier']);
    expect(ids(c.added)).to.deep.equal(['herkend', 'warm-naar-consulent', 'even-vrij']);
    expect(ids(c.madeWarm)).to.deep.equal(['aanbieders']);
    expect(c.quicker.map((q) => [q.step.id, q.from, q.to])).to.deep.equal([
      ['gesprek-consulent', 14, 3],
      ['keukentafel', 21, 7],
      ['indicatie', 28, 10],
      ['aanbieders', 14, 5],
      ['logeren', 21, 14],
    ]);
    expect(c.otherLane.map((o) => [o.step.id, o.from, o.to])).to.deep.equal([
      ['nazorg', undefined, 'mantelzorgconsulent'],
    ]);
  });
});

describe('routes: CSV and messages', () => {
  it('writes one row per step of both versions, formula-safe, in Dutch or English', () => {
    const r = route({
      current: [
        s('a', {
          lane: 'wmo',
          what: '=HYPERLINK("http://x")',
          contact: 'koude-verwijzing',
          waitDays: 3,
          annotations: [{ id: 'n', kind: 'verbetering', text: '+1 bellen', owner: 'p1', due: '2027-01-01' }],
        }),
      ],
      desired: [s('a', { lane: 'mz' })],
    });
    const csv = routeToCsv(r, [party('p1')] as Dataset['parties']);
    const lines = csv
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines).to.have.length(3);
    expect(lines[0]).to.equal(nl.csvHeader.join(';'));
    expect(lines[1]).to.equal(
      `Zoals het nu gaat;1;a;Wmo-consulent;Naam p1;"'=HYPERLINK(""http://x"")";koude verwijzing;3;;"Verbetering: +1 bellen (wie: Naam p1, klaar op: 2027-01-01)"`,
    );
    expect(lines[2]).to.equal('Zoals we het willen;1;a;mantelzorger;;Stap a;;;;');
    expect(routeToCsv(r, [], 'en')).to.contain('As it goes now;1;a;Wmo-consulent;p1;');
  });

  it('has every message in Dutch and English', async () => {
    const english = await carerRouteMessages.en();
    expect(english).to.equal(enFull);
    const keys = (o: object): string[] =>
      Object.entries(o)
        .flatMap(([k, v]) => (v && typeof v === 'object' && !Array.isArray(v) ? keys(v).map((x) => `${k}.${x}`) : [k]))
        .sort();
    expect(keys(enFull)).to.deep.equal(keys(nl));
  });
});
