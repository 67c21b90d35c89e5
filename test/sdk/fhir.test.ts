import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  FHIR_EXTENSION,
  MANTELZORGER,
  NETWORK_FIELDS,
  NL_CORE_PROFILE,
  PARTY_KINDS,
  RINGS,
  STRENGTHS,
  V3_ROLE_CODE_SYSTEM,
  ZIB_ROLE_SYSTEM,
  emptyDataset,
  fromFhirBundle,
  sampleDataset,
  toFhirBundle,
  type CareNetwork,
  type Dataset,
} from '../../src/sdk/index.js';
import { fhirErrors, validateFhir } from './fhir-validator.js';

type Resource = Record<string, unknown> & { resourceType: string; id: string; meta?: { profile?: string[] } };
type Coded = { coding?: { system: string; code: string }[]; text?: string };
const entriesOf = (bundle: unknown) => (bundle as { entry: { fullUrl: string; resource: Resource }[] }).entry;
/** Resolves a reference inside the Bundle, as a FHIR system does: by full URL. */
const resolve = (bundle: unknown, ref: unknown) =>
  entriesOf(bundle).find((e) => e.fullUrl === (ref as { reference?: string })?.reference)?.resource;

/** What a network means, without ids or order: who is where, who coordinates, and who talks to whom. */
function meaning(dataset: Dataset, network: CareNetwork) {
  const name = (id: string) => dataset.parties.find((p) => p.id === id)?.name;
  return {
    carer: name(network.carer),
    caredFor: name(network.caredFor),
    members: network.members.map((m) => `${name(m.party)}|${m.ring}|${m.field}|${m.regiehouder ? 'R' : ''}`).sort(),
    relations: network.relations
      .map(
        (r) =>
          `${name(r.source)}>${name(r.target)}|${r.kind}|${r.strength ?? ''}|${r.directed ?? true}|${r.note ?? ''}`,
      )
      .sort(),
  };
}

const networkArb = fc
  .record({
    members: fc.array(
      fc.record({
        kind: fc.constantFrom(...PARTY_KINDS),
        ring: fc.constantFrom(...RINGS),
        field: fc.constantFrom(...NETWORK_FIELDS),
        regie: fc.boolean(),
        name: fc.string({ minLength: 1, maxLength: 20 }).filter((s) => s.trim().length > 0),
      }),
      { maxLength: 20 },
    ),
    relations: fc.array(
      fc.record({
        a: fc.nat(),
        b: fc.nat(),
        strength: fc.option(fc.constantFrom(...STRENGTHS), { nil: undefined }),
        directed: fc.boolean(),
      }),
      { maxLength: 20 },
    ),
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
      careNetworks: [
        {
          id: 'net',
          name: 'Netwerk',
          carer: ids[0],
          caredFor: ids[1],
          members: members.map((m, i) => ({
            party: ids[i + 2],
            ring: m.ring,
            field: m.field,
            ...(i === firstRegie ? { regiehouder: true } : {}),
          })),
          relations: relations.map((r, i) => ({
            id: `r${i}`,
            source: ids[r.a % ids.length],
            target: ids[r.b % ids.length],
            kind: 'werkt-samen' as const,
            ...(r.strength ? { strength: r.strength } : {}),
            ...(r.directed ? {} : { directed: false }),
          })),
        },
      ],
    };
  });

