/** Messages every element shares, in Dutch (the source); English is in `common.en.ts`. */
import type { LazyCatalog } from './localize.js';

export const nl = {
  loading: 'Gegevens worden geladen…',
  loadFailed: (what: string) => `De gegevens konden niet worden geladen: ${what}`,
  httpStatus: (status: number) => `de server antwoordde met status ${status}`,
  network: 'er is geen verbinding met de server',
  problems: (n: number) => (n === 1 ? 'Er is 1 probleem in de gegevens' : `Er zijn ${n} problemen in de gegevens`),
  problemsHint: 'Wat goed was, is geladen. Deze delen zijn overgeslagen of aangepast:',
  editRefused: 'Deze wijziging kon niet worden gemaakt:',
  undo: 'Ongedaan maken',
  redo: 'Opnieuw doen',
  close: 'Sluiten',
};

export type CommonMessages = typeof nl;

export const commonMessages: LazyCatalog<CommonMessages> = { nl, en: async () => (await import('./common.en.js')).en };
