/** Problems found while reading a spreadsheet of parties, in Dutch (source) and English. */
import type { Catalog } from './lang.js';

const q = (s: string) => `‘${s}’`;

const formatNl = {
  emptyFile: 'Het bestand is leeg.',
  noHeader: 'De eerste rij heeft geen kolom ‘naam’ (of ‘name’). Gebruik het sjabloon.',
  unknownColumn: (name: string) => `Onbekende kolom ${q(name)} is overgeslagen.`,
  missingName: 'Deze rij heeft geen naam en is overgeslagen.',
  unknownKind: (value: string, fallback: string) =>
    `Onbekende soort ${q(value)}; ${q(fallback)} is gebruikt. Kies uit persoon, organisatie, team of initiatief.`,
  unknownField: (value: string, fallback: string) =>
    `Onbekend veld ${q(value)}; ${q(fallback)} is gebruikt. Kies uit zorg, welzijn, medisch, informeel of overig.`,
  badDate: (value: string) =>
    `${q(value)} is geen datum en is weggelaten. Schrijf een datum als 2026-09-01 of 1-9-2026.`,
  badId: (value: string) => `De id ${q(value)} is niet toegestaan; er is een nieuwe id gemaakt.`,
  duplicateId: (value: string) => `De id ${q(value)} komt vaker voor. Deze rij is overgeslagen.`,
  danglingPartner: (value: string) => `${q(value)} bij ‘werkt samen met’ staat niet in het bestand en is overgeslagen.`,
  rowError: (message: string) => message,
  parseError: (message: string) => `De rij kon niet goed worden gelezen: ${message}.`,
  tooManyRows: (limit: number) => `Het bestand heeft meer dan ${limit} rijen. Alleen de eerste ${limit} zijn gelezen.`,
};
type FormatMessages = typeof formatNl;
const formatEn: FormatMessages = {
  emptyFile: 'The file is empty.',
  noHeader: 'The first row has no ‘name’ (or ‘naam’) column. Use the template.',
  unknownColumn: (name) => `Unknown column ${q(name)} was skipped.`,
  missingName: 'This row has no name and was skipped.',
  unknownKind: (value, fallback) =>
    `Unknown kind ${q(value)}; ${q(fallback)} was used. Choose person, organisation, team or initiative.`,
  unknownField: (value, fallback) =>
    `Unknown field ${q(value)}; ${q(fallback)} was used. Choose care, welfare, medical, informal or other.`,
  badDate: (value) => `${q(value)} is not a date and was left out. Write a date as 2026-09-01 or 1-9-2026.`,
  badId: (value) => `The id ${q(value)} is not allowed; a new id was made.`,
  duplicateId: (value) => `The id ${q(value)} occurs more than once. This row was skipped.`,
  danglingPartner: (value) => `${q(value)} under ‘works with’ is not in the file and was skipped.`,
  rowError: (message) => message,
  parseError: (message) => `The row could not be read properly: ${message}.`,
  tooManyRows: (limit) => `The file has more than ${limit} rows. Only the first ${limit} were read.`,
};

export const formatMessages: Catalog<FormatMessages> = { nl: formatNl, en: formatEn };
