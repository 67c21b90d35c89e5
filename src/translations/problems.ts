/** Messages of problem reports (load errors, problems in the data, refused edits), in Dutch (source) and English. */
import type { Catalog } from './localize.js';

export const nl = {
  loadFailed: (what: string) => `De gegevens konden niet worden geladen: ${what}`,
  httpStatus: (status: number) => `de server antwoordde met status ${status}`,
  network: 'er is geen verbinding met de server',
  problems: (n: number) => (n === 1 ? 'Er is 1 probleem in de gegevens' : `Er zijn ${n} problemen in de gegevens`),
  problemsHint: 'Wat goed was, is geladen. Deze delen zijn overgeslagen of aangepast:',
  editRefused: 'Deze wijziging kon niet worden gemaakt:',
  row: (row: number, column?: string) => `Rij ${row}${column ? `, ${column}` : ''}:`,
};

export type ProblemMessages = typeof nl;

export const en: ProblemMessages = {
  loadFailed: (what) => `The data could not be loaded: ${what}`,
  httpStatus: (status) => `the server answered with status ${status}`,
  network: 'there is no connection to the server',
  problems: (n) => (n === 1 ? 'There is 1 problem in the data' : `There are ${n} problems in the data`),
  problemsHint: 'What was valid has been loaded. These parts were skipped or adjusted:',
  editRefused: 'This change could not be made:',
  row: (row, column) => `Row ${row}${column ? `, ${column}` : ''}:`,
};

export const problemMessages: Catalog<ProblemMessages> = { nl, en };
