/** Words that the goal tree's exports write (CSV header, Markdown, SVG), in Dutch (source) and English. */
import type { Catalog } from './lang.js';
import { goalLevels } from './goal-levels.js';
import { stepStatuses } from './step-statuses.js';

export const goalTreeExportNl = {
  level: goalLevels.nl,
  csvHeader: [
    'id',
    'niveau',
    'soort',
    'pad',
    'doel',
    'toelichting',
    'partners',
    'stappen',
    'stappen klaar',
    'indicator',
    'eenheid',
    'beginwaarde',
    'doel in cijfers',
    'wanneer gehaald',
    'laatste meting',
    'datum laatste meting',
  ],
  partners: 'Partners',
  noPartners: 'Nog geen partners',
  steps: 'Stappen',
  status: stepStatuses.nl,
  indicator: 'Indicator',
  baseline: 'begin',
  target: 'doel',
  latest: 'laatste meting',
  legend:
    'Elk vak is een doel: soort doel, naam, partners en hoeveel stappen klaar zijn. Lijnen lopen van een doel naar de doelen eronder.',
};

export const goalTreeExportEn: typeof goalTreeExportNl = {
  level: goalLevels.en,
  csvHeader: [
    'id',
    'level',
    'kind',
    'path',
    'goal',
    'explanation',
    'partners',
    'steps',
    'steps done',
    'indicator',
    'unit',
    'baseline',
    'target',
    'target date',
    'latest reading',
    'latest reading date',
  ],
  partners: 'Partners',
  noPartners: 'No partners yet',
  steps: 'Steps',
  status: stepStatuses.en,
  indicator: 'Indicator',
  baseline: 'baseline',
  target: 'target',
  latest: 'latest reading',
  legend:
    'Each box is a goal: its kind, name, partners and how many steps are done. Lines run from a goal to the goals below it.',
};

export const goalTreeExportWords: Catalog<typeof goalTreeExportNl> = { nl: goalTreeExportNl, en: goalTreeExportEn };
