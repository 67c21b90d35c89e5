/**
 * The samenspel dataset: one versioned JSON document that all four tools read and write.
 * Types and runtime schemas come from the same valibot definitions, and the shipped JSON Schema
 * (dist/samenspel.schema.json) is generated from them.
 */
import * as v from 'valibot';
import {
  Coordinate,
  Email,
  Id,
  IsoDate,
  IsoDateTime,
  Name,
  Phone,
  ShortText,
  Text,
  WebUrl,
  idRecord,
  list,
} from './values.js';
import { RouteSchema, type Route } from './route-model.js';

export { SAFE_URL_SCHEMES, idMap, isCalendarDate, isSafeUrl, ownValue } from './values.js';
export * from './route-model.js';

export const FORMAT = 'samenspel';
/** Version 2 added `routes`; version 1 documents are read and migrated (see migrate.ts). */
export const VERSION = 2;

/** Fields (velden) a party works in. `informeel` is the carer's own network. */
export const FIELDS = ['zorg', 'welzijn', 'medisch', 'informeel', 'overig'] as const;
export const PARTY_KINDS = ['persoon', 'organisatie', 'team', 'initiatief'] as const;
export const RELATION_KINDS = ['werkt-samen', 'verwijst', 'ondersteunt', 'coordineert', 'informeert'] as const;
export const STRENGTHS = ['sterk', 'zwak', 'moeizaam'] as const;
/** Rings of a care network, from the centre outwards. */
export const RINGS = ['eigen-netwerk', 'dichtbij', 'op-afstand'] as const;
/** The sectors of a care network map: the informal own network and the three professional fields. */
export const NETWORK_FIELDS = ['informeel', 'zorg', 'welzijn', 'medisch'] as const;
export const STEP_STATUSES = ['open', 'bezig', 'klaar'] as const;
/** The five aspects of cooperation (after Kaats & Opheij). */
export const ASPECTS = ['ambitie', 'belangen', 'relatie', 'organisatie', 'proces'] as const;
export const RESPONDENT_ROLES = [
  'gemeente',
  'zorg',
  'welzijn',
  'medisch',
  'vrijwilliger',
  'mantelzorger',
  'anders',
] as const;
export const ACTION_STATUSES = ['open', 'klaar'] as const;
/**
 * What a party may share with the others (seed 004): everything that is needed, only with the carer's
 * consent, or nothing about the personal situation (a bewindvoerder, say).
 */
export const SHARING_AGREEMENTS = ['alles-nodig', 'met-toestemming', 'niets-persoonlijk'] as const;

export type Field = (typeof FIELDS)[number];
export type PartyKind = (typeof PARTY_KINDS)[number];
export type RelationKind = (typeof RELATION_KINDS)[number];
export type Strength = (typeof STRENGTHS)[number];
export type Ring = (typeof RINGS)[number];
export type NetworkField = (typeof NETWORK_FIELDS)[number];
export type StepStatus = (typeof STEP_STATUSES)[number];
export type Aspect = (typeof ASPECTS)[number];
export type RespondentRole = (typeof RESPONDENT_ROLES)[number];
export type SharingAgreement = (typeof SHARING_AGREEMENTS)[number];

export const PositionSchema = v.strictObject({
  x: Coordinate,
  y: Coordinate,
  /** Set where a user dragged the node: layouts leave it there. */
  pinned: v.optional(v.boolean()),
});

export const ContactSchema = v.strictObject({
  phone: v.optional(Phone),
  email: v.optional(Email),
  website: v.optional(WebUrl),
  address: v.optional(ShortText),
});

export const PartySchema = v.strictObject({
  id: Id,
  name: Name,
  kind: v.picklist(PARTY_KINDS),
  field: v.picklist(FIELDS),
  /** What they do (wat doen we). */
  description: v.optional(Text),
  /** A role in words, e.g. "huisarts" or "buurvrouw". */
  role: v.optional(ShortText),
  targetGroups: v.optional(v.array(ShortText)),
  /** Neighbourhoods (wijken) they are active in. */
  areas: v.optional(v.array(ShortText)),
  contact: v.optional(ContactSchema),
  lastVerified: v.optional(IsoDate),
  /** Where the who-is-who graph drew this party last. */
  position: v.optional(PositionSchema),
});

export const RelationSchema = v.strictObject({
  id: Id,
  source: Id,
  target: Id,
  kind: v.picklist(RELATION_KINDS),
  /** False for a mutual tie; true (default) when it runs from source to target. */
  directed: v.optional(v.boolean()),
  strength: v.optional(v.picklist(STRENGTHS)),
  /** What may be shared over this tie, both ways (it goes before what a member agreed for the network). */
  sharing: v.optional(v.picklist(SHARING_AGREEMENTS)),
  note: v.optional(Text),
});

