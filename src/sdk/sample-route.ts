/**
 * The sample route (seed 002): a carer of someone with dementia looks for respite care, as it goes now
 * and as the partners want it — with the seed's roles, played by parties of the sample dataset.
 */
import type { Annotation, Route, RouteStep } from './route-model.js';

const note = (id: string, kind: Annotation['kind'], text: string, owner?: string, due?: string): Annotation => ({
  id,
  kind,
  text,
  ...(owner ? { owner } : {}),
  ...(due ? { due } : {}),
});
const step = (
  id: string,
  lane: string | undefined,
  contact: RouteStep['contact'],
  what: string,
  extra: Omit<RouteStep, 'id' | 'what' | 'contact' | 'lane'> = {},
): RouteStep => ({ id, ...(lane ? { lane } : {}), what, contact, ...extra });

/** "Mantelzorger van iemand met dementie zoekt respijtzorg", in both versions. A fresh copy on every call. */
export function sampleRoute(): Route {
  return {
    id: 'route-respijtzorg',
    title: 'Mantelzorger van iemand met dementie zoekt respijtzorg',
    description:
      'Ans de Vries zorgt voor haar man Henk, die dementie heeft. Ze houdt het niet meer vol en zoekt iemand die de zorg af en toe overneemt. In twee middagen brachten de partners haar route in kaart.',
    lanes: [
      { id: 'mantelzorger', role: 'mantelzorger', party: 'ans' },
      { id: 'gemeente', role: 'gemeente', party: 'gemeente' },
      { id: 'wmo', role: 'Wmo-consulent', party: 'wmo-consulent' },
      { id: 'mantelzorgconsulent', role: 'mantelzorgconsulent', party: 'mantelzorgconsulent' },
      { id: 'wijkteam', role: 'wijkteammedewerker', party: 'wijkteam-noord' },
      { id: 'vraagverhelderaar', role: 'vraagverhelderaar', party: 'clientondersteuning' },
      { id: 'zorgbemiddelaar', role: 'zorgbemiddelaar', party: 'logeerhuis' },
      { id: 'vrijwilliger', role: 'vrijwilliger', party: 'vervangende-zorg' },
    ],
    current: [
      step(
        'zoekt-hulp',
        'mantelzorger',
        'signaal',
        'Ans merkt dat ze het niet meer volhoudt en zoekt op internet naar hulp.',
        {
          annotations: [
            note(
              'kans-huisarts',
              'gemiste-kans',
              'Ans kwam al maanden bij de huisarts en de apotheek, maar niemand vroeg hoe het met haar ging.',
            ),
          ],
        },
      ),
      step(
        'belt-gemeente',
        'gemeente',
        'eerste-contact',
        'Ans belt het algemene nummer van de gemeente en wordt doorverbonden met het Wmo-loket.',
        {
          waitDays: 3,
          annotations: [
            note(
              'aanname-weg',
              'aanname',
              'De gemeente gaat ervan uit dat mantelzorgers zelf de weg naar het steunpunt weten.',
            ),
          ],
        },
      ),
      step(
        'keukentafel',
        'wmo',
        'intake',
        'Keukentafelgesprek over de zorg voor Henk. Over Ans zelf gaat het bijna niet.',
        {
          waitDays: 21,
          retell: 'De hele situatie thuis',
          annotations: [
            note(
              'vanzelf-naaste',
              'vanzelfsprekendheid',
              'Het gesprek gaat over de naaste. Dat de mantelzorger zelf hulp nodig heeft, vraagt niemand.',
            ),
          ],
        },
      ),
      step(
        'nummer-steunpunt',
        'wmo',
        'koude-verwijzing',
        'De Wmo-consulent geeft het telefoonnummer van het steunpunt mee.',
      ),
      step(
        'gesprek-consulent',
        'mantelzorgconsulent',
        'vraagverheldering',
        'Ans belt zelf het steunpunt. De mantelzorgconsulent vraagt wat ze nodig heeft.',
        {
          waitDays: 14,
          retell: 'De hele situatie en de diagnose van Henk',
          annotations: [
            note(
              'dubbel-verhaal',
              'dubbeling',
              'Ans vertelt voor de tweede keer het hele verhaal: het verslag van het keukentafelgesprek is niet gedeeld.',
            ),
          ],
        },
      ),
      step(
        'vraag-op-papier',
        'vraagverhelderaar',
        'vraagverheldering',
        'De cliëntondersteuner helpt de vraag naar logeeropvang op papier te zetten.',
        {
          waitDays: 10,
          retell: 'Wat Henk nodig heeft',
          annotations: [
            note(
              'dubbel-formulier',
              'dubbeling',
              'Hetzelfde formulier als bij de Wmo-consulent, nog een keer ingevuld.',
            ),
          ],
        },
      ),
      step('indicatie', 'wmo', 'indicatie', 'De gemeente geeft een indicatie voor logeeropvang.', { waitDays: 28 }),
      step(
        'aanbieders',
        'zorgbemiddelaar',
        'koude-verwijzing',
        'Ans krijgt een lijst met aanbieders en moet zelf bellen.',
        { waitDays: 14 },
      ),
      step('intake-logeerhuis', 'zorgbemiddelaar', 'intake', 'Intake bij het logeerhuis.', {
        waitDays: 7,
        retell: 'De zorg voor Henk, van begin af aan',
      }),
      step(
        'logeren',
        'zorgbemiddelaar',
        'ondersteuning-geregeld',
        'Henk logeert één weekend per maand in het logeerhuis.',
        { waitDays: 21 },
      ),
      step('nazorg', undefined, 'nazorg', 'Niemand belt na of het Ans helpt.', {
        annotations: [
          note('kans-nazorg', 'gemiste-kans', 'Na de eerste logeerweekenden vraagt niemand hoe het met Ans gaat.'),
        ],
      }),
    ],
    desired: [
      step(
        'herkend',
        'wijkteam',
        'signaal',
        'De wijkteammedewerker herkent Ans als mantelzorger bij een huisbezoek en vraagt hoe het met haar gaat.',
        {
          annotations: [
            note(
              'verbetering-vragen',
              'verbetering',
              'Bij elk huisbezoek vragen we naar de mantelzorger.',
              'wijkteam-noord',
              '2027-03-01',
            ),
          ],
        },
      ),
      step(
        'warm-naar-consulent',
        'wijkteam',
        'warme-verwijzing',
        'De wijkteammedewerker belt met Ans erbij de mantelzorgconsulent en maakt meteen een afspraak.',
        {
          annotations: [
            note(
              'verbetering-consulent',
              'verbetering',
              'Elk wijkteam heeft een vaste mantelzorgconsulent die het team kent.',
              'gemeente',
              '2027-01-01',
            ),
          ],
        },
      ),
      step(
        'gesprek-consulent',
        'mantelzorgconsulent',
        'vraagverheldering',
        'Gesprek met de mantelzorgconsulent. Met toestemming van Ans deelt zij het verslag met de Wmo-consulent.',
        {
          waitDays: 3,
          retell: 'De hele situatie, één keer',
          annotations: [
            note(
              'verbetering-verslag',
              'verbetering',
              'Eén gespreksverslag dat Ans zelf leest en deelt.',
              'mantelzorgconsulent',
              '2027-01-15',
            ),
          ],
        },
      ),
      step(
        'keukentafel',
        'wmo',
        'intake',
        'Keukentafelgesprek samen met de mantelzorgconsulent. Ans krijgt een eigen plek in het gesprek.',
        { waitDays: 7 },
      ),
      step('indicatie', 'wmo', 'indicatie', 'De gemeente geeft een indicatie voor logeeropvang.', { waitDays: 10 }),
      step(
        'aanbieders',
        'zorgbemiddelaar',
        'warme-verwijzing',
        'De zorgbemiddelaar belt het logeerhuis en regelt een kennismaking met Ans erbij.',
        { waitDays: 5 },
      ),
      step(
        'intake-logeerhuis',
        'zorgbemiddelaar',
        'intake',
        'Het logeerhuis leest het verslag; Ans hoeft alleen aan te vullen.',
        { waitDays: 7 },
      ),
      step(
        'logeren',
        'zorgbemiddelaar',
        'ondersteuning-geregeld',
        'Henk logeert één weekend per maand in het logeerhuis.',
        { waitDays: 14 },
      ),
      step(
        'even-vrij',
        'vrijwilliger',
        'ondersteuning-geregeld',
        'Een vrijwilliger van Stichting Even Vrij neemt de zorg elke week een middag over.',
        { waitDays: 7 },
      ),
      step('nazorg', 'mantelzorgconsulent', 'nazorg', 'De mantelzorgconsulent belt na zes weken hoe het met Ans gaat.'),
    ],
  };
}