describe('FHIR R4', () => {
  it('round-trips the sample network: members, rings, fields, relations and regiehouder', () => {
    const dataset = sampleDataset();
    const bundle = toFhirBundle(dataset, 'netwerk-ans');
    const back = fromFhirBundle(JSON.parse(JSON.stringify(bundle)));
    expect(back.issues).to.deep.equal([]);
    expect(meaning(back.dataset, back.dataset.careNetworks[0])).to.deep.equal(
      meaning(dataset, dataset.careNetworks[0]),
    );
    expect(back.dataset.careNetworks[0].id).to.equal('netwerk-ans');
  });

  it('round-trips any network', () => {
    fc.assert(
      fc.property(networkArb, (dataset) => {
        const back = fromFhirBundle(toFhirBundle(dataset));
        expect(back.issues.filter((i) => i.severity === 'error')).to.deep.equal([]);
        expect(meaning(back.dataset, back.dataset.careNetworks[0])).to.deep.equal(
          meaning(dataset, dataset.careNetworks[0]),
        );
      }),
      { numRuns: 100 },
    );
  });

  it('writes the resources FHIR systems expect', () => {
    const bundle = toFhirBundle(sampleDataset(), 'netwerk-ans') as {
      type: string;
      entry: { resource: Record<string, unknown> }[];
    };
    expect(bundle.type).to.equal('collection');
    const types = bundle.entry.map((e) => e.resource.resourceType);
    expect(types).to.include.members([
      'Patient',
      'RelatedPerson',
      'Practitioner',
      'PractitionerRole',
      'Organization',
      'CareTeam',
    ]);
    const team = bundle.entry.find((e) => e.resource.resourceType === 'CareTeam')!.resource as {
      subject: { reference: string };
      participant: { extension?: { url: string }[]; member: { reference: string } }[];
    };
    expect(resolve(bundle, team.subject)?.resourceType).to.equal('Patient');
    const regie = team.participant.filter((p) => p.extension?.some((e) => e.url === FHIR_EXTENSION.regiehouder));
    expect(regie).to.have.length(1);
    for (const e of bundle.entry) expect(String(e.resource.id)).to.match(/^[A-Za-z0-9.-]{1,64}$/);
  });

  it('reads a CareTeam from another system and reports what it could not map', () => {
    const bundle = {
      resourceType: 'Bundle',
      type: 'collection',
      entry: [
        { resource: { resourceType: 'Patient', id: 'pt', name: [{ given: ['Henk'], family: 'de Vries' }] } },
        {
          resource: {
            resourceType: 'RelatedPerson',
            id: 'rp',
            patient: { reference: 'Patient/pt' },
            name: [{ text: 'Ans' }],
          },
        },
        { resource: { resourceType: 'Practitioner', id: 'gp', name: [{ text: 'Dr. Bakker' }] } },
        {
          resource: {
            resourceType: 'PractitionerRole',
            id: 'gp-role',
            practitioner: { reference: 'Practitioner/gp' },
            code: [{ text: 'huisarts' }],
          },
        },
        { resource: { resourceType: 'Observation', id: 'obs' } },
        {
          resource: {
            resourceType: 'CareTeam',
            id: 'ct',
            subject: { reference: 'Patient/pt' },
            participant: [
              { member: { reference: 'RelatedPerson/rp' } },
              { member: { reference: 'PractitionerRole/gp-role' }, role: [{ text: 'huisarts' }] },
              { member: { reference: 'Practitioner/gone' } },
              { member: { reference: 'PractitionerRole/gp-role' }, period: { end: '2020-01-01' } },
            ],
          },
        },
      ],
    };
    const { dataset, issues } = fromFhirBundle(bundle, { today: '2026-01-01' });
    const net = dataset.careNetworks[0];
    const name = (id: string) => dataset.parties.find((p) => p.id === id)?.name;
    expect(name(net.caredFor)).to.equal('Henk de Vries');
    expect(name(net.carer)).to.equal('Ans');
    expect(net.members.map((m) => [name(m.party), m.ring, m.field])).to.deep.equal([
      ['Dr. Bakker', 'dichtbij', 'zorg'],
    ]);
    expect(dataset.parties.find((p) => p.name === 'Dr. Bakker')?.role).to.equal('huisarts');
    expect(issues.map((i) => i.code)).to.have.members([
      'fhir-guessed-carer',
      'fhir-guessed-ring',
      'fhir-guessed-field',
      'fhir-missing-reference',
      'fhir-ended',
      'fhir-unsupported-resource',
    ]);
    for (const i of issues) expect(i.message.nl.length).to.be.greaterThan(10);
  });

  it('takes a RelatedPerson coded as caregiver (SNOMED 133932002) as the carer, without guessing', () => {
    const bundle = {
      resourceType: 'Bundle',
      type: 'collection',
      entry: [
        { resource: { resourceType: 'Patient', id: 'pt', name: [{ text: 'Henk' }] } },
        {
          resource: {
            resourceType: 'RelatedPerson',
            id: 'buur',
            patient: { reference: 'Patient/pt' },
            name: [{ text: 'Buurman' }],
          },
        },
        {
          resource: {
            resourceType: 'RelatedPerson',
            id: 'ans',
            patient: { reference: 'Patient/pt' },
            name: [{ text: 'Ans' }],
            relationship: [{ coding: [{ system: 'http://snomed.info/sct', code: '133932002' }] }],
          },
        },
        {
          resource: {
            resourceType: 'CareTeam',
            id: 'ct',
            subject: { reference: 'Patient/pt' },
            participant: [
              { member: { reference: 'RelatedPerson/buur' } },
              { member: { reference: 'RelatedPerson/ans' } },
            ],
          },
        },
      ],
    };
    const { dataset, issues } = fromFhirBundle(bundle);
    const net = dataset.careNetworks[0];
    expect(dataset.parties.find((p) => p.id === net.carer)?.name).to.equal('Ans');
    expect(net.members.map((m) => [dataset.parties.find((p) => p.id === m.party)?.name, m.ring])).to.deep.equal([
      ['Buurman', 'eigen-netwerk'],
    ]);
    expect(issues.map((i) => i.code)).to.not.include('fhir-guessed-carer');
  });

  it('exports every sample network as a Bundle an independent FHIR R4 validator finds no error in', () => {
    const dataset = sampleDataset();
    expect(dataset.careNetworks.length).to.be.greaterThan(1);
    for (const network of dataset.careNetworks) {
      const bundle = JSON.parse(JSON.stringify(toFhirBundle(dataset, network.id)));
      expect(fhirErrors(bundle), network.id).to.deep.equal([]);
      // Warnings only that a Dutch or samenspel code is not in HL7's value set, which those bindings allow.
      expect(
        validateFhir(bundle).filter((m) => m.severity === 'warning' && !/not found in value set/.test(m.message ?? '')),
      ).to.deep.equal([]);
    }
  });

  it('the validator does find errors: a contact person without a patient, a CareTeam with an unknown status or property', () => {
    const bundle = JSON.parse(JSON.stringify(toFhirBundle(sampleDataset(), 'netwerk-ans')));
    const person = entriesOf(bundle).find((e) => e.resource.resourceType === 'RelatedPerson')!.resource;
    delete person.patient;
    const team = entriesOf(bundle).find((e) => e.resource.resourceType === 'CareTeam')!.resource;
    team.status = 'bezig';
    team.ring = 'dichtbij';
    const errors = validateFhir(bundle)
      .filter((m) => m.severity === 'error')
      .map((m) => m.location);
    expect(errors).to.have.members(['RelatedPerson.patient', 'CareTeam.status', 'CareTeam.ring']);
  });

  it('declares and follows nl-core-ContactPerson and nl-core-CareTeam: role codes, the mantelzorger code, members that resolve', () => {
    const dataset = sampleDataset();
    const bundle = toFhirBundle(dataset, 'netwerk-ans');
    const entries = entriesOf(bundle);
    for (const e of entries)
      expect(e.fullUrl).to.match(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(new Set(entries.map((e) => e.fullUrl)).size).to.equal(entries.length);
    const people = entries.map((e) => e.resource).filter((r) => r.resourceType === 'RelatedPerson');
    const byName = (name: string) => people.find((r) => (r.name as { text: string }[])[0].text === name)!;
    // The carer and the three people of the own network are contact persons; nobody else is.
    expect(people.map((r) => (r.name as { text: string }[])[0].text)).to.have.members([
      'Ans de Vries',
      'Marloes de Vries',
      'Jeroen de Vries',
      'Gerda Peters',
    ]);
    for (const person of people) {
      expect(person.meta?.profile).to.deep.equal([NL_CORE_PROFILE.contactPerson]);
      expect(resolve(bundle, person.patient)?.resourceType).to.equal('Patient');
      const [role] = person.relationship as Coded[];
      // The role slice: a RolCodelijst code, or for the carer the Dutch mantelzorger code.
      expect(
        role.coding!.some(
          (c) => c.system === ZIB_ROLE_SYSTEM || (c.system === MANTELZORGER.system && c.code === MANTELZORGER.code),
        ),
      ).to.equal(true);
    }
    const codes = (name: string) =>
      (byName(name).relationship as Coded[])
        .flatMap((c) => c.coding ?? [])
        .map(
          (c) =>
            `${c.system === ZIB_ROLE_SYSTEM ? 'rol' : c.system === V3_ROLE_CODE_SYSTEM ? 'relatie' : c.system}#${c.code}`,
        );
    expect(codes('Ans de Vries')).to.include(`${MANTELZORGER.system}#100001`);
    expect(codes('Gerda Peters')).to.deep.equal(['rol#19', 'relatie#NBOR']);
    expect(codes('Marloes de Vries')).to.deep.equal(['rol#23', 'relatie#DAU']);
    expect((byName('Marloes de Vries').relationship as Coded[])[0].text).to.equal('dochter');

    const team = entries.find((e) => e.resource.resourceType === 'CareTeam')!.resource;
    expect(team.meta?.profile).to.deep.equal([NL_CORE_PROFILE.careTeam]);
    // Health professionals take part through their PractitionerRole, as nl-core-CareTeam asks; no member is left unresolved.
    const members = (team.participant as { member: unknown }[]).map((p) => resolve(bundle, p.member)?.resourceType);
    expect(members).to.not.include(undefined);
    expect(members).to.not.include('Practitioner');
    expect(members).to.include.members(['RelatedPerson', 'PractitionerRole', 'Organization']);
  });

  it('codes no family relation when the words name someone else’s (“zus van Samira”)', () => {
    const dataset = sampleDataset();
    const net = dataset.careNetworks.find(
      (n) => dataset.parties.find((p) => p.id === n.carer)?.name === 'Samira Bouzid',
    )!;
    const nadia = entriesOf(toFhirBundle(dataset, net.id))
      .map((e) => e.resource)
      .find((r) => (r.name as { text?: string }[] | undefined)?.[0]?.text === 'Nadia Bouzid')!;
    expect((nadia.relationship as Coded[]).flatMap((c) => c.coding ?? []).map((c) => c.code)).to.deep.equal(['23']);
  });

  it('reads an nl-core Bundle from another system: the mantelzorger by code 100001, roles by their display, absolute references', () => {
    const base = 'https://fhir.example.nl/r4';
    const bundle = {
      resourceType: 'Bundle',
      type: 'searchset',
      entry: [
        {
          fullUrl: `${base}/Patient/p1`,
          resource: { resourceType: 'Patient', id: 'p1', name: [{ given: ['Henk'], family: 'Jansen' }] },
        },
        {
          fullUrl: `${base}/RelatedPerson/r1`,
          resource: {
            resourceType: 'RelatedPerson',
            id: 'r1',
            meta: { profile: [NL_CORE_PROFILE.contactPerson] },
            patient: { reference: `${base}/Patient/p1` },
            name: [{ text: 'Buurman Piet' }],
            relationship: [
              { coding: [{ system: V3_ROLE_CODE_SYSTEM, code: 'NBOR' }] },
              { coding: [{ system: ZIB_ROLE_SYSTEM, code: '19', display: 'Buur' }] },
            ],
          },
        },
        {
          fullUrl: `${base}/RelatedPerson/r2`,
          resource: {
            resourceType: 'RelatedPerson',
            id: 'r2',
            meta: { profile: [NL_CORE_PROFILE.contactPerson] },
            patient: { reference: `${base}/Patient/p1` },
            name: [{ text: 'Els Jansen' }],
            relationship: [
              { coding: [{ ...MANTELZORGER }] },
              { coding: [{ system: V3_ROLE_CODE_SYSTEM, code: 'WIFE', display: 'wife' }] },
            ],
          },
        },
        {
          fullUrl: `${base}/CareTeam/c1`,
          resource: {
            resourceType: 'CareTeam',
            id: 'c1',
            meta: { profile: [NL_CORE_PROFILE.careTeam] },
            status: 'active',
            subject: { reference: `${base}/Patient/p1` },
            participant: [
              { member: { reference: `${base}/RelatedPerson/r1` } },
              { member: { reference: `${base}/RelatedPerson/r2` } },
            ],
          },
        },
      ],
    };
    expect(fhirErrors(bundle)).to.deep.equal([]);
    const { dataset, issues } = fromFhirBundle(bundle);
    const net = dataset.careNetworks[0];
    const name = (id: string) => dataset.parties.find((p) => p.id === id)?.name;
    expect(name(net.carer)).to.equal('Els Jansen');
    expect(name(net.caredFor)).to.equal('Henk Jansen');
    expect(issues.map((i) => i.code)).to.not.include('fhir-guessed-carer');
    expect(net.members.map((m) => [name(m.party), m.ring, m.field])).to.deep.equal([
      ['Buurman Piet', 'eigen-netwerk', 'informeel'],
    ]);
    expect(dataset.parties.find((p) => p.name === 'Buurman Piet')?.role).to.equal('Buur');
  });

  it('still reads the Bundles samenspel wrote before it followed nl-core (own mantelzorger code, relative references)', () => {
    const bundle = {
      resourceType: 'Bundle',
      type: 'collection',
      entry: [
        {
          fullUrl: 'urn:uuid:patient-henk',
          resource: {
            resourceType: 'Patient',
            id: 'henk',
            identifier: [{ system: 'urn:samenspel:fhir:party-id', value: 'henk' }],
            name: [{ text: 'Henk' }],
          },
        },
        {
          fullUrl: 'urn:uuid:relatedperson-ans',
          resource: {
            resourceType: 'RelatedPerson',
            id: 'ans',
            patient: { reference: 'Patient/henk' },
            name: [{ text: 'Ans' }],
            relationship: [
              {
                coding: [
                  { system: 'http://snomed.info/sct', code: '133932002' },
                  { system: 'urn:samenspel:fhir:CodeSystem:network-role', code: 'mantelzorger' },
                ],
                text: 'mantelzorger (partner)',
              },
            ],
          },
        },
        {
          fullUrl: 'urn:uuid:relatedperson-gerda',
          resource: {
            resourceType: 'RelatedPerson',
            id: 'gerda',
            patient: { reference: 'Patient/henk' },
            name: [{ text: 'Gerda' }],
            relationship: [{ text: 'buurvrouw' }],
          },
        },
        {
          fullUrl: 'urn:uuid:careteam-net',
          resource: {
            resourceType: 'CareTeam',
            id: 'net',
            status: 'active',
            name: 'Netwerk',
            subject: { reference: 'Patient/henk' },
            participant: [
              {
                role: [{ coding: [{ system: 'urn:samenspel:fhir:CodeSystem:network-role', code: 'mantelzorger' }] }],
                member: { reference: 'RelatedPerson/ans' },
              },
              {
                extension: [
                  { url: FHIR_EXTENSION.ring, valueCode: 'eigen-netwerk' },
                  { url: FHIR_EXTENSION.field, valueCode: 'informeel' },
                ],
                role: [{ text: 'buurvrouw' }],
                member: { reference: 'RelatedPerson/gerda' },
              },
            ],
          },
        },
      ],
    };
    const { dataset, issues } = fromFhirBundle(bundle);
    expect(issues).to.deep.equal([]);
    const net = dataset.careNetworks[0];
    expect(dataset.parties.find((p) => p.id === net.carer)?.name).to.equal('Ans');
    expect(net.members.map((m) => dataset.parties.find((p) => p.id === m.party)?.role)).to.deep.equal(['buurvrouw']);
  });

  it('never throws on arbitrary JSON, nor on Bundles with arbitrary entries', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(() => fromFhirBundle(value)).not.to.throw();
      }),
      { numRuns: 200 },
    );
    const resource = fc.record(
      {
        resourceType: fc.constantFrom(
          'CareTeam',
          'Patient',
          'RelatedPerson',
          'Practitioner',
          'PractitionerRole',
          'Organization',
          'Observation',
        ),
        id: fc.constantFrom('a', 'b', 'c'),
        subject: fc.option(
          fc.record({ reference: fc.constantFrom('Patient/a', 'Patient/b', 'RelatedPerson/c', 'x') }),
          { nil: undefined },
        ),
        participant: fc.option(
          fc.array(
            fc.record({
              member: fc.oneof(
                fc.jsonValue(),
                fc.record({
                  reference: fc.constantFrom(
                    'RelatedPerson/c',
                    'Practitioner/a',
                    'PractitionerRole/b',
                    'Organization/a',
                    'Patient/a',
                  ),
                }),
              ),
              role: fc.jsonValue(),
              period: fc.jsonValue(),
              extension: fc.jsonValue(),
            }),
          ),
          { nil: undefined },
        ),
        extension: fc.option(fc.jsonValue(), { nil: undefined }),
        name: fc.jsonValue(),
        relationship: fc.jsonValue(),
      },
      { requiredKeys: ['resourceType', 'id'] },
    );
    fc.assert(
      fc.property(fc.array(fc.record({ resource: resource })), (entry) => {
        const result = fromFhirBundle({ resourceType: 'Bundle', entry });
        for (const n of result.dataset.careNetworks)
          expect(n.members.filter((m) => m.regiehouder).length).to.be.at.most(1);
      }),
      { numRuns: 200 },
    );
  });

  it('never throws on bad input and says why nothing was read', () => {
    for (const input of [
      '{',
      null,
      42,
      { resourceType: 'Patient' },
      { resourceType: 'Bundle', entry: [null, { resource: 5 }] },
    ]) {
      const result = fromFhirBundle(input);
      expect(result.dataset.careNetworks).to.have.length(0);
      expect(result.issues.some((i) => i.severity === 'error')).to.equal(true);
    }
  });
});
