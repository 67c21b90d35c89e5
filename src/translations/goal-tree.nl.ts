/** Messages of `<goal-tree>` that every page needs, in Dutch (the source); English is in `goal-tree.en.ts`. */
import { goalLevels } from '../sdk/messages/goal-levels.js';

const q = (s: string) => `‘${s}’`;

export const nl = {
  level: goalLevels.nl,
  tree: (title: string) => `Doelenboom: ${title}`,
  diagram: 'Boomdiagram',
  emptyTitle: 'Er is nog geen doelenboom',
  emptyReadonly: 'Hier komt de doelenboom zodra er doelen zijn.',
  missingTree: (id: string) => `Doelenboom ${q(id)} staat niet in de gegevens.`,
  hint: 'Pijltjestoetsen: door de doelen gaan. Enter: details openen.',
  touchHint: 'Tik op een doel om de details te zien.',
  touchHintEdit: 'Tik op een doel om het te kiezen. De knoppen hierboven werken op dat doel.',
  details: 'Details',
  insights: 'Inzichten',
  exportLabel: 'Exporteren',
  show: 'Tonen tot',
  upTo: (n: number) => `niveau ${n}`,
  all: 'alles',
  more: 'Meer',
  view: 'Weergave',
  horizontal: 'Van links naar rechts',
  zoomIn: 'Inzoomen',
  zoomOut: 'Uitzoomen',
  fit: 'Hele boom tonen',
  partOfTree: 'U ziet een deel van de boom. Scroll in het vak om de rest te zien, of kies ‘Hele boom tonen’.',
  partners: (n: number) => (n === 0 ? 'geen partners' : n === 1 ? '1 partner' : `${n} partners`),
  steps: (done: number, total: number) => (total ? `${done} van ${total} stappen klaar` : 'geen stappen'),
  indicator: {
    none: 'geen indicator',
    unmeasured: 'indicator nog niet gemeten',
    on: 'indicator gehaald',
    off: 'indicator nog niet gehaald',
  },
  partLoading: 'Wordt geladen…',
  legend:
    'Elk vak is een doel: de soort doel, de naam, partners, stappen en indicator. Lijnen lopen naar de doelen eronder; + en − klappen een doel uit en in.',
};

export type GoalTreeMessages = typeof nl;
