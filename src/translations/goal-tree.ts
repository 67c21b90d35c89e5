/**
 * The catalogue of `<goal-tree>`: Dutch (the source, `goal-tree.nl.ts`) at once, English
 * (`goal-tree.en.ts`) loaded on an English page only. Apart from both, so neither imports the other.
 */
import type { LazyCatalog } from './localize.js';
import { nl, type GoalTreeMessages } from './goal-tree.nl.js';

export { nl, type GoalTreeMessages };

export const goalTreeMessages: LazyCatalog<GoalTreeMessages> = {
  nl,
  en: async () => (await import('./goal-tree.en.js')).en,
};
