import { expect } from '@open-wc/testing';
import { csvCell, toCsv } from '../../src/sdk/index.js';

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
});
