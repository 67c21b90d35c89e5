/**
 * The catalogue of `<who-is-who>`: Dutch (the source, `who-is-who.nl.ts`) at once, English
 * (`who-is-who.en.ts`) loaded on an English page only. Apart from both, so neither imports the other.
 */
import type { LazyCatalog } from './localize.js';
import { nl, type WhoIsWhoMessages } from './who-is-who.nl.js';

export { nl, type WhoIsWhoMessages };

export const whoIsWhoMessages: LazyCatalog<WhoIsWhoMessages> = {
  nl,
  en: async () => (await import('./who-is-who.en.js')).en,
};
