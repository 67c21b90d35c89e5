/** Messages of problem reports (load errors, problems in the data, refused edits), in Dutch (source) and English. */
import type { Catalog } from './localize.js';

export const nl = {
  loadFailed: (what: string) => `De gegevens konden niet worden geladen: ${what}`,
  httpStatus: (status: number) => `de server antwoordde met status ${status}`,
  network: 'er is geen verbinding met de server',
  problems: (n: number) => (n === 1 ? 'Er is 1 probleem in de gegevens' : `Er zijn ${n} problemen in de gegevens`),
  problemsHint: 'Wat goed was, is geladen. Deze delen zijn overgeslagen of aangepast:',
  editRefused: 'Deze wijziging kon niet worden gemaakt:',
  row: (row: number, column?: string) => `Rij ${row}${column ? `, ${column}` : ''}`,
  /** A record by its collection and place in the file (counted from 1), with its name or id. */
  record: (collection: string, index: number, name?: string) =>
    `${recordNl[collection] ?? collection} ${index + 1}${name ? ` (‘${name}’)` : ''}`,
  andMore: (n: number) => `en ${n} meer`,
};

const recordNl: Record<string, string> = {
  parties: 'Partij',
  relations: 'Relatie',
  careNetworks: 'Netwerk',
  goalTrees: 'Doelenboom',
  checks: 'Samenwerkingscheck',
};
const recordEn: Record<string, string> = {
  parties: 'Party',
  relations: 'Relation',
  careNetworks: 'Care network',
  goalTrees: 'Goal tree',
  checks: 'Cooperation check',
};

export type ProblemMessages = typeof nl;

export const en: ProblemMessages = {
  loadFailed: (what) => `The data could not be loaded: ${what}`,
  httpStatus: (status) => `the server answered with status ${status}`,
  network: 'there is no connection to the server',
  problems: (n) => (n === 1 ? 'There is 1 problem in the data' : `There are ${n} problems in the data`),
  problemsHint: 'What was valid has been loaded. These parts were skipped or adjusted:',
  editRefused: 'This change could not be made:',
  row: (row, column) => `Row ${row}${column ? `, ${column}` : ''}`,
  record: (collection, index, name) =>
    `${recordEn[collection] ?? collection} ${index + 1}${name ? ` (‘${name}’)` : ''}`,
  andMore: (n) => `and ${n} more`,
};

export const problemMessages: Catalog<ProblemMessages> = { nl, en };
