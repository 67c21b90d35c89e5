import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  parsePartiesCsv,
  partiesToCsv,
  parseDutchDate,
  detectDelimiter,
  PARTY_COLUMNS,
} from '../../src/sdk/formats/parties-csv.js';
import { isSafeUrl } from '../../src/sdk/model.js';
import { partiesDatasetArb } from './who-is-who-arbitraries.js';

const text = async (path: string) => (await fetch(path)).text();
const plain = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
const pairs = (relations: { source: string; target: string }[]) =>
  relations.map((r) => `${r.source} → ${r.target}`).sort();

describe('parties CSV', function () {
  this.timeout(120_000);

  it('reads a Dutch Excel export: BOM, semicolons, CRLF, Dutch headers, d-m-yyyy dates, lists in cells', async () => {
    const { dataset, issues } = await parsePartiesCsv(await text('/test/fixtures/wijk.csv'));
    expect(issues).to.deep.equal([]);
    expect(dataset.parties).to.have.length(12);
    const steunpunt = dataset.parties.find((p) => p.id === 'steunpunt')!;
    expect(steunpunt).to.deep.include({
      name: 'Steunpunt Mantelzorg Zuid',
      kind: 'organisatie',
      field: 'welzijn',
      lastVerified: '2026-09-01',
      areas: ['Centrum', 'Noord'],
    });
    expect(steunpunt.contact).to.deep.equal({
      phone: '046 123 45 67',
      email: 'info@steunpuntmantelzorg.nl',
      website: 'https://www.steunpuntmantelzorg.nl',
      address: 'Raadhuisplein 1, Stein',
    });
    // "werkt samen met" became one relation per pair, also when both sides name each other.
    expect(pairs(dataset.relations)).to.include.members([
      'steunpunt → wijkteam',
      'steunpunt → sint-jozef',
      'wijkteam → thuiszorg',
    ]);
    expect(dataset.relations.filter((r) => [r.source, r.target].sort().join() === 'steunpunt,wijkteam')).to.have.length(
      1,
    );
    expect(dataset.relations.every((r) => r.kind === 'werkt-samen' && r.directed === false)).to.equal(true);
  });

  it('reads English headers and values, comma-separated, and finds partners by name', async () => {
    const csv =
      'Name,Kind,Field,Area,What we do,Works with,Last verified\n' +
      'Carers Centre,organisation,welfare,"North, South",Advice,"GP Practice",2026-01-31\n' +
      'GP Practice,organization,medical,North,Care,,31/1/2026\n';
    const { dataset, issues } = await parsePartiesCsv(csv);
    expect(issues).to.deep.equal([]);
    expect(dataset.parties.map((p) => [p.name, p.kind, p.field, p.lastVerified])).to.deep.equal([
      ['Carers Centre', 'organisatie', 'welzijn', '2026-01-31'],
      ['GP Practice', 'organisatie', 'medisch', '2026-01-31'],
    ]);
    expect(dataset.parties[0].areas).to.deep.equal(['North', 'South']);
    expect(pairs(dataset.relations)).to.deep.equal(['carers-centre → gp-practice']);
  });

  it('keeps the valid rows of a hostile file and reports every problem with its row and column', async () => {
    const { dataset, issues } = await parsePartiesCsv(await text('/test/fixtures/hostile.csv'));
    const names = dataset.parties.map((p) => p.name);
    expect(names).to.have.length(5);
    expect(names[0]).to.equal('<script>window.__pwned=1</script>Buurthuis');
    const where = issues.map((i) => `${i.row}:${i.column}:${i.code}`);
    expect(where).to.include.members([
      '1:geheim:unknown-column',
      '2:website:unsafe-url',
      '2:laatst gecontroleerd:invalid-date',
      '2:werkt samen met:missing-party',
      '3:website:unsafe-url',
      '3:laatst gecontroleerd:invalid-date',
      '4:id:bad-id',
      '5:veld:unknown-value',
      '5:website:unsafe-url',
      '5:laatst gecontroleerd:invalid-date',
      '6:naam:missing-name',
      '7:id:duplicate-id',
      '8:soort:unknown-value',
      '8:e-mail:invalid-value',
      '8:website:unsafe-url',
    ]);
    expect(issues.every((i) => i.row! >= 1 && i.message.nl && i.message.en)).to.equal(true);
    // Nothing unsafe survives, no prototype was touched, and the id "__proto__" was replaced.
    for (const p of dataset.parties)
      if (p.contact?.website) expect(isSafeUrl(p.contact.website), p.contact.website).to.equal(true);
    expect(dataset.parties.map((p) => p.id)).to.not.include('__proto__');
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    expect(Object.getPrototypeOf(dataset.parties[2])).to.equal(Object.prototype);
    // Formula cells are kept as text, and the export neutralises them.
    const out = partiesToCsv(dataset);
    for (const line of out.split('\r\n').slice(1)) {
      for (const cell of line.split(';')) expect(/^"?[=+\-@\t\r]/.test(cell), cell).to.equal(false);
    }
    expect(out).to.contain(`'=HYPERLINK`);
  });

  it('says clearly when the file is empty or has no name column', async () => {
    expect((await parsePartiesCsv('')).issues[0]).to.include({ severity: 'error', code: 'empty-file' });
    expect((await parsePartiesCsv('\uFEFFfoo;bar\r\n1;2\r\n')).issues.map((i) => i.code)).to.include('no-header');
  });

  it('reads dates written as 2026-09-01 or 1-9-2026, and refuses dates that do not exist', () => {
    expect(parseDutchDate('2026-09-01')).to.equal('2026-09-01');
    expect(parseDutchDate('1-9-2026')).to.equal('2026-09-01');
    expect(parseDutchDate('01/09/2026')).to.equal('2026-09-01');
    expect(parseDutchDate('29-2-2026')).to.equal(undefined);
    expect(parseDutchDate('2026-13-01')).to.equal(undefined);
    expect(parseDutchDate('gisteren')).to.equal(undefined);
  });

  it('detects ; or , from the header row, ignoring quoted text', () => {
    expect(detectDelimiter('id;naam;"a,b,c"\n1;2;3')).to.equal(';');
    expect(detectDelimiter('id,naam,"a;b"\n1,2,3')).to.equal(',');
  });

  it('writes the template columns with a BOM and semicolons', () => {
    const out = partiesToCsv({ parties: [], relations: [] });
    expect(out).to.equal(`\uFEFF${PARTY_COLUMNS.join(';')}\r\n`);
  });

  it('keeps every party and relation through export and import', async () => {
    await fc.assert(
      fc.asyncProperty(partiesDatasetArb(), async (generated) => {
        const dataset = plain(generated);
        const again = await parsePartiesCsv(partiesToCsv(dataset));
        expect(again.issues).to.deep.equal([]);
        expect(plain(again.dataset.parties)).to.deep.equal(dataset.parties);
        expect(pairs(again.dataset.relations)).to.deep.equal(pairs(dataset.relations));
      }),
      { numRuns: 50 },
    );
  });
});

describe('the spreadsheet template', () => {
  it('is read without a single problem, in docs/ and in the demo', async () => {
    for (const path of ['/docs/wie-is-wie-sjabloon.csv', '/demo/wie-is-wie-sjabloon.csv']) {
      const { dataset, issues } = await parsePartiesCsv(await text(path));
      expect(issues, path).to.deep.equal([]);
      expect(
        dataset.parties.map((p) => p.id),
        path,
      ).to.deep.equal(['steunpunt', 'wijkteam', 'koffieochtend']);
      expect(dataset.relations, path).to.have.length(2);
    }
  });
});
