/** Names of a goal's level and of a step's status, in Dutch (source) and English: written by the exports and shown by `<goal-tree>`. */
import type { GoalLevel } from '../goal-tree.js';
import type { StepStatus } from '../model.js';
import type { Catalog } from './lang.js';

export const goalLevels: Catalog<Record<GoalLevel, string>> = {
  nl: { stip: 'Stip op de horizon', subdoel: 'Subdoel', concreet: 'Concreet doel' },
  en: { stip: 'Main goal', subdoel: 'Sub-goal', concreet: 'Concrete goal' },
};

export const goalStatuses: Catalog<Record<StepStatus, string>> = {
  nl: { open: 'Open', bezig: 'Bezig', klaar: 'Klaar' },
  en: { open: 'Open', bezig: 'In progress', klaar: 'Done' },
};
