/**
 * Names of a step's status, in Dutch (source) and English: written by the exports and shown in the
 * goal details of `<goal-tree>` (apart from the levels, which every goal shows, so that a page that
 * only shows a tree does not download them).
 */
import type { StepStatus } from '../model.js';
import type { Catalog } from './lang.js';

export const stepStatuses: Catalog<Record<StepStatus, string>> = {
  nl: { open: 'Open', bezig: 'Bezig', klaar: 'Klaar' },
  en: { open: 'Open', bezig: 'In progress', klaar: 'Done' },
};
