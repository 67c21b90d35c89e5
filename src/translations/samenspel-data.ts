/** Messages of `<samenspel-data>`: where saving stands, in Dutch (source) and English. */
import type { Catalog } from './localize.js';

export const nl = {
  savedLocal: 'Alles is opgeslagen in deze browser.',
  savedServer: 'Alles is opgeslagen op de server.',
  saving: 'Bezig met opslaan…',
  notSaved: (why: string) => `Niet opgeslagen. ${why}`,
  download: 'Bewaar als bestand',
};

export type SamenspelDataMessages = typeof nl;

export const en: SamenspelDataMessages = {
  savedLocal: 'Everything is saved in this browser.',
  savedServer: 'Everything is saved on the server.',
  saving: 'Saving…',
  notSaved: (why) => `Not saved. ${why}`,
  download: 'Save as file',
};

export const samenspelDataMessages: Catalog<SamenspelDataMessages> = { nl, en };
