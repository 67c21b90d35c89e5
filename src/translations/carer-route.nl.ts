/** Messages of `<carer-route>`, in Dutch (the source); English is in `carer-route.en.ts`, loaded on an English page only. */
import type { AnnotationKind } from '../sdk/route-model.js';
import type { RouteFigureName } from '../sdk/analysis/route.js';
import { routeWordsNl } from '../sdk/messages/route.js';

const q = (s: string) => `‘${s}’`;
const days = (n: number) => (n === 1 ? '1 dag' : `${n} dagen`);
const times = (n: number, one: string, many: string) => (n === 1 ? one : many);

export const nl = {
  ...routeWordsNl,
  route: (title: string) => `Route: ${title}`,
  /** One letter per annotation kind, for the picture (always explained in the legend). */
  annotationMark: {
    aanname: 'A',
    vanzelfsprekendheid: 'V',
    dubbeling: 'D',
    'gemiste-kans': 'G',
    verbetering: '+',
  } satisfies Record<AnnotationKind, string>,
  noRoute: 'Er is nog geen route.',
  noRouteReadonly: 'Hier komt de route van de mantelzorger zodra die in de gegevens staat.',
  missingRoute: (id: string) => `Route ${q(id)} staat niet in de gegevens.`,
  lanes: 'Wie doen er mee',
  lanesNone: 'Nog niemand. Voeg de rollen toe die in de route meedoen, zoals Wmo-consulent of mantelzorger.',
  noSteps: 'Nog geen stappen.',
  stepLabel: (n: number) => `Stap ${n}`,
  contactLabel: 'Soort contact',
  contactUnknown: 'niet bekend',
  wait: 'Wachttijd',
  days,
  retell: 'Opnieuw vertellen',
  annotations: 'Opmerkingen',
  goal: 'Doel in de doelenboom',
  changed: 'Wat is er anders',
  isNew: 'nieuwe stap',
  madeWarm: 'nu een warme verwijzing',
  quicker: (from: number, to: number) => `wachttijd korter: ${days(from)} wordt ${days(to)}`,
  otherLane: (from: string, to: string) => `nu bij ${to} (was ${from})`,
  dropped: 'Deze stap valt weg in de gewenste route.',
  picture: (version: string) => `Zwembanen: ${version}`,
  pictureHint: 'Het plaatje zegt hetzelfde als de lijst met stappen hierboven.',
  legend:
    'Elke rij is een rol, de stappen lopen van links naar rechts. Een doorgetrokken pijl met ‘warm’ is een warme verwijzing, een gestreepte pijl met ‘koud’ een koude. Letters bij een stap: A aanname, V vanzelfsprekendheid, D dubbeling, G gemiste kans, + verbetering. Een stap bij ‘Niemand’ heeft geen eigenaar.',
  warm: 'warm',
  cold: 'koud',
  insights: 'Inzichten',
  insightsCaption: 'De route in getallen: nu, gewenst en het verschil',
  figure: 'Wat',
  difference: 'Verschil',
  figures: {
    steps: 'Stappen',
    handoffs: 'Overdrachten naar een andere rol',
    coldReferrals: 'Koude verwijzingen',
    warmReferrals: 'Warme verwijzingen',
    retellings: 'Keren dat de mantelzorger het verhaal opnieuw vertelt',
    waitDays: 'Wachttijd in dagen',
    noOwner: 'Stappen zonder eigenaar',
  } satisfies Record<RouteFigureName, string>,
  summary: (steps: number, handoffs: number, cold: number, retell: number, wait: number) =>
    `${times(steps, '1 stap', `${steps} stappen`)}, ${times(handoffs, '1 overdracht', `${handoffs} overdrachten`)}, ${times(cold, '1 koude verwijzing', `${cold} koude verwijzingen`)}, ${times(retell, '1 keer', `${retell} keer`)} opnieuw vertellen, ${days(wait)} wachten.`,
  changes: 'Wat verandert er',
  removedSteps: 'Stappen die wegvallen',
  addedSteps: 'Nieuwe stappen',
  warmSteps: 'Verwijzingen die warm worden',
  quickerSteps: 'Stappen met minder wachttijd',
  none: 'Geen.',
  noDesired: 'Er is nog geen gewenste route. Dan is er ook nog geen verschil.',
  blockedTitle: 'Waar informatie niet kan stromen',
  blocked: (from: string, to: string, step: number) =>
    `Informatie kan niet stromen van ${from} naar ${to} (stap ${step}): ${from} deelt niets over de persoonlijke situatie. De mantelzorger moet het dan zelf opnieuw vertellen.`,
  annotationsCount: 'Opmerkingen per soort',
  export: 'Exporteren',
  csv: 'CSV (spreadsheet)',
  json: 'samenspel-bestand (JSON)',
  svg: 'SVG (afbeelding)',
  png: 'PNG (afbeelding)',
  print: 'Afdrukken',
};

export type CarerRouteMessages = typeof nl;
