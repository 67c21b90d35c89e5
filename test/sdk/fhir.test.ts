import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  FHIR_EXTENSION, NETWORK_FIELDS, PARTY_KINDS, RINGS, STRENGTHS, emptyDataset, fromFhirBundle, sampleDataset, toFhirBundle,
  type CareNetwork, type Dataset,
} from '../../src/sdk/index.js';

/** What a network means, without ids or order: who is where, who coordinates, and who talks to whom. */
function meaning(dataset: Dataset, network: CareNetwork) {
  const name = (id: string) => dataset.parties.find((p) => p.id === id)?.name;
  return {
    carer: name(network.carer),
    caredFor: name(network.caredFor),
    members: network.members.map((m) => `${name(m.party)}|${m.ring}|${m.field}|${m.regiehouder ? 'R' : ''}`).sort(),
    relations: network.relations.map((r) => `${name(r.source)}>${name(r.target)}|${r.kind}|${r.strength ?? ''}|${r.directed ?? true}|${r.note ?? ''}`).sort(),
  };
}

const networkArb = fc
  .record({
    members: fc.array(fc.record({
      kind: fc.constantFrom(...PARTY_KINDS), ring: fc.constantFrom(...RINGS), field: fc.constantFrom(...NETWORK_FIELDS), regie: fc.boolean(),
      name: fc.string({ minLength: 1, maxLength: 20 }).filter((s) => s.trim().length > 0),
    }), { maxLength: 20 }),
    relations: fc.array(fc.record({ a: fc.nat(), b: fc.nat(), strength: fc.option(fc.constantFrom(...STRENGTHS), { nil: undefined }), directed: fc.boolean() }), { maxLength: 20 }),
  })
  .map(({ members, relations }): Dataset => {
    const ids = ['carer id/1', 'naaste', ...members.map((_, i) => `p ${i}`)];
    const firstRegie = members.findIndex((m) => m.regie);
    return {
      ...emptyDataset(),
      parties: [
        { id: ids[0], name: 'Ans', kind: 'persoon', field: 'informeel' },
        { id: ids[1], name: 'Henk', kind: 'persoon', field: 'informeel' },
        ...members.map((m, i) => ({ id: ids[i + 2], name: `${m.name.trim()} ${i}`, kind: m.kind, field: m.field })),
      ],
      careNetworks: [{
        id: 'net', name: 'Netwerk', carer: ids[0], caredFor: ids[1],
        members: members.map((m, i) => ({ party: ids[i + 2], ring: m.ring, field: m.field, ...(i === firstRegie ? { regiehouder: true } : {}) })),
        relations: relations
          .map((r, i) => ({ id: `r${i}`, source: ids[r.a % ids.length], target: ids[r.b % ids.length], kind: 'werkt-samen' as const, ...(r.strength ? { strength: r.strength } : {}), ...(r.directed ? {} : { directed: false }) })),
      }],
    };
  });

