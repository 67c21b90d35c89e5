/**
 * The size limit is measured exactly, however it is measured: the UTF-8 length of a text is counted
 * as TextEncoder writes it, and an object given as it is is refused when its JSON text is one byte
 * over the limit, and read when it is not.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { parseDataset } from '../../src/sdk/index.js';
import { byteLength } from '../../src/sdk/json-limits.js';

/** Any UTF-16 unit (lone surrogates too), with the usual suspects now and then. */
const unit = fc.oneof(
  fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
  fc.constantFrom('a', '"', '\\', '\n', '\u0001', 'é', '€', '😀', '\ud800', '\udc00'),
);
const text = fc.string({ unit, maxLength: 40 });
const utf8 = (s: string) => new TextEncoder().encode(s).length;

describe('size limits', function () {
  this.timeout(60_000);

  it('counts the UTF-8 length of any text as TextEncoder writes it', () => {
    fc.assert(
      fc.property(text, (s) => {
        expect(byteLength(s, 0)).to.equal(utf8(s));
      }),
      { numRuns: 2000 },
    );
  });

  it('refuses an object whose JSON is one byte over the limit, and reads one that is not', () => {
    const value = fc.letrec((tie) => ({
      value: fc.oneof(
        { depthSize: 'small' },
        text,
        fc.double(),
        fc.integer(),
        fc.boolean(),
        fc.constant(null),
        fc.array(tie('value'), { maxLength: 4 }),
        fc.dictionary(text, tie('value'), { maxKeys: 4 }),
      ),
    })).value;
    const tooLarge = (doc: object, maxBytes: number) =>
      parseDataset(doc, { maxBytes }).issues.some((i) => i.code === 'too-large');
    fc.assert(
      // A long run of one unit too: each is up to six bytes of JSON (a control character or a lone surrogate).
      fc.property(fc.dictionary(text, value, { maxKeys: 5 }), unit, fc.nat(2000), (extra, u, n) => {
        const doc = { ...extra, format: 'samenspel', version: 2, note: u.repeat(n) };
        // Keys that could reach a prototype are left out before the copy is measured.
        if (hasForbiddenKey(doc)) return;
        const bytes = utf8(JSON.stringify(doc));
        expect(tooLarge(doc, bytes - 1), `${bytes - 1} bytes`).to.equal(true);
        expect(tooLarge(doc, bytes), `${bytes} bytes`).to.equal(false);
      }),
      { numRuns: 500 },
    );
  });
});

function hasForbiddenKey(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return false;
  return Object.entries(value).some(
    ([key, item]) => ['__proto__', 'constructor', 'prototype'].includes(key) || hasForbiddenKey(item),
  );
}
