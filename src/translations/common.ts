/** Messages every element shares, in Dutch (source) and English. */
import type { Catalog } from './localize.js';

export const nl = {
  loading: 'Gegevens worden geladen…',
  undo: 'Ongedaan maken',
  redo: 'Opnieuw doen',
  present: 'Presenteren',
};

export type CommonMessages = typeof nl;

export const en: CommonMessages = {
  loading: 'Loading data…',
  undo: 'Undo',
  redo: 'Redo',
  present: 'Present',
};

export const commonMessages: Catalog<CommonMessages> = { nl, en };
