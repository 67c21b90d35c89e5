/** Messages of the join panel of <cooperation-check mode="results"> in a room (link and QR code), Dutch (B1) and English. */
import type { Catalog } from './localize.js';

export const nl = {
  heading: 'Meedoen met je telefoon',
  intro: (round: string) =>
    `Scan de code met de camera van je telefoon, of open de link. Je vult de check dan anoniem in voor ${round}.`,
  link: 'Link om mee te doen',
  qr: 'QR-code met de link om mee te doen',
  showLarge: 'Code groot tonen',
  close: 'Sluiten',
  noRound: 'Er is nog geen ronde open. Open een ronde, dan verschijnt hier de code om mee te doen.',
  openRound: 'Nieuwe ronde openen',
  roundTitle: (n: number) => `Ronde ${n}`,
  noToken: 'Er is geen code om mee te doen: de pagina geeft geen fill-token mee. Vraag de beheerder van de website.',
  badUrl: 'De link om mee te doen klopt niet (join-url). Vraag de beheerder van de website.',
};

export type JoinMessages = typeof nl;

export const en: JoinMessages = {
  heading: 'Join on your phone',
  intro: (round) =>
    `Scan the code with your phone’s camera, or open the link. You then fill in the check anonymously for ${round}.`,
  link: 'Link to join',
  qr: 'QR code with the link to join',
  showLarge: 'Show the code large',
  close: 'Close',
  noRound: 'No round is open yet. Open a round and the code to join appears here.',
  openRound: 'Open a new round',
  roundTitle: (n) => `Round ${n}`,
  noToken: 'There is no code to join: the page passes no fill-token. Ask the website’s administrator.',
  badUrl: 'The link to join is not valid (join-url). Ask the website’s administrator.',
};

export const joinMessages: Catalog<JoinMessages> = { nl, en };
