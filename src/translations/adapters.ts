/** Messages of the storage and server adapters, in Dutch (source) and English. */
import type { Catalog } from './localize.js';

export const nl = {
  storageUnavailable: 'Opslaan in deze browser is uitgeschakeld. Uw werk blijft op dit scherm staan, maar is weg als u de pagina sluit.',
  quotaExceeded: 'De opslag van deze browser is vol. Uw werk blijft op dit scherm staan; bewaar het als bestand om het niet kwijt te raken.',
  saveConflict: 'Iemand anders heeft de gegevens intussen opgeslagen. Uw wijzigingen staan nog op dit scherm; bewaar ze als bestand en laad de pagina opnieuw.',
  networkFailed: (reason: string) => `Er is geen verbinding met de server (${reason}). Uw wijzigingen staan nog op dit scherm en worden opnieuw verstuurd bij de volgende wijziging.`,
  httpFailed: (status: number) => `De server antwoordde met status ${status}. Uw wijzigingen staan nog op dit scherm.`,
  remoteRefused: 'Een wijziging uit een ander venster paste niet bij de gegevens hier en is niet overgenomen.',
};

export type AdapterMessages = typeof nl;

export const en: AdapterMessages = {
  storageUnavailable: 'Saving in this browser is turned off. Your work stays on this screen, but is gone when you close the page.',
  quotaExceeded: 'This browser’s storage is full. Your work stays on this screen; save it as a file so you do not lose it.',
  saveConflict: 'Someone else saved the data in the meantime. Your changes are still on this screen; save them as a file and reload the page.',
  networkFailed: (reason) => `There is no connection to the server (${reason}). Your changes are still on this screen and are sent again with the next change.`,
  httpFailed: (status) => `The server answered with status ${status}. Your changes are still on this screen.`,
  remoteRefused: 'A change from another window did not fit the data here and was not taken over.',
};

export const adapterMessages: Catalog<AdapterMessages> = { nl, en };
