/** Messages of the SDK: dataset problems, in Dutch (source) and English. */
import type { Catalog } from './lang.js';

const q = (s: unknown) => `‘${String(s)}’`;

/** What an item of a list inside a record is, by the list's name. */
const itemNl: Record<string, string> = {
  goals: 'Doel',
  members: 'Lid van het netwerk',
  relations: 'Relatie',
  steps: 'Stap',
  responses: 'Ingevulde check',
  actions: 'Actie',
  rounds: 'Ronde',
  aspects: 'Onderdeel',
  statements: 'Stelling',
  readings: 'Meting',
};
const itemEn: Record<string, string> = {
  goals: 'Goal',
  members: 'Network member',
  relations: 'Relation',
  steps: 'Step',
  responses: 'Response',
  actions: 'Action',
  rounds: 'Round',
  aspects: 'Aspect',
  statements: 'Statement',
  readings: 'Reading',
};

export const nl = {
  notObject: 'Dit is geen samenspel-bestand: verwacht werd een JSON-object.',
  notJson: (reason: string) => `Dit bestand is geen geldige JSON: ${reason}.`,
  wrongFormat: (got: unknown) => `Dit is geen samenspel-bestand (format is ${q(got)}, verwacht ‘samenspel’).`,
  newerVersion: (got: number) =>
    `Dit bestand is gemaakt met een nieuwere versie van samenspel (versie ${got}). Wat deze versie kent, is gelezen. Werk samenspel bij om alles te zien en op te slaan.`,
  badVersion: (got: unknown) => `Onbekende versie ${q(got)}. Verwacht werd versie 1 of 2.`,
  tooLarge: (mb: number, limit: number) => `Het bestand is te groot (${mb} MB). De grens is ${limit} MB.`,
  circular: 'De gegevens verwijzen naar zichzelf en kunnen niet worden gelezen.',
  forbiddenKey: (key: string) => `De sleutel ${q(key)} is niet toegestaan en is overgeslagen.`,
  notList: (name: string) => `${q(name)} moet een lijst zijn; dit deel is overgeslagen.`,
  unknownKey: (key: string) => `Onbekend veld ${q(key)} is overgeslagen.`,
  missing: (key: string) => `Het veld ${q(key)} ontbreekt.`,
  wrongType: (expected: string, received: string) =>
    `Verkeerd soort waarde: verwacht ${expected}, gekregen ${received}.`,
  unknownValue: (received: string, expected: string) => `Onbekende waarde ${received}. Kies uit: ${expected}.`,
  unsafeUrl: (value: string) =>
    `De link ${q(value)} is niet veilig en is weggelaten. Alleen http, https, mailto en tel zijn toegestaan.`,
  badDate: (value: string) => `${q(value)} is geen datum. Schrijf een datum als 2026-09-01.`,
  badValue: (received: string) => `Ongeldige waarde ${received}.`,
  tooLong: 'Deze tekst is te lang.',
  empty: 'Dit veld mag niet leeg zijn.',
  fieldRemoved: 'Deze waarde is weggelaten; de rest van het record is bewaard.',
  recordDropped: (collection: string) => `Dit record in ${q(collection)} kon niet worden gelezen en is overgeslagen.`,
  itemDropped: (list: string, name: string) =>
    `${itemNl[list] ?? 'Dit onderdeel'}${name ? ` ${q(name)}` : ''} kon niet worden gelezen en is overgeslagen.`,
  generatedId: (id: string) => `Er was geen id. samenspel heeft de id ${q(id)} gegeven.`,
  idCollision: (id: string) =>
    `De id ${q(id)} is ook de id van een partij. Geef de relatie een eigen id, anders kan de kaart haar niet goed tonen.`,
  idCollisionParty: (id: string) =>
    `De id ${q(id)} is ook de id van een relatie. Geef de partij een eigen id, anders kan de kaart haar niet goed tonen.`,
  tooManyKeys: (max: number) => `Hier staan meer dan ${max} velden. Alleen de eerste ${max} zijn gelezen.`,
  duplicateId: (id: string) => `De id ${q(id)} komt vaker voor. Alleen de eerste is bewaard.`,
  missingParty: (id: string) => `Verwijst naar partij ${q(id)}, maar die bestaat niet.`,
  missingGoal: (id: string) => `Verwijst naar doel ${q(id)}, maar dat bestaat niet.`,
  missingRound: (id: string) => `Verwijst naar ronde ${q(id)}, maar die bestaat niet.`,
  missingAspect: (id: string) => `Verwijst naar onderdeel ${q(id)}, maar dat bestaat niet.`,
  missingLane: (id: string) =>
    `Verwijst naar baan ${q(id)} van de route, maar die bestaat niet. De stap staat nu bij niemand.`,
  missingStep: (id: string) =>
    `Verwijst naar stap ${q(id)}, maar die bestaat niet in deze versie van de route. De verwijzing is weggelaten.`,
  routeLoop: (id: string) =>
    `Met ‘next’ naar stap ${q(id)} loopt de route in een kring. De verwijzing is weggelaten; de stappen volgen de lijst.`,
  goalCycle: (id: string) =>
    `Doel ${q(id)} zit in een kring van bovenliggende doelen. Het is onder het hoofddoel gezet.`,
  cycleRoot: (id: string) =>
    `Doel ${q(id)} zit in een kring van bovenliggende doelen en er is geen doel zonder bovenliggend doel. Het is nu de stip op de horizon.`,
  orphanRoot: (id: string, parent: string) =>
    `Doel ${q(id)} verwijst naar bovenliggend doel ${q(parent)}, maar dat bestaat niet. Er is geen ander hoofddoel, dus het is nu de stip op de horizon.`,
  extraRoot: (id: string) =>
    `Doel ${q(id)} heeft geen bovenliggend doel, maar er is al een stip op de horizon. Het is onder het hoofddoel gezet.`,
  manyRegiehouders: (name: string) =>
    `Een netwerk heeft hoogstens één regiehouder. Alleen ${q(name)} is regiehouder gebleven.`,
  regisseurNotInNetwork: (id: string, field: string) =>
    `Regisseur voor ${field} is ${q(id)}, maar die hoort niet bij dit netwerk. Deze regisseur is weggelaten.`,
  stillUsed: (id: string, count: number) =>
    `Partij ${q(id)} wordt nog ${count === 1 ? 'op 1 plek' : `op ${count} plekken`} gebruikt. Haal die verwijzingen eerst weg.`,
  notFound: (collection: string, id: string) => `Er is geen ${q(id)} in ${q(collection)}.`,
  badChange: 'Deze wijziging is niet geldig en is niet uitgevoerd.',
  missingFormat: 'Het veld ‘format’ ontbreekt. Het bestand is gelezen als samenspel-bestand; controleer of dat klopt.',
  tooDeep: 'De gegevens zijn te diep genest en kunnen niet worden gelezen. Dit deel is overgeslagen.',
  unreadable: (reason: string) => `De gegevens konden niet worden gelezen: ${reason}.`,
};

