/** Messages of `<goal-tree>` that every page needs, in Dutch (source) and English. */
import type { Catalog } from './localize.js';

const q = (s: string) => `‘${s}’`;

export const nl = {
  level: { stip: 'Stip op de horizon', subdoel: 'Subdoel', concreet: 'Concreet doel' },
  tree: (title: string) => `Doelenboom: ${title}`,
  diagram: 'Boomdiagram',
  emptyTitle: 'Er is nog geen doelenboom',
  emptyReadonly: 'Hier komt de doelenboom zodra er doelen zijn.',
  missingTree: (id: string) => `Doelenboom ${q(id)} staat niet in de gegevens.`,
  hint: 'Pijltjestoetsen: door de doelen gaan. Enter: details openen.',
  details: 'Details',
  insights: 'Inzichten',
  exportLabel: 'Exporteren',
  show: 'Tonen tot',
  upTo: (n: number) => `niveau ${n}`,
  all: 'alles',
  view: 'Weergave',
  horizontal: 'Van links naar rechts',
  zoomIn: 'Inzoomen',
  zoomOut: 'Uitzoomen',
  fit: 'Passend maken',
  partners: (n: number) => (n === 0 ? 'geen partners' : n === 1 ? '1 partner' : `${n} partners`),
  steps: (done: number, total: number) => (total ? `${done} van ${total} stappen klaar` : 'geen stappen'),
  indicator: { none: 'geen indicator', unmeasured: 'indicator nog niet gemeten', on: 'indicator gehaald', off: 'indicator nog niet gehaald' },
  partLoading: 'Wordt geladen…',
  legend: 'Elk vak is een doel: de soort doel, de naam, partners, stappen en indicator. Lijnen lopen naar de doelen eronder; + en − klappen een doel uit en in.',
};

export type GoalTreeMessages = typeof nl;

export const en: GoalTreeMessages = {
  level: { stip: 'Main goal', subdoel: 'Sub-goal', concreet: 'Concrete goal' },
  tree: (title) => `Goal tree: ${title}`,
  diagram: 'Tree diagram',
  emptyTitle: 'There is no goal tree yet',
  emptyReadonly: 'The goal tree appears here once there are goals.',
  missingTree: (id) => `Goal tree ${q(id)} is not in the data.`,
  hint: 'Arrow keys: move through the goals. Enter: open details.',
  details: 'Details',
  insights: 'Insights',
  exportLabel: 'Export',
  show: 'Show up to',
  upTo: (n) => `level ${n}`,
  all: 'all',
  view: 'View',
  horizontal: 'Left to right',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  fit: 'Fit',
  partners: (n) => (n === 0 ? 'no partners' : n === 1 ? '1 partner' : `${n} partners`),
  steps: (done, total) => (total ? `${done} of ${total} steps done` : 'no steps'),
  indicator: { none: 'no indicator', unmeasured: 'indicator not measured yet', on: 'indicator reached', off: 'indicator not reached yet' },
  partLoading: 'Loading…',
  legend: 'Each box is a goal: its kind, name, partners, steps and indicator. Lines run to the goals below it; + and − unfold and fold a goal.',
};

export const goalTreeMessages: Catalog<GoalTreeMessages> = { nl, en };
