/** Messages of `<samenspel-data>`: where saving stands, in Dutch (source) and English. */
import type { Catalog } from './localize.js';

/** How much a dataset holds, for a confirmation that says what is at stake. */
export interface Counts {
  parties: number;
  relations: number;
  careNetworks: number;
  goalTrees: number;
  checks: number;
}

const list = (parts: string[], none: string, and: string) =>
  parts.length ? parts.join(', ').replace(/, ([^,]*)$/, ` ${and} $1`) : none;
const n = (count: number, one: string, more: string) => (count ? [`${count} ${count === 1 ? one : more}`] : []);

export const nl = {
  savedLocal: 'Alles is opgeslagen in deze browser.',
  savedServer: 'Alles is opgeslagen op de server.',
  saving: 'Bezig met opslaan…',
  notSaved: (why: string) => `Niet opgeslagen. ${why}`,
  retrying: (why: string) => `Niet opgeslagen — we proberen het opnieuw. ${why}`,
  unsavedCount: (count: number) =>
    count === 1 ? '1 wijziging is nog niet opgeslagen.' : `${count} wijzigingen zijn nog niet opgeslagen.`,
  readOnly: (why: string) =>
    `Alleen lezen: er wordt niets opgeslagen, zodat de opgeslagen gegevens niet verloren gaan. ${why}`,
  readOnlyRetrying: 'We proberen het opnieuw te laden.',
  readOnlyAdvice: 'Wat u nu wijzigt, staat alleen op dit scherm: bewaar het als bestand.',
  download: 'Bewaar als bestand',
  downloadKept: 'Bewaar de oude kopie als bestand',
  replace: 'Vervang de opgeslagen gegevens…',
  confirmReplace: (where: 'local' | 'server', now: Counts, keptChars: number | undefined) =>
    `Weet u het zeker? De opgeslagen gegevens ${where === 'local' ? 'in deze browser' : 'op de server'} worden vervangen door wat nu op dit scherm staat: ${summary(now)}. ` +
    (keptChars === undefined
      ? 'Wat er nu is opgeslagen, kon niet worden geladen; dat gaat verloren.'
      : `De opgeslagen kopie (${keptChars.toLocaleString('nl-NL')} tekens), die niet kon worden gelezen, gaat verloren.`),
  confirm: 'Ja, vervangen',
  cancel: 'Annuleren',
};

function summary(c: Counts): string {
  return list(
    [
      ...n(c.parties, 'partij', 'partijen'),
      ...n(c.relations, 'relatie', 'relaties'),
      ...n(c.careNetworks, 'netwerkkaart', 'netwerkkaarten'),
      ...n(c.goalTrees, 'doelenboom', 'doelenbomen'),
      ...n(c.checks, 'samenwerkingscheck', 'samenwerkingschecks'),
    ],
    'geen gegevens',
    'en',
  );
}

export type SamenspelDataMessages = typeof nl;

export const en: SamenspelDataMessages = {
  savedLocal: 'Everything is saved in this browser.',
  savedServer: 'Everything is saved on the server.',
  saving: 'Saving…',
  notSaved: (why) => `Not saved. ${why}`,
  retrying: (why) => `Not saved — we will try again. ${why}`,
  unsavedCount: (count) => (count === 1 ? '1 change is not saved yet.' : `${count} changes are not saved yet.`),
  readOnly: (why) => `Read-only: nothing is saved, so that the saved data is not lost. ${why}`,
  readOnlyRetrying: 'We will try to load it again.',
  readOnlyAdvice: 'What you change now is only on this screen: save it as a file.',
  download: 'Save as file',
  downloadKept: 'Save the old copy as a file',
  replace: 'Replace the saved data…',
  confirmReplace: (where, now, keptChars) =>
    `Are you sure? The saved data ${where === 'local' ? 'in this browser' : 'on the server'} will be replaced by what is on this screen now: ${summaryEn(now)}. ` +
    (keptChars === undefined
      ? 'What is saved now could not be loaded; it will be lost.'
      : `The saved copy (${keptChars.toLocaleString('en-GB')} characters), which could not be read, will be lost.`),
  confirm: 'Yes, replace',
  cancel: 'Cancel',
};

function summaryEn(c: Counts): string {
  return list(
    [
      ...n(c.parties, 'party', 'parties'),
      ...n(c.relations, 'relation', 'relations'),
      ...n(c.careNetworks, 'network map', 'network maps'),
      ...n(c.goalTrees, 'goal tree', 'goal trees'),
      ...n(c.checks, 'cooperation check', 'cooperation checks'),
    ],
    'no data',
    'and',
  );
}

export const samenspelDataMessages: Catalog<SamenspelDataMessages> = { nl, en };
