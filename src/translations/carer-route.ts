/**
 * The catalogue of `<carer-route>`: Dutch (the source, `carer-route.nl.ts`) at once, English
 * (`carer-route.en.ts`) loaded on an English page only. Apart from both, so neither imports the other.
 */
import type { LazyCatalog } from './localize.js';
import { nl, type CarerRouteMessages } from './carer-route.nl.js';

export { nl, type CarerRouteMessages };

export const carerRouteMessages: LazyCatalog<CarerRouteMessages> = {
  nl,
  en: async () => (await import('./carer-route.en.js')).en,
};
