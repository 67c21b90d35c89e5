/** Messages of a live room's status line, in Dutch (source) and English. */
import type { Catalog } from './localize.js';

export const nl = {
  connecting: 'Verbinden met de kamer…',
  connected: (people: number) =>
    people > 1 ? `Verbonden. ${people} mensen werken mee.` : 'Verbonden. Je bent nu de enige in deze kamer.',
  reconnecting: 'De verbinding is weg. We verbinden opnieuw…',
  offline: (unsaved: number) =>
    `Geen verbinding. ${unsaved === 1 ? '1 wijziging is' : `${unsaved} wijzigingen zijn`} nog niet gedeeld. Die gaan mee zodra de verbinding terug is.`,
  refused: (why: string) => `Geen toegang tot de kamer: ${why} Wat je hier typt, blijft staan.`,
  expired: 'de code is verlopen. Vraag een nieuwe aan.',
  invalid: 'de code klopt niet. Vraag een nieuwe aan.',
  wrongRoom: 'de code hoort bij een andere kamer.',
  tooLarge: 'de kamer neemt zo veel gegevens niet aan.',
  badServer: 'het adres van de server klopt niet.',
};

export type LiveMessages = typeof nl;

export const en: LiveMessages = {
  connecting: 'Connecting to the room…',
  connected: (people) =>
    people > 1
      ? `Connected. ${people} people are working together.`
      : 'Connected. You are the only one in this room now.',
  reconnecting: 'The connection is lost. Reconnecting…',
  offline: (unsaved) =>
    `No connection. ${unsaved === 1 ? '1 change has' : `${unsaved} changes have`} not been shared yet. They go as soon as the connection is back.`,
  refused: (why) => `No access to the room: ${why} What you type here stays.`,
  expired: 'the code has expired. Ask for a new one.',
  invalid: 'the code is not valid. Ask for a new one.',
  wrongRoom: 'the code belongs to another room.',
  tooLarge: 'the room does not take this much data.',
  badServer: 'the server address is not valid.',
};

export const liveMessages: Catalog<LiveMessages> = { nl, en };

/** Messages of the people in a room: the list, the marks, following and the notice when something is removed. */
export const presenceNl = {
  here: 'Wie is er in de kamer',
  you: '(jij)',
  unnamed: 'Naamloos',
  alsoHere: 'Ook hier:',
  follow: (name: string) => `Volg ${name}`,
  followAway: (name: string) => `${name} is (nog) niet in de kamer.`,
  removed: (what: string) => `Iemand anders heeft ‘${what}’ weggehaald. Daar was jij mee bezig.`,
  restore: 'Zet terug',
  dismiss: 'Sluiten',
  restored: (what: string) => `‘${what}’ staat er weer.`,
};

export type PresenceMessages = typeof presenceNl;

export const presenceEn: PresenceMessages = {
  here: 'Who is in the room',
  you: '(you)',
  unnamed: 'Unnamed',
  alsoHere: 'Also here:',
  follow: (name) => `Follow ${name}`,
  followAway: (name) => `${name} is not in the room (yet).`,
  removed: (what) => `Someone else removed ‘${what}’. You were working on it.`,
  restore: 'Put it back',
  dismiss: 'Close',
  restored: (what) => `‘${what}’ is back.`,
};

export const presenceMessages: Catalog<PresenceMessages> = { nl: presenceNl, en: presenceEn };
