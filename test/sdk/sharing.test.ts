import { expect } from '@open-wc/testing';
import {
  analyzeCareNetwork,
  blockedHandoffs,
  blockedReferrals,
  createStore,
  datasetSharing,
  emptyDataset,
  FHIR_EXTENSION,
  fromFhirBundle,
  HSDS_EXTENSION,
  memberSharing,
  networkSharing,
  parseDataset,
  parseHsds,
  toFhirBundle,
  toHsds,
  type CareNetwork,
  type Dataset,
  type Route,
} from '../../src/sdk/index.js';

const party = (id: string) => ({ id, name: `Naam ${id}`, kind: 'persoon' as const, field: 'zorg' as const });
const PARTIES = ['ans', 'henk', 'bewind', 'wijk', 'huisarts', 'vrijw'].map(party);
const network = (extra: Partial<CareNetwork> = {}): CareNetwork => ({
  id: 'n',
  name: 'Netwerk',
  carer: 'ans',
  caredFor: 'henk',
  members: [
    { party: 'bewind', ring: 'op-afstand', field: 'zorg', sharing: 'niets-persoonlijk' },
    { party: 'wijk', ring: 'dichtbij', field: 'welzijn' },
    { party: 'huisarts', ring: 'dichtbij', field: 'medisch', sharing: 'met-toestemming' },
  ],
  relations: [],
  ...extra,
});
const doc = (extra: Record<string, unknown> = {}) => ({
  format: 'samenspel',
  version: 2,
  parties: PARTIES,
  careNetworks: [network()],
  ...extra,
});

describe('sharing agreements and regisseurs: the dataset', () => {
  it('keeps sharing agreements on relations and memberships and regisseurs per field, without an issue', () => {
    const net = network({
      relations: [{ id: 'r1', source: 'wijk', target: 'huisarts', kind: 'verwijst', sharing: 'alles-nodig' }],
      regisseurs: { zorg: 'bewind', welzijn: 'wijk', informeel: 'ans' },
    });
    const rel = { id: 'r0', source: 'bewind', target: 'wijk', kind: 'werkt-samen', sharing: 'niets-persoonlijk' };
    const { dataset, issues } = parseDataset(doc({ careNetworks: [net], relations: [rel] }));
    expect(issues).to.deep.equal([]);
    expect(dataset.careNetworks[0]).to.deep.equal(net);
    expect(dataset.relations[0]).to.deep.equal(rel);
  });

  it('leaves out an unknown sharing agreement with its path and keeps the relation and the member', () => {
    const net = network({
      relations: [{ id: 'r1', source: 'wijk', target: 'huisarts', kind: 'verwijst', sharing: 'soms' as never }],
    });
    net.members[1] = { ...net.members[1], sharing: 'alles' as never };
    const { dataset, issues } = parseDataset(doc({ careNetworks: [net] }));
    expect(issues.map((i) => [i.path, i.code])).to.deep.equal([
      ['$.careNetworks[0].members[1].sharing', 'unknown-value'],
      ['$.careNetworks[0].relations[0].sharing', 'unknown-value'],
    ]);
    expect(issues[0].message.nl).to.contain('alles-nodig, met-toestemming, niets-persoonlijk');
    expect(dataset.careNetworks[0].members[1]).to.deep.equal({ party: 'wijk', ring: 'dichtbij', field: 'welzijn' });
    expect(dataset.careNetworks[0].relations[0]).to.deep.equal({
      id: 'r1',
      source: 'wijk',
      target: 'huisarts',
      kind: 'verwijst',
    });
  });

  it('leaves out a regisseur who is not in the network, and an unknown field, and says so in Dutch and English', () => {
    const net = network({ regisseurs: { zorg: 'vrijw', welzijn: 'wijk', sport: 'ans' } as never });
    const { dataset, issues } = parseDataset(doc({ careNetworks: [net] }));
    expect(issues.map((i) => [i.path, i.code])).to.deep.equal([
      ['$.careNetworks[0].regisseurs.sport', 'unknown-field'],
      ['$.careNetworks[0].regisseurs.zorg', 'missing-party'],
    ]);
    expect(issues[1].message.nl).to.equal(
      'Regisseur voor zorg is ‘vrijw’, maar die hoort niet bij dit netwerk. Deze regisseur is weggelaten.',
    );
    expect(issues[1].message.en).to.contain('not in this network');
    expect(dataset.careNetworks[0].regisseurs).to.deep.equal({ welzijn: 'wijk' });
  });

  it('refuses a store change that names a regisseur outside the network, and keeps the dataset', () => {
    const store = createStore(parseDataset(doc()).dataset);
    const result = store.apply({
      op: 'put',
      collection: 'careNetworks',
      record: network({ regisseurs: { zorg: 'vrijw' } }),
    });
    expect(result.ok).to.equal(false);
    expect(store.snapshot.careNetworks[0].regisseurs).to.equal(undefined);
  });
});