export const NetworkMemberSchema = v.strictObject({
  party: Id,
  ring: v.picklist(RINGS),
  field: v.picklist(NETWORK_FIELDS),
  /** The coordinator of this network; at most one member has it. */
  regiehouder: v.optional(v.boolean()),
  /** What this member may share with the others in the network. */
  sharing: v.optional(v.picklist(SHARING_AGREEMENTS)),
  position: v.optional(PositionSchema),
});

/** Who directs per field (seed 004: "per domein is er een andere regisseur"): a party of the network per field. */
export const RegisseursSchema = v.strictObject({
  informeel: v.optional(Id),
  zorg: v.optional(Id),
  welzijn: v.optional(Id),
  medisch: v.optional(Id),
});

export const CareNetworkSchema = v.strictObject({
  id: Id,
  name: Name,
  /** The mantelzorger (a party id). */
  carer: Id,
  /** The naaste, the person cared for (a party id). */
  caredFor: Id,
  members: list(NetworkMemberSchema),
  /** Who talks to whom inside this network; ends are member, carer or cared-for ids. */
  relations: list(RelationSchema),
  /** Besides the one regiehouder: who directs per field (the carer, the naaste or a member). */
  regisseurs: v.optional(RegisseursSchema),
  note: v.optional(Text),
});

export const StepSchema = v.strictObject({
  id: Id,
  title: Name,
  owner: v.optional(Id),
  due: v.optional(IsoDate),
  status: v.picklist(STEP_STATUSES),
});

export const ReadingSchema = v.strictObject({ date: IsoDate, value: v.pipe(v.number(), v.finite()) });

export const IndicatorSchema = v.strictObject({
  description: Text,
  unit: v.optional(ShortText),
  baseline: v.optional(v.pipe(v.number(), v.finite())),
  target: v.optional(v.pipe(v.number(), v.finite())),
  targetDate: v.optional(IsoDate),
  readings: list(ReadingSchema),
});

export const GoalSchema = v.strictObject({
  id: Id,
  /** The parent goal; absent for the main goal (stip op de horizon). */
  parent: v.optional(Id),
  title: Name,
  description: v.optional(Text),
  /** Party ids that cooperate on this goal. */
  partners: list(Id),
  steps: list(StepSchema),
  indicator: v.optional(IndicatorSchema),
  /** Folded in the views. */
  collapsed: v.optional(v.boolean()),
});

/** Goals are stored flat, children after their parent in sibling order; the tree is derived. */
export const GoalTreeSchema = v.strictObject({
  id: Id,
  title: Name,
  goals: list(GoalSchema),
});

/** Text in Dutch, optionally in English. */
export const LocalTextSchema = v.strictObject({ nl: Name, en: v.optional(Name) });

export const StatementSchema = v.strictObject({ id: Id, text: LocalTextSchema });

export const InstrumentAspectSchema = v.strictObject({
  /** One of {@link ASPECTS}, or a host's own lens such as `mantelzorger`. */
  id: Id,
  title: LocalTextSchema,
  question: v.optional(LocalTextSchema),
  statements: v.pipe(v.array(StatementSchema), v.minLength(1)),
});

export const InstrumentSchema = v.strictObject({
  id: Id,
  title: LocalTextSchema,
  /** Answers run from 1 (helemaal oneens) to 5 (helemaal eens); null is "weet ik niet / n.v.t.". */
  aspects: v.pipe(v.array(InstrumentAspectSchema), v.minLength(1)),
});

/** What `instrument` says in JSON for the built-in instrument. */
export const DEFAULT_INSTRUMENT = 'default';

/**
 * The built-in instrument is text in two languages, which pages without a check that uses it need not
 * download: instrument.ts hands its maker over here when it loads. The SDK entry and every part that
 * reads datasets from elsewhere import it; an element reads first and, when a check asked for it before
 * it was there (that check was refused), loads it and reads again.
 */
let makeDefaultInstrument: (() => Instrument) | undefined;
let defaultInstrumentAsked = false;

/** Called by instrument.ts: from now on `"instrument": "default"` reads as the built-in instrument. */
export function provideDefaultInstrument(make: () => Instrument): void {
  makeDefaultInstrument = make;
}

/** True when a check asked for the built-in instrument and it is not loaded: read again after {@link loadDefaultInstrument}. */
export function defaultInstrumentMissing(): boolean {
  return defaultInstrumentAsked && !makeDefaultInstrument;
}

export const RoundSchema = v.strictObject({ id: Id, title: Name, date: IsoDate });

