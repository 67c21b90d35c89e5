/**
 * The catalogues of `<cooperation-check>`: Dutch (the source, `cooperation-check.nl.ts` and
 * `cooperation-check-fill.ts`) at once, English (`cooperation-check.en.ts`, both parts) loaded on an
 * English page only. Apart from both, so neither imports the other.
 */
import type { LazyCatalog } from './localize.js';
import { nl, type CooperationCheckMessages } from './cooperation-check.nl.js';
import { nl as nlFill, type CooperationCheckFillMessages } from './cooperation-check-fill.js';

export { nl, type CooperationCheckMessages };

const english = () => import('./cooperation-check.en.js');

export const cooperationCheckMessages: LazyCatalog<CooperationCheckMessages> = {
  nl,
  en: async () => (await english()).en,
};

/** The questionnaire's messages (mode="fill"). */
export const cooperationCheckFillMessages: LazyCatalog<CooperationCheckFillMessages> = {
  nl: nlFill,
  en: async () => (await english()).enFill,
};