describe('sharing agreements: where information cannot flow', () => {
  it('takes the agreement on the tie first, then what the sender agreed as a member', () => {
    const net = network({
      relations: [{ id: 'r1', source: 'wijk', target: 'bewind', kind: 'werkt-samen', sharing: 'met-toestemming' }],
    });
    expect(networkSharing(net, 'bewind', 'wijk')).to.equal('met-toestemming');
    expect(networkSharing(net, 'bewind', 'huisarts')).to.equal('niets-persoonlijk');
    expect(networkSharing(net, 'wijk', 'huisarts')).to.equal(undefined);
    const data: Dataset = { ...emptyDataset(), parties: PARTIES, careNetworks: [net] };
    expect(datasetSharing(data, 'bewind', 'huisarts')).to.equal('niets-persoonlijk');
    expect(memberSharing(data, 'huisarts')).to.deep.equal(['met-toestemming']);
  });

  it('finds a referral that crosses a "deelt niets" boundary, and names it in the network insights', () => {
    const net = network({
      relations: [
        { id: 'r1', source: 'bewind', target: 'wijk', kind: 'verwijst' },
        { id: 'r2', source: 'wijk', target: 'bewind', kind: 'verwijst' },
        { id: 'r3', source: 'huisarts', target: 'wijk', kind: 'verwijst', sharing: 'niets-persoonlijk' },
        { id: 'r4', source: 'bewind', target: 'huisarts', kind: 'werkt-samen' },
      ],
    });
    expect(blockedReferrals(net)).to.deep.equal([
      { from: 'bewind', to: 'wijk', via: 'referral', relation: 'r1' },
      { from: 'huisarts', to: 'wijk', via: 'referral', relation: 'r3' },
    ]);
    expect(analyzeCareNetwork(net).insights.filter((i) => i.kind === 'blocked-referral')).to.deep.equal([
      { kind: 'blocked-referral', from: 'bewind', to: 'wijk', relation: 'r1' },
      { kind: 'blocked-referral', from: 'huisarts', to: 'wijk', relation: 'r3' },
    ]);
  });

  it('finds a handoff in a route from a party that shares nothing, skipping steps without a lane', () => {
    const route: Route = {
      id: 'r',
      title: 'Route',
      lanes: [
        { id: 'b', role: 'bewindvoerder', party: 'bewind' },
        { id: 'w', role: 'wijkteam', party: 'wijk' },
        { id: 'm', role: 'mantelzorger' },
      ],
      current: [
        { id: 's1', lane: 'b', what: 'Geldzaken' },
        { id: 's2', what: 'Niemand' },
        { id: 's3', lane: 'w', what: 'Keukentafel' },
        { id: 's4', lane: 'm', what: 'Vertelt' },
        { id: 's5', lane: 'b', what: 'Terug' },
      ],
      desired: [
        { id: 's3', lane: 'w', what: 'Keukentafel' },
        { id: 's1', lane: 'b', what: 'Geldzaken' },
      ],
    };
    const data: Dataset = { ...emptyDataset(), parties: PARTIES, careNetworks: [network()], routes: [route] };
    expect(blockedHandoffs(data, route, 'current')).to.deep.equal([
      { from: 'bewind', to: 'wijk', via: 'handoff', step: 's3' },
    ]);
    // wijk → bewind: the wijkteam has no agreement, so nothing stops it.
    expect(blockedHandoffs(data, route, 'desired')).to.deep.equal([]);
  });
});

