/**
 * The route of a carer through the professionals (the `routes` collection, since dataset version 2):
 * for one situation, the steps a carer goes through, in two versions — as it goes now and as the
 * partners want it to go — with the lanes (roles or parties) that act, and remarks in the words of
 * the workshop (aanname, vanzelfsprekendheid, dubbeling, gemiste kans, verbetering).
 */
import * as v from 'valibot';
import { Id, IsoDate, Name, ShortText, Text } from './values.js';

/** Kinds of contact, in the order they usually come on a route. */
export const CONTACT_KINDS = [
  'signaal',
  'eerste-contact',
  'vraagverheldering',
  'warme-verwijzing',
  'koude-verwijzing',
  'intake',
  'indicatie',
  'ondersteuning-geregeld',
  'nazorg',
] as const;
/** What a workshop marks on a step (seed 002): unspoken assumptions, things taken for granted, double work, missed chances, agreed improvements. */
export const ANNOTATION_KINDS = ['aanname', 'vanzelfsprekendheid', 'dubbeling', 'gemiste-kans', 'verbetering'] as const;
/** The two versions of a route: `current` (zoals het nu gaat) and `desired` (zoals we het willen). */
export const ROUTE_VERSIONS = ['current', 'desired'] as const;

export type ContactKind = (typeof CONTACT_KINDS)[number];
export type AnnotationKind = (typeof ANNOTATION_KINDS)[number];
export type RouteVersion = (typeof ROUTE_VERSIONS)[number];

/** A lane of the swimlane: a role in words, optionally tied to a party of the dataset. */
export const RouteLaneSchema = v.strictObject({
  id: Id,
  /** The role, e.g. "Wmo-consulent" or "mantelzorger". */
  role: Name,
  /** The party that plays this role here (a party id). */
  party: v.optional(Id),
});

/** A goal of a doelenboom (goal tree): the tree's id and the goal's id in it. */
export const GoalLinkSchema = v.strictObject({ tree: Id, goal: Id });

export const AnnotationSchema = v.strictObject({
  id: Id,
  kind: v.picklist(ANNOTATION_KINDS),
  text: Name,
  /** Who sees to it (a party id); meant for a verbetering. */
  owner: v.optional(Id),
  /** By when (a verbetering). */
  due: v.optional(IsoDate),
  /** The concrete goal of the doelenboom this verbetering became. */
  goal: v.optional(GoalLinkSchema),
});

export const RouteStepSchema = v.strictObject({
  /** Unique within its version; a step of `desired` with the id of a step of `current` is the same step, changed or not. */
  id: Id,
  /** Who acts: a lane id. A step without one has no owner. */
  lane: v.optional(Id),
  /** What happens. */
  what: Name,
  contact: v.optional(v.picklist(CONTACT_KINDS)),
  /** Days the carer waits before this step happens. */
  waitDays: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(3650))),
  /** What the carer has to tell again here; empty or absent when nothing. */
  retell: v.optional(ShortText),
  /** The step that follows, when it is not the next one in the list. samenspel writes steps in order and leaves it out. */
  next: v.optional(Id),
  /** The goal of the doelenboom this step serves. */
  goal: v.optional(GoalLinkSchema),
  annotations: v.optional(v.array(AnnotationSchema)),
});

export const RouteSchema = v.strictObject({
  id: Id,
  /** The situation, e.g. "Mantelzorger van iemand met dementie zoekt respijtzorg". */
  title: Name,
  description: v.optional(Text),
  /** The lanes, top to bottom; both versions use them. */
  lanes: v.optional(v.array(RouteLaneSchema), []),
  /** Zoals het nu gaat. */
  current: v.optional(v.array(RouteStepSchema), []),
  /** Zoals we het willen. */
  desired: v.optional(v.array(RouteStepSchema), []),
});

export type RouteLane = v.InferOutput<typeof RouteLaneSchema>;
export type GoalLink = v.InferOutput<typeof GoalLinkSchema>;
export type Annotation = v.InferOutput<typeof AnnotationSchema>;
export type RouteStep = v.InferOutput<typeof RouteStepSchema>;
export type Route = v.InferOutput<typeof RouteSchema>;
