import { expect } from '@open-wc/testing';
import Papa from 'papaparse';
import {
  csvCell,
  csvText,
  goalTreeToCsv,
  partiesToCsv,
  responsesToCsv,
  toCsv,
  type CooperationCheck,
} from '../../src/sdk/index.js';

describe('CSV writing', () => {
  it('neutralises every cell a spreadsheet would run as a formula', () => {
    for (const evil of ['=HYPERLINK("http://x")', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1']) {
      expect(csvCell(evil).replace(/^"/, '').startsWith("'"), evil).to.equal(true);
    }
    expect(csvCell('gewone tekst')).to.equal('gewone tekst');
  });

  it('quotes delimiters, quotes and line breaks', () => {
    expect(csvCell('a;b')).to.equal('"a;b"');
    expect(csvCell('zei "ja"')).to.equal('"zei ""ja"""');
    expect(toCsv(['naam', 'wijk'], [['Ans', 'Noord\nZuid']])).to.equal('\uFEFFnaam;wijk\r\nAns;"Noord\nZuid"\r\n');
  });

  it('leaves no cell that starts a formula, read with `;` as written or with `,` as some programs do', () => {
    const evil = ["Buurthuis,=cmd|' /C calc'!A0", 'a,+1', 'x;@SUM(A1)', 'z,-2', 'tab,\t=1', '=1,=2', 'q,"=1', 'r;  =2'];
    const parties = evil.map((name, i) => ({
      id: `p${i},=1`,
      name,
      kind: 'team' as const,
      field: 'zorg' as const,
      description: name,
      areas: [name],
    }));
    const check: CooperationCheck = {
      id: 'c',
      title: 'C',
      rounds: [{ id: 'r', title: evil[0], date: '2026-01-01' }],
      actions: [],
      instrument: {
        id: 'i',
        title: { nl: 'I' },
        aspects: [{ id: 'a,=1', title: { nl: 'A' }, statements: [{ id: 's', text: { nl: evil[1] } }] }],
      },
      responses: [{ id: 'x,=1', round: 'r', role: 'zorg', answers: { s: 3 } }],
    };
    const files = [
      partiesToCsv({ parties, relations: [] }),
      goalTreeToCsv({
        id: 't',
        title: 'T',
        goals: evil.map((title, i) => ({
          id: `g${i}`,
          ...(i ? { parent: 'g0' } : {}),
          title,
          description: title,
          partners: [],
          steps: [],
        })),
      }),
      responsesToCsv(check),
    ];
    let cells = 0;
    for (const text of files) {
      for (const delimiter of [';', ',']) {
        for (const row of Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { delimiter }).data) {
          for (const cell of row) {
            cells++;
            expect(/^[=+\-@\t\r]/.test(cell), `${delimiter} ${JSON.stringify(cell)}`).to.equal(false);
          }
        }
      }
    }
    expect(cells).to.be.greaterThan(100);
  });

  it('reads back the text it wrote', () => {
    for (const text of [
      "Buurthuis,=cmd|' /C calc'!A0",
      'a, -1',
      '=1;=2',
      'q,"=1',
      'gewoon, niets',
      "A;'-.",
      "''=x",
      "'tekst",
    ]) {
      const [cell] = Papa.parse<string[]>(csvCell(text), { delimiter: ';' }).data[0];
      expect(csvText(cell)).to.equal(text);
    }
  });
});
