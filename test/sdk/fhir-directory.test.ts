import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  FHIR_EXTENSION,
  FHIR_RELATION_SYSTEM,
  fromFhirDirectory,
  sampleDataset,
  toFhirDirectory,
  type Dataset,
  type Party,
  type Relation,
} from '../../src/sdk/index.js';
import { fhirErrors, validateFhir } from './fhir-validator.js';
import { partiesDatasetArb } from './who-is-who-arbitraries.js';

type Resource = Record<string, unknown> & { resourceType: string; id: string };
const entriesOf = (bundle: unknown) => (bundle as { entry: { fullUrl: string; resource: Resource }[] }).entry;
const resolve = (bundle: unknown, ref: unknown) =>
  entriesOf(bundle).find((e) => e.fullUrl === (ref as { reference?: string })?.reference)?.resource;
const plain = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** What FHIR keeps of a directory: who is who, how to reach them, and every relation with its kind and details. */
function meaning(d: Pick<Dataset, 'parties' | 'relations'>) {
  const name = (id: string) => d.parties.find((p) => p.id === id)?.name;
  return {
    parties: d.parties
      .map(
        (p: Party) =>
          `${p.id}|${p.name}|${p.kind}|${p.field}|${p.role ?? ''}|${p.contact?.phone ?? ''}|${p.contact?.email ?? ''}|${p.contact?.website ?? ''}`,
      )
      .sort(),
    relations: d.relations
      .map(
        (r: Relation) =>
          `${r.id}|${name(r.source)}>${name(r.target)}|${r.kind}|${r.strength ?? ''}|${r.directed ?? true}|${r.note ?? ''}|${r.sharing ?? ''}`,
      )
      .sort(),
  };
}

