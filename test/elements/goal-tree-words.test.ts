import { expect } from '@open-wc/testing';
import * as goalTree from '../../src/translations/goal-tree.js';
import * as goalTreeEn from '../../src/translations/goal-tree.en.js';
import * as panels from '../../src/translations/goal-tree-panels.js';
import * as check from '../../src/translations/cooperation-check.js';
import * as checkEn from '../../src/translations/cooperation-check.en.js';
import * as checkFill from '../../src/translations/cooperation-check-fill.js';
import { partyComboboxMessages } from '../../src/translations/party-combobox.js';

/** Every text a catalogue can give: strings as they are, messages called with sample arguments. */
function texts(value: unknown, into: string[] = []): string[] {
  if (typeof value === 'string') into.push(value);
  else if (typeof value === 'function') {
    // A message takes words or numbers; each is called with both kinds, and must give a text with at least one.
    const said = [
      ['x', 'y', 'z', 'v', 'w'],
      [2, 3, 4, 5, 6],
    ].flatMap((args) => {
      try {
        return [String((value as (...a: unknown[]) => unknown)(...args))];
      } catch {
        return [];
      }
    });
    expect(said, String(value)).not.to.deep.equal([]);
    into.push(...said);
  } else if (Array.isArray(value)) for (const v of value) texts(v, into);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) texts(v, into);
  return into;
}

// Words that are not Dutch at level B1 (or their plain English twins): each is replaced or explained in the interface.
const NOT_B1 = [
  /spreiding/i,
  /inspring/i,
  /terugspring/i,
  /streefwaarde/i,
  /streefdatum/i,
  /\bspread\b/i,
  /\bindent\b/i,
  /\boutdent\b/i,
];

describe('plain words in <goal-tree> and <cooperation-check>', () => {
  const catalogues = { goalTree, goalTreeEn, panels, check, checkEn, checkFill, partyComboboxMessages };
  for (const [name, catalogue] of Object.entries(catalogues)) {
    it(`${name} has no word above B1 that goes unexplained`, () => {
      const all = texts(catalogue);
      expect(all.length).to.be.greaterThan(3);
      for (const word of NOT_B1)
        expect(
          all.filter((t) => word.test(t)),
          String(word),
        ).to.deep.equal([]);
    });
  }

  it('explains the indicator’s number to reach next to its label', () => {
    expect(panels.nl.target).to.equal('Doel in cijfers');
    expect(panels.nl.targetHint).to.equal('het getal dat jullie willen halen');
    expect(check.nl.spread).to.contain('(0 = iedereen eens)');
  });
});