const Answer = v.nullable(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(5)));
/** statement id → 1..5, or null for "weet ik niet". */
export const AnswersSchema = idRecord(Answer, 'answers');
/** aspect id → comment. */
export const CommentsSchema = idRecord(Text, 'comments');

export const ResponseSchema = v.strictObject({
  id: Id,
  round: Id,
  role: v.picklist(RESPONDENT_ROLES),
  party: v.optional(Id),
  submitted: v.optional(IsoDateTime),
  /** statement id → 1..5, or null for "weet ik niet". */
  answers: AnswersSchema,
  /** aspect id → comment. */
  comments: v.optional(CommentsSchema),
});

export const ActionSchema = v.strictObject({
  id: Id,
  aspect: Id,
  what: Name,
  who: v.optional(ShortText),
  when: v.optional(IsoDate),
  status: v.optional(v.picklist(ACTION_STATUSES)),
});

export const CooperationCheckSchema = v.strictObject({
  id: Id,
  title: Name,
  /** The questions; `"default"` (or leaving it out) is the built-in instrument. */
  instrument: v.pipe(
    v.optional(v.union([v.literal(DEFAULT_INSTRUMENT), InstrumentSchema]), DEFAULT_INSTRUMENT),
    v.rawTransform(({ dataset, addIssue, NEVER }): Instrument => {
      if (dataset.value !== DEFAULT_INSTRUMENT) return dataset.value;
      if (makeDefaultInstrument) return makeDefaultInstrument();
      defaultInstrumentAsked = true;
      addIssue({ message: 'the built-in instrument is not loaded' });
      return NEVER;
    }),
  ),
  rounds: list(RoundSchema),
  responses: list(ResponseSchema),
  actions: list(ActionSchema),
});

export const DatasetSchema = v.strictObject({
  format: v.literal(FORMAT),
  version: v.literal(VERSION),
  title: v.optional(Name),
  parties: v.array(PartySchema),
  relations: v.array(RelationSchema),
  careNetworks: v.array(CareNetworkSchema),
  goalTrees: v.array(GoalTreeSchema),
  checks: v.array(CooperationCheckSchema),
  routes: v.array(RouteSchema),
});

export type Position = v.InferOutput<typeof PositionSchema>;
export type Contact = v.InferOutput<typeof ContactSchema>;
export type Party = v.InferOutput<typeof PartySchema>;
export type Relation = v.InferOutput<typeof RelationSchema>;
export type NetworkMember = v.InferOutput<typeof NetworkMemberSchema>;
export type Regisseurs = v.InferOutput<typeof RegisseursSchema>;
export type CareNetwork = v.InferOutput<typeof CareNetworkSchema>;
export type Step = v.InferOutput<typeof StepSchema>;
export type Reading = v.InferOutput<typeof ReadingSchema>;
export type Indicator = v.InferOutput<typeof IndicatorSchema>;
export type Goal = v.InferOutput<typeof GoalSchema>;
export type GoalTree = v.InferOutput<typeof GoalTreeSchema>;
export type LocalText = v.InferOutput<typeof LocalTextSchema>;
export type Statement = v.InferOutput<typeof StatementSchema>;
export type InstrumentAspect = v.InferOutput<typeof InstrumentAspectSchema>;
export type Instrument = v.InferOutput<typeof InstrumentSchema>;
export type Round = v.InferOutput<typeof RoundSchema>;
export type Answer = v.InferOutput<typeof Answer>;
export type Response = v.InferOutput<typeof ResponseSchema>;
export type Action = v.InferOutput<typeof ActionSchema>;
export type CooperationCheck = v.InferOutput<typeof CooperationCheckSchema>;
export type Dataset = v.InferOutput<typeof DatasetSchema>;

/** The collections of a dataset; every record in them has an `id`. */
export const COLLECTIONS = {
  parties: PartySchema,
  relations: RelationSchema,
  careNetworks: CareNetworkSchema,
  goalTrees: GoalTreeSchema,
  checks: CooperationCheckSchema,
  routes: RouteSchema,
} as const;
export type CollectionName = keyof typeof COLLECTIONS;
export const COLLECTION_NAMES = Object.keys(COLLECTIONS) as CollectionName[];
export interface CollectionRecord {
  parties: Party;
  relations: Relation;
  careNetworks: CareNetwork;
  goalTrees: GoalTree;
  checks: CooperationCheck;
  routes: Route;
}

/** A new, empty dataset. */
export function emptyDataset(title?: string): Dataset {
  return {
    format: FORMAT,
    version: VERSION,
    ...(title ? { title } : {}),
    parties: [],
    relations: [],
    careNetworks: [],
    goalTrees: [],
    checks: [],
    routes: [],
  };
}
