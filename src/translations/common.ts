/** Messages every element shares, in Dutch (source) and English. */
import type { Catalog } from './localize.js';

export const nl = {
  loading: 'Gegevens worden geladen…',
  undo: 'Ongedaan maken',
  redo: 'Opnieuw doen',
  present: 'Presenteren',
  /** The button (and key 0) that fits the whole network in view, in both network tools. */
  showWholeMap: 'Hele kaart tonen',
  /** An export (a file, a picture, print) that could not be made, in every tool. */
  exportFailed: 'Exporteren is niet gelukt.',
  /** Said after undo and redo, in every tool. */
  undone: 'Ongedaan gemaakt.',
  redone: 'Opnieuw gedaan.',
};

export type CommonMessages = typeof nl;

export const en: CommonMessages = {
  loading: 'Loading data…',
  undo: 'Undo',
  redo: 'Redo',
  present: 'Present',
  showWholeMap: 'Show the whole map',
  exportFailed: 'The export did not work.',
  undone: 'Undone.',
  redone: 'Redone.',
};

export const commonMessages: Catalog<CommonMessages> = { nl, en };
