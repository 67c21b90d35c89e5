/**
 * Messages of <cooperation-check> shared by both views and those of the results, in Dutch (the
 * source, B1). The English version is in `cooperation-check.en.ts`, loaded only on an English
 * page, so that a Dutch page does not download it.
 */

export const nl = {
  defaultTitle: 'Samenwerkingscheck',
  noCheck: 'Er is nog geen samenwerkingscheck in deze gegevens.',
  roles: {
    gemeente: 'Gemeente',
    zorg: 'Zorg',
    welzijn: 'Welzijn',
    medisch: 'Medisch (bijvoorbeeld huisarts)',
    vrijwilliger: 'Vrijwilliger',
    mantelzorger: 'Mantelzorger',
    anders: 'Anders',
  } as Record<string, string>,
  scale: ['Helemaal oneens', 'Oneens', 'Neutraal', 'Eens', 'Helemaal eens'],
  unknown: 'Weet ik niet / n.v.t.',
  roundLabel: 'Ronde',
  respondents: (n: number) => (n === 1 ? '1 deelnemer' : `${n} deelnemers`),
  noResponses: 'Er zijn nog geen antwoorden in deze ronde.',
  notEnough: (n: number, min: number) =>
    `Er ${n === 1 ? 'is 1 antwoord' : `zijn ${n} antwoorden`}. De uitslag verschijnt vanaf ${min} deelnemers, zodat niemand te herkennen is.`,
  tableCaption: (round: string) => `Uitslag per onderdeel, ${round}`,
  aspect: 'Onderdeel',
  mean: 'Gemiddelde (1 tot 5)',
  spread: 'Verschil tussen de antwoorden (0 = iedereen eens)',
  spreadValue: (sd: string, min: string, max: string) => `${sd} (van ${min} tot ${max})`,
  n: 'Aantal',
  band: 'Oordeel',
  changeHead: 'Verschil met vorige ronde',
  bands: { sterk: 'Sterk', aandacht: 'Aandacht nodig', zorg: 'Zorg' } as Record<string, string>,
  none: '–',
  chartTitle: 'Gemiddelde per onderdeel',
  chartText: (items: string) => `Gemiddelde per onderdeel op een schaal van 1 tot 5: ${items}.`,
  previousMark: 'streep: vorige ronde',
  flags: 'Waar verschillen we van mening?',
  noFlags: 'Geen grote verschillen van mening.',
  flagSpread: (aspect: string, sd: string) =>
    `${aspect}: de antwoorden lopen ver uiteen (verschil ${sd}; 0 is iedereen eens).`,
  flagStatement: (text: string, sd: string) =>
    `“${text}”: de antwoorden lopen ver uiteen (verschil ${sd}; 0 is iedereen eens).`,
  flagRoles: (aspect: string, high: string, hv: string, low: string, lv: string) =>
    `${aspect}: ${high} (${hv}) en ${low} (${lv}) denken er verschillend over.`,
  byRole: 'Per rol',
  suppressedNote: (min: number) =>
    `Rollen met minder dan ${min} deelnemers tonen we niet apart, zodat niemand te herkennen is.`,
  noRoles: 'Er zijn per rol te weinig deelnemers om iets te tonen.',
  overTime: 'Door de tijd',
  overTimeCaption: 'Gemiddelde per onderdeel per ronde',
  perStatement: 'Per stelling',
  statement: 'Stelling',
  comments: 'Opmerkingen',
  actions: 'Afspraken',
  actionsIntro:
    'Wat spreken we af? Herken het probleem, kies wat het belangrijkst is, spreek af wie wat doet en kijk later of het gelukt is.',
  noActions: 'Nog geen afspraken.',
  what: 'Wat',
  who: 'Wie',
  when: 'Wanneer',
  done: 'Klaar',
  addAction: 'Afspraak toevoegen',
  removeAction: (what: string) => `Afspraak “${what}” verwijderen`,
  markDone: (what: string) => `Afspraak “${what}” is klaar`,
  whatMissing: 'Vul in wat u afspreekt.',
  downloadCsv: 'Antwoorden downloaden (CSV)',
  downloadJson: 'Uitslag downloaden (JSON)',
  print: 'Afdrukken',
};

export type CooperationCheckMessages = typeof nl;
