/** Messages of the SDK: dataset problems, in Dutch (source) and English. */
import type { Catalog } from './localize.js';

const q = (s: unknown) => `‘${String(s)}’`;

export const nl = {
  notObject: 'Dit is geen samenspel-bestand: verwacht werd een JSON-object.',
  notJson: (reason: string) => `Dit bestand is geen geldige JSON: ${reason}.`,
  wrongFormat: (got: unknown) => `Dit is geen samenspel-bestand (format is ${q(got)}, verwacht ‘samenspel’).`,
  newerVersion: (got: number) => `Dit bestand is gemaakt met een nieuwere versie van samenspel (versie ${got}). Werk samenspel bij om het te openen.`,
  badVersion: (got: unknown) => `Onbekende versie ${q(got)}. Verwacht werd versie 1.`,
  tooLarge: (mb: number, limit: number) => `Het bestand is te groot (${mb} MB). De grens is ${limit} MB.`,
  circular: 'De gegevens verwijzen naar zichzelf en kunnen niet worden gelezen.',
  forbiddenKey: (key: string) => `De sleutel ${q(key)} is niet toegestaan en is overgeslagen.`,
  notList: (name: string) => `${q(name)} moet een lijst zijn; dit deel is overgeslagen.`,
  unknownKey: (key: string) => `Onbekend veld ${q(key)} is overgeslagen.`,
  missing: (key: string) => `Het veld ${q(key)} ontbreekt.`,
  wrongType: (expected: string, received: string) => `Verkeerd soort waarde: verwacht ${expected}, gekregen ${received}.`,
  unknownValue: (received: string, expected: string) => `Onbekende waarde ${received}. Kies uit: ${expected}.`,
  unsafeUrl: (value: string) => `De link ${q(value)} is niet veilig en is weggelaten. Alleen http, https, mailto en tel zijn toegestaan.`,
  badDate: (value: string) => `${q(value)} is geen datum. Schrijf een datum als 2026-09-01.`,
  badValue: (received: string) => `Ongeldige waarde ${received}.`,
  tooLong: 'Deze tekst is te lang.',
  empty: 'Dit veld mag niet leeg zijn.',
  fieldRemoved: 'Deze waarde is weggelaten; de rest van het record is bewaard.',
  recordDropped: (collection: string) => `Dit record in ${q(collection)} kon niet worden gelezen en is overgeslagen.`,
  duplicateId: (id: string) => `De id ${q(id)} komt vaker voor. Alleen de eerste is bewaard.`,
  missingParty: (id: string) => `Verwijst naar partij ${q(id)}, maar die bestaat niet.`,
  missingRef: (what: string, id: string) => `Verwijst naar ${what} ${q(id)}, maar die bestaat niet.`,
  goalCycle: (id: string) => `Doel ${q(id)} zit in een kring van bovenliggende doelen. Het is onder het hoofddoel gezet.`,
  extraRoot: (id: string) => `Doel ${q(id)} heeft geen bovenliggend doel, maar er is al een stip op de horizon. Het is onder het hoofddoel gezet.`,
  manyRegiehouders: (name: string) => `Een netwerk heeft hoogstens één regiehouder. Alleen ${q(name)} is regiehouder gebleven.`,
  stillUsed: (id: string, count: number) => `Partij ${q(id)} wordt nog ${count === 1 ? 'op 1 plek' : `op ${count} plekken`} gebruikt. Haal die verwijzingen eerst weg.`,
  notFound: (collection: string, id: string) => `Er is geen ${q(id)} in ${q(collection)}.`,
  badChange: 'Deze wijziging is niet geldig en is niet uitgevoerd.',
};

export type SdkMessages = typeof nl;

export const en: SdkMessages = {
  notObject: 'This is not a samenspel file: a JSON object was expected.',
  notJson: (reason) => `This file is not valid JSON: ${reason}.`,
  wrongFormat: (got) => `This is not a samenspel file (format is ${q(got)}, expected ‘samenspel’).`,
  newerVersion: (got) => `This file was made with a newer version of samenspel (version ${got}). Update samenspel to open it.`,
  badVersion: (got) => `Unknown version ${q(got)}. Version 1 was expected.`,
  tooLarge: (mb, limit) => `The file is too large (${mb} MB). The limit is ${limit} MB.`,
  circular: 'The data refers to itself and cannot be read.',
  forbiddenKey: (key) => `The key ${q(key)} is not allowed and was skipped.`,
  notList: (name) => `${q(name)} must be a list; this part was skipped.`,
  unknownKey: (key) => `Unknown field ${q(key)} was skipped.`,
  missing: (key) => `The field ${q(key)} is missing.`,
  wrongType: (expected, received) => `Wrong kind of value: expected ${expected}, got ${received}.`,
  unknownValue: (received, expected) => `Unknown value ${received}. Choose from: ${expected}.`,
  unsafeUrl: (value) => `The link ${q(value)} is not safe and was left out. Only http, https, mailto and tel are allowed.`,
  badDate: (value) => `${q(value)} is not a date. Write a date as 2026-09-01.`,
  badValue: (received) => `Invalid value ${received}.`,
  tooLong: 'This text is too long.',
  empty: 'This field must not be empty.',
  fieldRemoved: 'This value was left out; the rest of the record was kept.',
  recordDropped: (collection) => `This record in ${q(collection)} could not be read and was skipped.`,
  duplicateId: (id) => `The id ${q(id)} occurs more than once. Only the first was kept.`,
  missingParty: (id) => `Refers to party ${q(id)}, which does not exist.`,
  missingRef: (what, id) => `Refers to ${what} ${q(id)}, which does not exist.`,
  goalCycle: (id) => `Goal ${q(id)} is in a loop of parent goals. It was placed under the main goal.`,
  extraRoot: (id) => `Goal ${q(id)} has no parent, but there already is a main goal. It was placed under the main goal.`,
  manyRegiehouders: (name) => `A network has at most one coordinator. Only ${q(name)} stayed coordinator.`,
  stillUsed: (id, count) => `Party ${q(id)} is still used in ${count === 1 ? '1 place' : `${count} places`}. Remove those references first.`,
  notFound: (collection, id) => `There is no ${q(id)} in ${q(collection)}.`,
  badChange: 'This change is not valid and was not made.',
};

export const sdkMessages: Catalog<SdkMessages> = { nl, en };