export type SdkMessages = typeof nl;

export const en: SdkMessages = {
  notObject: 'This is not a samenspel file: a JSON object was expected.',
  notJson: (reason) => `This file is not valid JSON: ${reason}.`,
  wrongFormat: (got) => `This is not a samenspel file (format is ${q(got)}, expected ‘samenspel’).`,
  newerVersion: (got) =>
    `This file was made with a newer version of samenspel (version ${got}). What this version knows has been read. Update samenspel to see and save all of it.`,
  badVersion: (got) => `Unknown version ${q(got)}. Version 1 or 2 was expected.`,
  tooLarge: (mb, limit) => `The file is too large (${mb} MB). The limit is ${limit} MB.`,
  circular: 'The data refers to itself and cannot be read.',
  forbiddenKey: (key) => `The key ${q(key)} is not allowed and was skipped.`,
  notList: (name) => `${q(name)} must be a list; this part was skipped.`,
  unknownKey: (key) => `Unknown field ${q(key)} was skipped.`,
  missing: (key) => `The field ${q(key)} is missing.`,
  wrongType: (expected, received) => `Wrong kind of value: expected ${expected}, got ${received}.`,
  unknownValue: (received, expected) => `Unknown value ${received}. Choose from: ${expected}.`,
  unsafeUrl: (value) =>
    `The link ${q(value)} is not safe and was left out. Only http, https, mailto and tel are allowed.`,
  badDate: (value) => `${q(value)} is not a date. Write a date as 2026-09-01.`,
  badValue: (received) => `Invalid value ${received}.`,
  tooLong: 'This text is too long.',
  empty: 'This field must not be empty.',
  fieldRemoved: 'This value was left out; the rest of the record was kept.',
  recordDropped: (collection) => `This record in ${q(collection)} could not be read and was skipped.`,
  itemDropped: (list, name) =>
    `${itemEn[list] ?? 'This part'}${name ? ` ${q(name)}` : ''} could not be read and was skipped.`,
  generatedId: (id) => `There was no id. samenspel gave it the id ${q(id)}.`,
  idCollision: (id) =>
    `The id ${q(id)} is also the id of a party. Give the relation an id of its own, or the map cannot show it properly.`,
  idCollisionParty: (id) =>
    `The id ${q(id)} is also the id of a relation. Give the party an id of its own, or the map cannot show it properly.`,
  tooManyKeys: (max) => `There are more than ${max} fields here. Only the first ${max} were read.`,
  duplicateId: (id) => `The id ${q(id)} occurs more than once. Only the first was kept.`,
  missingParty: (id) => `Refers to party ${q(id)}, which does not exist.`,
  missingGoal: (id) => `Refers to goal ${q(id)}, which does not exist.`,
  missingRound: (id) => `Refers to round ${q(id)}, which does not exist.`,
  missingAspect: (id) => `Refers to aspect ${q(id)}, which does not exist.`,
  missingLane: (id) => `Refers to lane ${q(id)} of the route, which does not exist. The step now has no owner.`,
  missingStep: (id) =>
    `Refers to step ${q(id)}, which does not exist in this version of the route. The reference was left out.`,
  routeLoop: (id) =>
    `With ‘next’ to step ${q(id)} the route runs in a loop. The reference was left out; the steps follow the list.`,
  goalCycle: (id) => `Goal ${q(id)} is in a loop of parent goals. It was placed under the main goal.`,
  cycleRoot: (id) =>
    `Goal ${q(id)} is in a loop of parent goals and no goal is without a parent. It is now the main goal.`,
  orphanRoot: (id, parent) =>
    `Goal ${q(id)} refers to parent goal ${q(parent)}, which does not exist. There is no other main goal, so it is now the main goal.`,
  extraRoot: (id) =>
    `Goal ${q(id)} has no parent, but there already is a main goal. It was placed under the main goal.`,
  manyRegiehouders: (name) => `A network has at most one coordinator. Only ${q(name)} stayed coordinator.`,
  regisseurNotInNetwork: (id, field) =>
    `The regisseur for ${field} is ${q(id)}, who is not in this network. This regisseur was left out.`,
  stillUsed: (id, count) =>
    `Party ${q(id)} is still used in ${count === 1 ? '1 place' : `${count} places`}. Remove those references first.`,
  notFound: (collection, id) => `There is no ${q(id)} in ${q(collection)}.`,
  badChange: 'This change is not valid and was not made.',
  missingFormat: 'The field ‘format’ is missing. The file was read as a samenspel file; check that this is right.',
  tooDeep: 'The data is nested too deeply to be read. This part was skipped.',
  unreadable: (reason) => `The data could not be read: ${reason}.`,
};

export const sdkMessages: Catalog<SdkMessages> = { nl, en };