describe('regisseurs per field: insights', () => {
  it('says which field with members has no regisseur, once the network names regisseurs', () => {
    expect(analyzeCareNetwork(network()).insights.some((i) => i.kind === 'no-regisseur')).to.equal(false);
    const insights = analyzeCareNetwork(network({ regisseurs: { zorg: 'bewind' } })).insights.filter(
      (i) => i.kind === 'no-regisseur',
    );
    expect(insights).to.deep.equal([
      { kind: 'no-regisseur', field: 'welzijn' },
      { kind: 'no-regisseur', field: 'medisch' },
    ]);
  });
});

describe('sharing agreements and regisseurs: FHIR and HSDS', () => {
  const data = (): Dataset =>
    parseDataset(
      doc({
        careNetworks: [
          network({
            relations: [{ id: 'r1', source: 'wijk', target: 'huisarts', kind: 'verwijst', sharing: 'met-toestemming' }],
            regisseurs: { zorg: 'bewind', welzijn: 'wijk', informeel: 'ans' },
          }),
        ],
        relations: [{ id: 'r0', source: 'bewind', target: 'wijk', kind: 'werkt-samen', sharing: 'niets-persoonlijk' }],
      }),
    ).dataset;

  it('writes the agreements and regisseurs as documented FHIR extensions and reads them back unchanged', () => {
    const bundle = toFhirBundle(data());
    const team = (bundle.entry as { resource: Record<string, unknown> }[])
      .map((e) => e.resource)
      .find((r) => r.resourceType === 'CareTeam')!;
    const participants = team.participant as { extension?: { url: string; valueCode?: string }[] }[];
    expect(
      participants
        .flatMap((p) => p.extension ?? [])
        .filter((e) => e.url === FHIR_EXTENSION.sharing)
        .map((e) => e.valueCode),
    ).to.deep.equal(['niets-persoonlijk', 'met-toestemming']);
    const ext = team.extension as { url: string; extension: { url: string; valueCode?: string }[] }[];
    expect(ext.find((e) => e.url === FHIR_EXTENSION.relation)!.extension).to.deep.include({
      url: 'sharing',
      valueCode: 'met-toestemming',
    });
    expect(ext.filter((e) => e.url === FHIR_EXTENSION.regisseur).map((e) => e.extension[0].valueCode)).to.deep.equal([
      'informeel',
      'zorg',
      'welzijn',
    ]);
    const back = fromFhirBundle(JSON.parse(JSON.stringify(bundle)));
    expect(back.issues.filter((i) => i.severity !== 'info')).to.deep.equal([]);
    const [net] = back.dataset.careNetworks;
    const original = data().careNetworks[0];
    expect(net.regisseurs).to.deep.equal(original.regisseurs);
    expect(net.members.map((m) => [m.party, m.sharing])).to.deep.equal(
      original.members.map((m) => [m.party, m.sharing]),
    );
    expect(net.relations[0].sharing).to.equal('met-toestemming');
  });

  it('keeps the sharing agreement of a relation in the HSDS samenspel extension, both ways', () => {
    const orgs = toHsds(data());
    const bewind = orgs.find((o) => (o[HSDS_EXTENSION] as { id: string }).id === 'bewind')!;
    expect((bewind[HSDS_EXTENSION] as { relations: unknown[] }).relations).to.deep.equal([
      { id: 'r0', target: 'wijk', kind: 'werkt-samen', sharing: 'niets-persoonlijk' },
    ]);
    const back = parseHsds(JSON.stringify(orgs));
    expect(back.dataset.relations.find((r) => r.id === 'r0')).to.deep.equal(data().relations[0]);
  });
});
