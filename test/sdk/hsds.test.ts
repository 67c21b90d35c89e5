import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { parseHsds, toHsds, uuidFor, HSDS_EXTENSION } from '../../src/sdk/formats/hsds.js';
import { partiesDatasetArb } from './who-is-who-arbitraries.js';
import { sampleDataset } from '../../src/sdk/sample.js';

const BASE = '/test/fixtures/hsds-3.0';
const SCHEMAS = [
  'accessibility',
  'address',
  'attribute',
  'contact',
  'cost_option',
  'funding',
  'language',
  'location',
  'metadata',
  'organization',
  'organization_identifier',
  'phone',
  'program',
  'required_document',
  'schedule',
  'service',
  'service_area',
  'service_at_location',
  'taxonomy',
  'taxonomy_term',
];

/** fast-check builds objects without a prototype; compare plain JSON values. */
const plain = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
const json = async (path: string) => (await fetch(`${BASE}/${path}`)).json();

async function organizationValidator() {
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  for (const name of SCHEMAS) ajv.addSchema(await json(`schema/${name}.json`), `${name}.json`);
  return ajv.getSchema('organization.json')!;
}

describe('HSDS 3.0', function () {
  // Property tests: generous time on a busy machine.
  this.timeout(120_000);
  it('reads the official examples: an organisation in full, a page of organisations, a service, a service at a location, the tabular form', async () => {
    const full = parseHsds(await json('examples/organization_full.json'));
    expect(full.dataset.parties).to.have.length(1);
    const org = full.dataset.parties[0];
    expect(org.name).to.equal('Example Organization Inc.');
    expect(org.kind).to.equal('organisatie');
    expect(org.contact?.website).to.equal('http://example.com');
    expect(org.contact?.email).to.equal('email@example.com');
    expect(org.contact?.phone).to.be.a('string');
    expect(org.contact?.address).to.contain('1-30 Main Street');

    const list = parseHsds(await json('examples/organization_list.json'));
    expect(list.dataset.parties.map((p) => p.name)).to.deep.equal(['Example Organization Inc.']);
    // Its parent organisation is not in the file: said so, nothing invented.
    expect(list.issues.map((i) => i.code)).to.include('missing-party');
    expect(list.dataset.relations).to.have.length(0);

    for (const file of ['service_full.json', 'service_at_location_full.json', 'tabular.json']) {
      const result = parseHsds(await json(`examples/${file}`));
      expect(
        result.dataset.parties.map((p) => p.name),
        file,
      ).to.include('Example Organization Inc.');
    }
  });

  it('says clearly when a file holds no organisations', () => {
    const { dataset, issues } = parseHsds('{"hello": "world"}');
    expect(dataset.parties).to.have.length(0);
    expect(issues[0]).to.include({ severity: 'error', code: 'not-hsds' });
    expect(parseHsds('not json').issues[0].severity).to.equal('error');
  });

  it('exports organisations that validate against the HSDS 3.0 schemas', async () => {
    const validate = await organizationValidator();
    await fc.assert(
      fc.asyncProperty(partiesDatasetArb({ positions: true }), async (dataset) => {
        for (const org of toHsds(dataset)) {
          const ok = validate(org);
          if (!ok) throw new Error(JSON.stringify({ org, errors: validate.errors }, null, 1));
        }
      }),
      { numRuns: 30 },
    );
  });

  it('exports the sample directory with 0 schema errors, every relation in the documented samenspel extension', async () => {
    const validate = await organizationValidator();
    const dataset = sampleDataset();
    const exported = toHsds(dataset);
    const errors = exported.flatMap((org) =>
      validate(org)
        ? []
        : (validate.errors ?? []).map((e) => `${String(org.name)} ${e.instancePath} ${e.message ?? ''}`),
    );
    expect(errors).to.deep.equal([]);
    const relations = exported.flatMap((org) => (org[HSDS_EXTENSION] as { relations: { kind: string }[] }).relations);
    expect(relations).to.have.length(dataset.relations.length);
    expect(relations.map((r) => r.kind)).to.include.members(['werkt-samen', 'verwijst']);
  });

  it('keeps every party and relation through export and import (relations in the samenspel extension)', () => {
    fc.assert(
      fc.property(partiesDatasetArb({ positions: true, relationKinds: true }), (generated) => {
        const dataset = plain(generated);
        const exported = toHsds(dataset);
        const again = parseHsds(JSON.parse(JSON.stringify(exported)));
        expect(again.issues).to.deep.equal([]);
        expect(again.dataset.parties).to.deep.equal(dataset.parties);
        expect(again.dataset.relations).to.have.deep.members(dataset.relations);
      }),
      { numRuns: 50 },
    );
  });

  it('derives stable UUIDs for ids and keeps the samenspel id in the extension', () => {
    expect(uuidFor('wijkteam')).to.equal(uuidFor('wijkteam'));
    expect(uuidFor('wijkteam')).to.not.equal(uuidFor('wijkteam2'));
    expect(uuidFor('wijkteam')).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const [org] = toHsds({
      parties: [{ id: 'wijkteam', name: 'Wijkteam', kind: 'team', field: 'welzijn' }],
      relations: [],
    });
    expect((org[HSDS_EXTENSION] as { id: string }).id).to.equal('wijkteam');
  });
});