describe('FHIR R4', () => {
  it('round-trips the sample network: members, rings, fields, relations and regiehouder', () => {
    const dataset = sampleDataset();
    const bundle = toFhirBundle(dataset, 'netwerk-ans');
    const back = fromFhirBundle(JSON.parse(JSON.stringify(bundle)));
    expect(back.issues).to.deep.equal([]);
    expect(meaning(back.dataset, back.dataset.careNetworks[0])).to.deep.equal(meaning(dataset, dataset.careNetworks[0]));
    expect(back.dataset.careNetworks[0].id).to.equal('netwerk-ans');
  });

  it('round-trips any network', () => {
    fc.assert(
      fc.property(networkArb, (dataset) => {
        const back = fromFhirBundle(toFhirBundle(dataset));
        expect(back.issues.filter((i) => i.severity === 'error')).to.deep.equal([]);
        expect(meaning(back.dataset, back.dataset.careNetworks[0])).to.deep.equal(meaning(dataset, dataset.careNetworks[0]));
      }),
      { numRuns: 100 },
    );
  });

  it('writes the resources FHIR systems expect', () => {
    const bundle = toFhirBundle(sampleDataset(), 'netwerk-ans') as { type: string; entry: { resource: Record<string, unknown> }[] };
    expect(bundle.type).to.equal('collection');
    const types = bundle.entry.map((e) => e.resource.resourceType);
    expect(types).to.include.members(['Patient', 'RelatedPerson', 'Practitioner', 'PractitionerRole', 'Organization', 'CareTeam']);
    const team = bundle.entry.find((e) => e.resource.resourceType === 'CareTeam')!.resource as { subject: { reference: string }; participant: { extension?: { url: string }[]; member: { reference: string } }[] };
    expect(team.subject.reference).to.match(/^Patient\//);
    const regie = team.participant.filter((p) => p.extension?.some((e) => e.url === FHIR_EXTENSION.regiehouder));
    expect(regie).to.have.length(1);
    for (const e of bundle.entry) expect(String(e.resource.id)).to.match(/^[A-Za-z0-9.-]{1,64}$/);
  });

  it('reads a CareTeam from another system and reports what it could not map', () => {
    const bundle = {
      resourceType: 'Bundle', type: 'collection',
      entry: [
        { resource: { resourceType: 'Patient', id: 'pt', name: [{ given: ['Henk'], family: 'de Vries' }] } },
        { resource: { resourceType: 'RelatedPerson', id: 'rp', patient: { reference: 'Patient/pt' }, name: [{ text: 'Ans' }] } },
        { resource: { resourceType: 'Practitioner', id: 'gp', name: [{ text: 'Dr. Bakker' }] } },
        { resource: { resourceType: 'PractitionerRole', id: 'gp-role', practitioner: { reference: 'Practitioner/gp' }, code: [{ text: 'huisarts' }] } },
        { resource: { resourceType: 'Observation', id: 'obs' } },
        { resource: { resourceType: 'CareTeam', id: 'ct', subject: { reference: 'Patient/pt' }, participant: [
          { member: { reference: 'RelatedPerson/rp' } },
          { member: { reference: 'PractitionerRole/gp-role' }, role: [{ text: 'huisarts' }] },
          { member: { reference: 'Practitioner/gone' } },
          { member: { reference: 'PractitionerRole/gp-role' }, period: { end: '2020-01-01' } },
        ] } },
      ],
    };
    const { dataset, issues } = fromFhirBundle(bundle, { today: '2026-01-01' });
    const net = dataset.careNetworks[0];
    const name = (id: string) => dataset.parties.find((p) => p.id === id)?.name;
    expect(name(net.caredFor)).to.equal('Henk de Vries');
    expect(name(net.carer)).to.equal('Ans');
    expect(net.members.map((m) => [name(m.party), m.ring, m.field])).to.deep.equal([['Dr. Bakker', 'dichtbij', 'zorg']]);
    expect(dataset.parties.find((p) => p.name === 'Dr. Bakker')?.role).to.equal('huisarts');
    expect(issues.map((i) => i.code)).to.have.members([
      'fhir-guessed-carer', 'fhir-guessed-ring', 'fhir-guessed-field', 'fhir-missing-reference', 'fhir-ended', 'fhir-unsupported-resource',
    ]);
    for (const i of issues) expect(i.message.nl.length).to.be.greaterThan(10);
  });

  it('takes a RelatedPerson coded as caregiver (SNOMED 133932002) as the carer, without guessing', () => {
    const bundle = {
      resourceType: 'Bundle', type: 'collection',
      entry: [
        { resource: { resourceType: 'Patient', id: 'pt', name: [{ text: 'Henk' }] } },
        { resource: { resourceType: 'RelatedPerson', id: 'buur', patient: { reference: 'Patient/pt' }, name: [{ text: 'Buurman' }] } },
        { resource: { resourceType: 'RelatedPerson', id: 'ans', patient: { reference: 'Patient/pt' }, name: [{ text: 'Ans' }],
          relationship: [{ coding: [{ system: 'http://snomed.info/sct', code: '133932002' }] }] } },
        { resource: { resourceType: 'CareTeam', id: 'ct', subject: { reference: 'Patient/pt' }, participant: [
          { member: { reference: 'RelatedPerson/buur' } }, { member: { reference: 'RelatedPerson/ans' } },
        ] } },
      ],
    };
    const { dataset, issues } = fromFhirBundle(bundle);
    const net = dataset.careNetworks[0];
    expect(dataset.parties.find((p) => p.id === net.carer)?.name).to.equal('Ans');
    expect(net.members.map((m) => [dataset.parties.find((p) => p.id === m.party)?.name, m.ring])).to.deep.equal([['Buurman', 'eigen-netwerk']]);
    expect(issues.map((i) => i.code)).to.not.include('fhir-guessed-carer');
  });

  it('never throws on arbitrary JSON, nor on Bundles with arbitrary entries', () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => {
      expect(() => fromFhirBundle(value)).not.to.throw();
    }), { numRuns: 200 });
    const resource = fc.record({
      resourceType: fc.constantFrom('CareTeam', 'Patient', 'RelatedPerson', 'Practitioner', 'PractitionerRole', 'Organization', 'Observation'),
      id: fc.constantFrom('a', 'b', 'c'),
      subject: fc.option(fc.record({ reference: fc.constantFrom('Patient/a', 'Patient/b', 'RelatedPerson/c', 'x') }), { nil: undefined }),
      participant: fc.option(fc.array(fc.record({
        member: fc.oneof(fc.jsonValue(), fc.record({ reference: fc.constantFrom('RelatedPerson/c', 'Practitioner/a', 'PractitionerRole/b', 'Organization/a', 'Patient/a') })),
        role: fc.jsonValue(), period: fc.jsonValue(), extension: fc.jsonValue(),
      })), { nil: undefined }),
      extension: fc.option(fc.jsonValue(), { nil: undefined }),
      name: fc.jsonValue(),
      relationship: fc.jsonValue(),
    }, { requiredKeys: ['resourceType', 'id'] });
    fc.assert(fc.property(fc.array(fc.record({ resource: resource })), (entry) => {
      const result = fromFhirBundle({ resourceType: 'Bundle', entry });
      for (const n of result.dataset.careNetworks) expect(n.members.filter((m) => m.regiehouder).length).to.be.at.most(1);
    }), { numRuns: 200 });
  });

  it('never throws on bad input and says why nothing was read', () => {
    for (const input of ['{', null, 42, { resourceType: 'Patient' }, { resourceType: 'Bundle', entry: [null, { resource: 5 }] }]) {
      const result = fromFhirBundle(input);
      expect(result.dataset.careNetworks).to.have.length(0);
      expect(result.issues.some((i) => i.severity === 'error')).to.equal(true);
    }
  });
});
