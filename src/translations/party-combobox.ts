/** Messages of the field that picks a party or adds a new one (`src/internal/party-combobox.ts`). */
import type { Catalog } from './localize.js';

const q = (s: string) => `‘${s}’`;

const nl = {
  addNew: (name: string) => `Nieuwe partij ${q(name)} toevoegen`,
  found: (n: number) =>
    n === 0
      ? 'Geen partij gevonden. Kies ‘nieuwe partij toevoegen’ of typ iets anders.'
      : n === 1
        ? '1 partij gevonden.'
        : `${n} partijen gevonden.`,
};

export type PartyComboboxMessages = typeof nl;

export const partyComboboxMessages: Catalog<PartyComboboxMessages> = {
  nl,
  en: {
    addNew: (name) => `Add new party ${q(name)}`,
    found: (n) =>
      n === 0
        ? 'No party found. Choose ‘add new party’ or type something else.'
        : n === 1
          ? '1 party found.'
          : `${n} parties found.`,
  },
};
