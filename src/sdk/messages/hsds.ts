/** Messages of the HSDS 3.0 import (`parseHsds`), in Dutch (source) and English. They live in the SDK, so it needs no element's catalogue. */
import type { Catalog } from './lang.js';

const q = (s: unknown) => `‘${String(s)}’`;

const nl = {
  notJson: (reason: string) => `Dit bestand is geen geldige JSON: ${reason}`,
  notHsds: 'Dit is geen Open Referral (HSDS) bestand: er zijn geen organisaties gevonden.',
  hsdsNoName: 'Deze organisatie heeft geen naam en is overgeslagen.',
  hsdsDanglingParent: (id: string) => `De bovenliggende organisatie ${q(id)} staat niet in het bestand.`,
  hsdsDanglingRelation: (id: string) => `Samenwerking met ${q(id)}, maar die organisatie staat niet in het bestand.`,
};
export type HsdsMessages = typeof nl;
const en: HsdsMessages = {
  notJson: (reason) => `This file is not valid JSON: ${reason}`,
  notHsds: 'This is not an Open Referral (HSDS) file: no organisations were found.',
  hsdsNoName: 'This organisation has no name and was skipped.',
  hsdsDanglingParent: (id) => `The parent organisation ${q(id)} is not in the file.`,
  hsdsDanglingRelation: (id) => `Cooperation with ${q(id)}, but that organisation is not in the file.`,
};
export const hsdsMessages: Catalog<HsdsMessages> = { nl, en };