describe('FHIR R4 directory (who-is-who)', function () {
  this.timeout(120_000);

  it('writes a relation between organisations as an OrganizationAffiliation (mCSD): source, participating organisation, kind', () => {
    const dataset = sampleDataset();
    const bundle = toFhirDirectory(dataset);
    const affiliations = entriesOf(bundle)
      .map((e) => e.resource)
      .filter((r) => r.resourceType === 'OrganizationAffiliation');
    const kinds = new Set(dataset.parties.filter((p) => p.kind !== 'persoon').map((p) => p.id));
    const between = dataset.relations.filter((r) => kinds.has(r.source) && kinds.has(r.target));
    expect(affiliations).to.have.length(between.length);
    expect(between.map((r) => r.kind)).to.include.members(['werkt-samen', 'verwijst']);
    for (const a of affiliations) {
      expect(resolve(bundle, a.organization)?.resourceType).to.equal('Organization');
      expect(resolve(bundle, a.participatingOrganization)?.resourceType).to.equal('Organization');
      const [code] = a.code as { coding: { system: string; code: string }[]; text: string }[];
      expect(code.coding[0].system).to.equal(FHIR_RELATION_SYSTEM);
    }
    const cooperation = affiliations.find(
      (a) => (a.code as { coding: { code: string }[] }[])[0].coding[0].code === 'werkt-samen',
    )!;
    expect((cooperation.code as { text: string }[])[0].text).to.equal('werkt samen met');
    // A relation with a person keeps the samenspel extension on the person's PractitionerRole.
    const person = dataset.relations.find((r) => dataset.parties.find((p) => p.id === r.source)?.kind === 'persoon')!;
    const holder = entriesOf(bundle)
      .map((e) => e.resource)
      .find((r) =>
        (r.extension as { url: string; extension?: { url: string; valueString?: string }[] }[] | undefined)?.some(
          (e) =>
            e.url === FHIR_EXTENSION.relation &&
            e.extension?.some((x) => x.url === 'id' && x.valueString === person.id),
        ),
      );
    expect(holder?.resourceType).to.equal('PractitionerRole');
  });

  it('the sample directory validates with no error in an independent FHIR R4 validator; warnings only for samenspel’s own codes', () => {
    const bundle = plain(toFhirDirectory(sampleDataset()));
    expect(fhirErrors(bundle)).to.deep.equal([]);
    const other = validateFhir(bundle).filter(
      (m) => m.severity === 'warning' && !/not found in value set/.test(m.message ?? ''),
    );
    expect(other).to.deep.equal([]);
  });

  it('the validator does find errors in a broken affiliation', () => {
    const bundle = plain(toFhirDirectory(sampleDataset()));
    const affiliation = entriesOf(bundle).find((e) => e.resource.resourceType === 'OrganizationAffiliation')!.resource;
    affiliation.active = 'ja';
    affiliation.kind = 'verwijst';
    expect(
      validateFhir(bundle)
        .filter((m) => m.severity === 'error')
        .map((m) => m.location),
    ).to.have.members(['OrganizationAffiliation.active', 'OrganizationAffiliation.kind']);
  });

  it('reads back what it wrote: every party and relation, with kind, strength, direction, note and sharing agreement', () => {
    const dataset = sampleDataset();
    // One affiliation between organisations and one relation with a person carry an agreement.
    const persons = new Set(dataset.parties.filter((p) => p.kind === 'persoon').map((p) => p.id));
    dataset.relations.find((r) => !persons.has(r.source) && !persons.has(r.target))!.sharing = 'niets-persoonlijk';
    dataset.relations.find((r) => persons.has(r.source))!.sharing = 'met-toestemming';
    const back = fromFhirDirectory(plain(toFhirDirectory(dataset)));
    expect(back.issues).to.deep.equal([]);
    expect(meaning(back.dataset)).to.deep.equal(meaning(dataset));
  });

  it('round-trips any directory, and every export validates', () => {
    fc.assert(
      fc.property(partiesDatasetArb({ relationKinds: true }), (generated) => {
        const dataset = plain(generated);
        const bundle = plain(toFhirDirectory(dataset));
        expect(fhirErrors(bundle)).to.deep.equal([]);
        const back = fromFhirDirectory(bundle);
        expect(back.issues.filter((i) => i.severity === 'error')).to.deep.equal([]);
        expect(meaning(back.dataset)).to.deep.equal(meaning(dataset));
      }),
      { numRuns: 40 },
    );
  });

  it('reads affiliations made elsewhere, and says what it could not map; never throws', () => {
    const bundle = {
      resourceType: 'Bundle',
      type: 'searchset',
      entry: [
        {
          fullUrl: 'https://x.nl/Organization/a',
          resource: { resourceType: 'Organization', id: 'a', name: 'Steunpunt' },
        },
        {
          fullUrl: 'https://x.nl/Organization/b',
          resource: { resourceType: 'Organization', id: 'b', name: 'Wijkteam' },
        },
        {
          resource: {
            resourceType: 'OrganizationAffiliation',
            id: 'oa',
            organization: { reference: 'Organization/a' },
            participatingOrganization: { reference: 'https://x.nl/Organization/b' },
          },
        },
        {
          resource: {
            resourceType: 'OrganizationAffiliation',
            id: 'gone',
            organization: { reference: 'Organization/a' },
            participatingOrganization: { reference: 'Organization/zz' },
          },
        },
      ],
    };
    const { dataset, issues } = fromFhirDirectory(bundle);
    expect(dataset.parties.map((p) => p.name)).to.deep.equal(['Steunpunt', 'Wijkteam']);
    expect(dataset.relations.map((r) => r.kind)).to.deep.equal(['werkt-samen']);
    expect(issues.map((i) => i.code)).to.deep.equal(['fhir-bad-relation']);
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(() => fromFhirDirectory(value)).not.to.throw();
        expect(() =>
          fromFhirDirectory({
            resourceType: 'Bundle',
            entry: [{ resource: { resourceType: 'OrganizationAffiliation', organization: value, extension: [value] } }],
          }),
        ).not.to.throw();
      }),
      { numRuns: 100 },
    );
    expect(fromFhirDirectory('{').issues[0].severity).to.equal('error');
  });
});
