/**
 * The catalogue of `<care-network-map>`: Dutch (the source, `care-network-map.nl.ts`) at once, English
 * (`care-network-map.en.ts`) loaded on an English page only. Apart from both, so neither imports the other.
 */
import type { LazyCatalog } from './localize.js';
import { nl, type CareNetworkMapMessages } from './care-network-map.nl.js';

export { nl, type CareNetworkMapMessages };

export const careNetworkMapMessages: LazyCatalog<CareNetworkMapMessages> = {
  nl,
  en: async () => (await import('./care-network-map.en.js')).en,
};
