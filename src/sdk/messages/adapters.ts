/** Messages of the storage and server adapters, in Dutch (source) and English. */
import type { Catalog } from './lang.js';

export const nl = {
  storageUnavailable:
    'Opslaan in deze browser is uitgeschakeld. Uw werk blijft op dit scherm staan, maar is weg als u de pagina sluit.',
  quotaExceeded:
    'De opslag van deze browser is vol. Uw werk blijft op dit scherm staan; bewaar het als bestand om het niet kwijt te raken.',
  saveConflict:
    'Iemand anders heeft de gegevens intussen opgeslagen, en samenvoegen lukte niet. Uw wijzigingen staan nog op dit scherm; bewaar ze als bestand en laad de pagina opnieuw.',
  networkFailed: (reason: string) =>
    `Er is geen verbinding met de server (${reason}). Uw wijzigingen staan nog op dit scherm.`,
  timedOut: (seconds: number) =>
    `De server gaf binnen ${seconds} ${seconds === 1 ? 'seconde' : 'seconden'} geen antwoord. Uw wijzigingen staan nog op dit scherm.`,
  httpFailed: (status: number) => `De server antwoordde met status ${status}. Uw wijzigingen staan nog op dit scherm.`,
  serverBusy: 'De server heeft het nu te druk. Uw wijzigingen staan nog op dit scherm.',
  notData: 'De server stuurde een webpagina in plaats van de gegevens. Misschien moet u opnieuw inloggen.',
  keptUnreadable: 'De opgeslagen gegevens konden niet worden gelezen.',
  keptRemoved:
    'De opgeslagen gegevens waren gewist, bijvoorbeeld in een ander venster. Ze zijn opnieuw opgeslagen vanaf dit scherm.',
  merged: 'Iemand anders heeft intussen ook iets opgeslagen. Hun wijzigingen en de uwe zijn samengevoegd.',
  mergeConflict: (what: string, theirs: string) =>
    `${what} is ook elders gewijzigd, in: ${theirs}. Uw versie staat op dit scherm en wordt opgeslagen.`,
  remoteRefused: 'Een wijziging uit een ander venster paste niet bij de gegevens hier en is niet overgenomen.',
  keptUnread: (count: number) =>
    `${count === 1 ? 'Eén onderdeel' : `${count} onderdelen`} van de opgeslagen gegevens ${count === 1 ? 'kon' : 'konden'} niet worden gelezen. Bij opslaan ${count === 1 ? 'blijft het' : 'blijven ze'} bewaard zoals ${count === 1 ? 'het was' : 'ze waren'}, naast uw wijzigingen.`,
};

export type AdapterMessages = typeof nl;

export const en: AdapterMessages = {
  storageUnavailable:
    'Saving in this browser is turned off. Your work stays on this screen, but is gone when you close the page.',
  quotaExceeded:
    'This browser’s storage is full. Your work stays on this screen; save it as a file so you do not lose it.',
  saveConflict:
    'Someone else saved the data in the meantime, and merging did not work. Your changes are still on this screen; save them as a file and reload the page.',
  networkFailed: (reason) => `There is no connection to the server (${reason}). Your changes are still on this screen.`,
  timedOut: (seconds) =>
    `The server did not answer within ${seconds} ${seconds === 1 ? 'second' : 'seconds'}. Your changes are still on this screen.`,
  httpFailed: (status) => `The server answered with status ${status}. Your changes are still on this screen.`,
  serverBusy: 'The server is too busy right now. Your changes are still on this screen.',
  notData: 'The server sent a web page instead of the data. Perhaps you need to log in again.',
  keptUnreadable: 'The saved data could not be read.',
  keptRemoved:
    'The saved data had been erased, for example in another window. It has been saved again from this screen.',
  merged: 'Someone else saved something in the meantime too. Their changes and yours have been merged.',
  mergeConflict: (what, theirs) =>
    `${what} was changed elsewhere too, to: ${theirs}. Your version is on this screen and will be saved.`,
  remoteRefused: 'A change from another window did not fit the data here and was not taken over.',
  keptUnread: (count) =>
    `${count === 1 ? 'One part' : `${count} parts`} of the saved data could not be read. When saving, ${count === 1 ? 'it is' : 'they are'} kept as ${count === 1 ? 'it was' : 'they were'}, next to your changes.`,
};

export const adapterMessages: Catalog<AdapterMessages> = { nl, en };
