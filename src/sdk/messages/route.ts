/** Words of a carer's route that its exports write and `<carer-route>` shows, in Dutch (the source); English is in `route.en.ts`. */
import type { AnnotationKind, ContactKind, RouteVersion } from '../route-model.js';

export const routeWordsNl = {
  version: { current: 'Zoals het nu gaat', desired: 'Zoals we het willen' } satisfies Record<RouteVersion, string>,
  contact: {
    signaal: 'signaal',
    'eerste-contact': 'eerste contact',
    vraagverheldering: 'vraagverheldering',
    'warme-verwijzing': 'warme verwijzing',
    'koude-verwijzing': 'koude verwijzing',
    intake: 'intake',
    indicatie: 'indicatie',
    'ondersteuning-geregeld': 'ondersteuning geregeld',
    nazorg: 'nazorg',
  } satisfies Record<ContactKind, string>,
  annotation: {
    aanname: 'Aanname',
    vanzelfsprekendheid: 'Vanzelfsprekendheid',
    dubbeling: 'Dubbeling',
    'gemiste-kans': 'Gemiste kans',
    verbetering: 'Verbetering',
  } satisfies Record<AnnotationKind, string>,
  nobody: 'Niemand',
  owner: 'wie',
  due: 'klaar op',
  csvHeader: [
    'Versie',
    'Nummer',
    'Stap-id',
    'Wie (rol)',
    'Partij',
    'Wat gebeurt er',
    'Soort contact',
    'Wachttijd (dagen)',
    'Opnieuw vertellen',
    'Opmerkingen',
  ],
};

export type RouteWords = typeof routeWordsNl;
