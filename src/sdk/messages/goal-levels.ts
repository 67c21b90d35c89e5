/** Names of a goal's level, in Dutch (source) and English: written by the exports and shown on every goal by `<goal-tree>`. */
import type { GoalLevel } from '../goal-tree.js';
import type { Catalog } from './lang.js';

export const goalLevels: Catalog<Record<GoalLevel, string>> = {
  nl: { stip: 'Stip op de horizon', subdoel: 'Subdoel', concreet: 'Concreet doel' },
  en: { stip: 'Main goal', subdoel: 'Sub-goal', concreet: 'Concrete goal' },
};
