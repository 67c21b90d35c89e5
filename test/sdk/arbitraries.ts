/**
 * fast-check arbitraries for VALID samenspel datasets: every reference points at something that
 * exists, goal trees have one root and no loops, a network has at most one regiehouder, and every
 * value survives a JSON round trip unchanged (no -0, no undefined, trimmed ids and names).
 */
import fc from 'fast-check';
import {
  ACTION_STATUSES,
  FIELDS,
  FORMAT,
  NETWORK_FIELDS,
  PARTY_KINDS,
  RELATION_KINDS,
  RESPONDENT_ROLES,
  RINGS,
  SHARING_AGREEMENTS,
  STEP_STATUSES,
  STRENGTHS,
  VERSION,
  type Action,
  type CareNetwork,
  type CooperationCheck,
  type Dataset,
  type Goal,
  type GoalTree,
  type Indicator,
  type InstrumentAspect,
  type LocalText,
  type NetworkMember,
  type Party,
  type Relation,
  type Response,
  type Round,
  type Step,
  ANNOTATION_KINDS,
  CONTACT_KINDS,
  type Annotation,
  type Route,
  type RouteLane,
  type RouteStep,
} from '../../src/sdk/index.js';

/** Keys that never reach an object (they would be dropped as prototype-polluting). */
const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

/** Removes optional keys whose value is undefined, so records look like parsed JSON. */
function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

const trimmed = (min: number, max: number) =>
  fc
    .string({ minLength: min, maxLength: max, unit: 'grapheme' })
    .map((s) => s.trim())
    .filter((s) => s.length >= min && s.length <= max);

/** An id: mostly readable, sometimes odd unicode, now and then the name of a member of Object (ids are data, never keys); always trimmed. */
export const idArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 8, arbitrary: fc.stringMatching(/^[a-z][a-z0-9-]{0,11}$/) },
  { weight: 2, arbitrary: trimmed(1, 20) },
  { weight: 1, arbitrary: fc.constantFrom(...FORBIDDEN, 'toString', 'hasOwnProperty', 'valueOf') },
);

export const nameArb = fc.oneof(
  { weight: 3, arbitrary: fc.stringMatching(/^[A-Z][a-z]{1,10}( [a-z]{1,8}){0,2}$/) },
  { weight: 1, arbitrary: trimmed(1, 40) },
);
export const textArb = fc.string({ maxLength: 60 });
export const shortTextArb = fc.string({ maxLength: 30 });

/** A real calendar date, YYYY-MM-DD. */
export const dateArb = fc
  .date({ min: new Date('1950-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
export const dateTimeArb = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString());
/** A finite number that JSON writes back as itself (no -0). */
export const numberArb = fc
  .double({ noNaN: true, noDefaultInfinity: true, min: -1e9, max: 1e9 })
  .map((n) => (Object.is(n, -0) ? 0 : n));

const positionArb = fc
  .record({ x: numberArb, y: numberArb, pinned: fc.option(fc.boolean(), { nil: undefined }) })
  .map(compact);

const contactArb = fc.record(
  {
    phone: fc.stringMatching(/^\+?[0-9]{2,4}[ -]?[0-9]{6,8}$/),
    email: fc
      .tuple(fc.stringMatching(/^[a-z][a-z0-9._+-]{0,8}[a-z0-9]$/), fc.stringMatching(/^[a-z]{2,10}\.(nl|org|com)$/))
      .filter(([local]) => !local.includes('..') && !/[.]$/.test(local) && !/\.[^a-z0-9]/.test(local))
      .map(([local, domain]) => `${local}@${domain}`),
    website: fc
      .tuple(fc.constantFrom('https://', 'http://'), fc.stringMatching(/^[a-z]{2,10}\.(nl|org)(\/[a-z0-9-]{0,10})?$/))
      .map(([s, h]) => s + h),
    address: shortTextArb,
  },
  { requiredKeys: [] },
);

export const partyArb = (id: string): fc.Arbitrary<Party> =>
  fc
    .record(
      {
        name: nameArb,
        kind: fc.constantFrom(...PARTY_KINDS),
        field: fc.constantFrom(...FIELDS),
        description: textArb,
        role: shortTextArb,
        targetGroups: fc.array(shortTextArb, { maxLength: 3 }),
        areas: fc.array(shortTextArb, { maxLength: 3 }),
        contact: contactArb,
        lastVerified: dateArb,
        position: positionArb,
      },
      { requiredKeys: ['name', 'kind', 'field'] },
    )
    .map((p) => ({ id, ...p }));

export const relationArb = (id: string, ends: readonly string[]): fc.Arbitrary<Relation> =>
  fc
    .record(
      {
        source: fc.constantFrom(...ends),
        target: fc.constantFrom(...ends),
        kind: fc.constantFrom(...RELATION_KINDS),
        directed: fc.boolean(),
        strength: fc.constantFrom(...STRENGTHS),
        sharing: fc.constantFrom(...SHARING_AGREEMENTS),
        note: textArb,
      },
      { requiredKeys: ['source', 'target', 'kind'] },
    )
    .map((r) => ({ id, ...r }));

/** `n` distinct ids. */
const idsArb = (max: number, min = 0) => fc.uniqueArray(idArb, { minLength: min, maxLength: max });

export const careNetworkArb = (id: string, parties: readonly string[]): fc.Arbitrary<CareNetwork> =>
  fc
    .tuple(
      fc.shuffledSubarray([...parties], { minLength: 2 }),
      nameArb,
      fc.option(textArb, { nil: undefined }),
      fc.nat(),
    )
    .chain(([chosen, name, note, regie]) => {
      const [carer, caredFor, ...memberIds] = chosen;
      const regiehouder = memberIds.length && regie % 2 ? memberIds[regie % memberIds.length] : undefined;
      const members: fc.Arbitrary<NetworkMember[]> = fc.tuple(
        ...memberIds.map((party) =>
          fc
            .record(
              {
                ring: fc.constantFrom(...RINGS),
                field: fc.constantFrom(...NETWORK_FIELDS),
                explicitlyNot: fc.boolean(),
                position: positionArb,
                sharing: fc.constantFrom(...SHARING_AGREEMENTS),
              },
              { requiredKeys: ['ring', 'field', 'explicitlyNot'] },
            )
            .map(({ explicitlyNot, ...m }) =>
              compact({ party, ...m, regiehouder: party === regiehouder ? true : explicitlyNot ? false : undefined }),
            ),
        ),
      );
      const ends = [carer, caredFor, ...memberIds];
      const relations = idsArb(4).chain((ids) =>
        ids.length ? fc.tuple(...ids.map((rid) => relationArb(rid, ends))) : fc.constant([] as Relation[]),
      );
      const regisseurs = fc.option(
        fc.record(
          {
            informeel: fc.constantFrom(...ends),
            zorg: fc.constantFrom(...ends),
            welzijn: fc.constantFrom(...ends),
            medisch: fc.constantFrom(...ends),
          },
          { requiredKeys: [] },
        ),
        { nil: undefined },
      );
      return fc
        .tuple(members, relations, regisseurs)
        .map(([ms, rs, rg]) =>
          compact({ id, name, carer, caredFor, members: ms, relations: rs, regisseurs: rg, note }),
        );
    });

const stepArb = (parties: readonly string[]): fc.Arbitrary<Step> =>
  fc
    .record(
      {
        id: idArb,
        title: nameArb,
        owner: parties.length ? fc.constantFrom(...parties) : fc.constant(undefined),
        due: dateArb,
        status: fc.constantFrom(...STEP_STATUSES),
      },
      { requiredKeys: ['id', 'title', 'status'] },
    )
    .map(compact);

const indicatorArb: fc.Arbitrary<Indicator> = fc.record(
  {
    description: textArb,
    unit: shortTextArb,
    baseline: numberArb,
    target: numberArb,
    targetDate: dateArb,
    readings: fc.array(fc.record({ date: dateArb, value: numberArb }), { maxLength: 3 }),
  },
  { requiredKeys: ['description', 'readings'] },
);

/** A flat goal tree: one root, every other goal's parent comes before it in generation order, then shuffled. */
export const goalTreeArb = (id: string, parties: readonly string[]): fc.Arbitrary<GoalTree> =>
  fc.tuple(nameArb, idsArb(7)).chain(([title, goalIds]) => {
    const goals = goalIds.map((gid, i) =>
      fc
        .record({
          parent: i === 0 ? fc.constant(undefined) : fc.nat(i - 1).map((j) => goalIds[j]),
          title: nameArb,
          description: fc.option(textArb, { nil: undefined }),
          partners: parties.length
            ? fc.uniqueArray(fc.constantFrom(...parties), { maxLength: 3 })
            : fc.constant([] as string[]),
          steps: fc.array(stepArb(parties), { maxLength: 2 }),
          indicator: fc.option(indicatorArb, { nil: undefined }),
          collapsed: fc.option(fc.boolean(), { nil: undefined }),
        })
        .map((g): Goal => compact({ id: gid, ...g })),
    );
    return (goals.length ? fc.tuple(...goals) : fc.constant([] as Goal[]))
      .chain((gs) => fc.shuffledSubarray(gs, { minLength: gs.length, maxLength: gs.length }))
      .map((gs) => ({ id, title, goals: gs }));
  });

const localTextArb: fc.Arbitrary<LocalText> = fc.record({ nl: nameArb, en: nameArb }, { requiredKeys: ['nl'] });

export const checkArb = (id: string, parties: readonly string[]): fc.Arbitrary<CooperationCheck> =>
  fc
    .tuple(nameArb, idsArb(3, 1), idsArb(6, 1), idsArb(3), idsArb(4), idsArb(3), localTextArb)
    .chain(([title, aspectIds, statementIds, roundIds, responseIds, actionIds, instrumentTitle]) => {
      // Share the statements out over the aspects, at least one each.
      const perAspect = aspectIds.map((_, i) => statementIds.filter((_, j) => j % aspectIds.length === i));
      if (perAspect.some((s) => s.length === 0)) perAspect.forEach((s, i) => s.length || s.push(`${aspectIds[i]}-s`));
      const allStatements = perAspect.flat();
      const aspects: fc.Arbitrary<InstrumentAspect[]> = fc.tuple(
        ...aspectIds.map((aid, i) =>
          fc
            .record({
              title: localTextArb,
              question: fc.option(localTextArb, { nil: undefined }),
              texts: fc.tuple(...perAspect[i].map(() => localTextArb)),
            })
            .map(({ title: t, question, texts }) =>
              compact({
                id: aid,
                title: t,
                question,
                statements: perAspect[i].map((sid, k) => ({ id: sid, text: texts[k] })),
              }),
            ),
        ),
      );
      const rounds: fc.Arbitrary<Round[]> = roundIds.length
        ? fc.tuple(
            ...roundIds.map((rid) => fc.record({ title: nameArb, date: dateArb }).map((r) => ({ id: rid, ...r }))),
          )
        : fc.constant([]);
      const responses: fc.Arbitrary<Response[]> =
        roundIds.length && responseIds.length
          ? fc.tuple(
              ...responseIds.map((rid) =>
                fc
                  .record(
                    {
                      round: fc.constantFrom(...roundIds),
                      role: fc.constantFrom(...RESPONDENT_ROLES),
                      party: parties.length ? fc.constantFrom(...parties) : fc.constant(undefined),
                      submitted: dateTimeArb,
                      answers: fc.dictionary(
                        fc.constantFrom(...allStatements),
                        fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }),
                        { maxKeys: 4 },
                      ),
                      comments: fc.dictionary(fc.constantFrom(...aspectIds), textArb, { maxKeys: 2 }),
                    },
                    { requiredKeys: ['round', 'role', 'answers'] },
                  )
                  .map((r): Response => compact({ id: rid, ...r })),
              ),
            )
          : fc.constant([]);
      const actions: fc.Arbitrary<Action[]> = actionIds.length
        ? fc.tuple(
            ...actionIds.map((aid) =>
              fc
                .record(
                  {
                    aspect: fc.constantFrom(...aspectIds),
                    what: nameArb,
                    who: shortTextArb,
                    when: dateArb,
                    status: fc.constantFrom(...ACTION_STATUSES),
                  },
                  { requiredKeys: ['aspect', 'what'] },
                )
                .map((a) => ({ id: aid, ...a })),
            ),
          )
        : fc.constant([]);
      return fc.tuple(aspects, rounds, responses, actions).map(([as, rs, resp, acts]) => ({
        id,
        title,
        instrument: { id: `${id}-instrument`, title: instrumentTitle, aspects: as },
        rounds: rs,
        responses: resp,
        actions: acts,
      }));
    });

const many = <T>(ids: string[], make: (id: string) => fc.Arbitrary<T>): fc.Arbitrary<T[]> =>
  ids.length ? fc.tuple(...ids.map(make)) : fc.constant([]);

const annotationArb = (id: string, parties: readonly string[]): fc.Arbitrary<Annotation> =>
  fc
    .record({
      kind: fc.constantFrom(...ANNOTATION_KINDS),
      text: nameArb,
      owner: parties.length ? fc.option(fc.constantFrom(...parties), { nil: undefined }) : fc.constant(undefined),
      due: fc.option(dateArb, { nil: undefined }),
    })
    .map((a) => compact({ id, ...a }));

const routeStepArb = (id: string, lanes: readonly string[], parties: readonly string[]): fc.Arbitrary<RouteStep> =>
  fc
    .record({
      lane: lanes.length ? fc.option(fc.constantFrom(...lanes), { nil: undefined }) : fc.constant(undefined),
      what: nameArb,
      contact: fc.option(fc.constantFrom(...CONTACT_KINDS), { nil: undefined }),
      waitDays: fc.option(fc.nat(400), { nil: undefined }),
      retell: fc.option(shortTextArb, { nil: undefined }),
      annotations: fc.option(
        idsArb(2, 1).chain((ids) => many(ids, (a) => annotationArb(a, parties))),
        { nil: undefined },
      ),
    })
    .map((step) => compact({ id, ...step }));

/** A valid route: unique lane and step ids, steps in lanes that exist, parties that exist, no `next` (the order is the list). */
export const routeArb = (id: string, parties: readonly string[]): fc.Arbitrary<Route> =>
  fc
    .record({ title: nameArb, laneIds: idsArb(3), currentIds: idsArb(4), desiredIds: idsArb(4) })
    .chain(({ title, laneIds, currentIds, desiredIds }) =>
      fc
        .record({
          lanes: many(laneIds, (lane) =>
            fc
              .record({
                role: nameArb,
                party: parties.length
                  ? fc.option(fc.constantFrom(...parties), { nil: undefined })
                  : fc.constant(undefined),
              })
              .map((l): RouteLane => compact({ id: lane, ...l })),
          ),
          current: many(currentIds, (step) => routeStepArb(step, laneIds, parties)),
          desired: many(desiredIds, (step) => routeStepArb(step, laneIds, parties)),
        })
        .map((versions): Route => ({ id, title, ...versions })),
    );

/** A valid dataset: small enough to run thousands of cases, varied enough to reach every branch. */
export const datasetArb: fc.Arbitrary<Dataset> = fc
  .record({
    partyIds: idsArb(8),
    relationIds: idsArb(8),
    networkIds: idsArb(2),
    treeIds: idsArb(2),
    checkIds: idsArb(2),
    routeIds: idsArb(2),
    title: fc.option(nameArb, { nil: undefined }),
  })
  .chain(({ partyIds, relationIds, networkIds, treeIds, checkIds, routeIds, title }) =>
    fc
      .record({
        parties: many(partyIds, partyArb),
        // A relation's id differs from every party's: <who-is-who> draws both in one graph.
        relations: partyIds.length
          ? many(
              relationIds.filter((id) => !partyIds.includes(id)),
              (id) => relationArb(id, partyIds),
            )
          : fc.constant([]),
        careNetworks: partyIds.length >= 2 ? many(networkIds, (id) => careNetworkArb(id, partyIds)) : fc.constant([]),
        goalTrees: many(treeIds, (id) => goalTreeArb(id, partyIds)),
        checks: many(checkIds, (id) => checkArb(id, partyIds)),
        routes: many(routeIds, (id) => routeArb(id, partyIds)),
      })
      .map((collections): Dataset => compact({ format: FORMAT, version: VERSION, title, ...collections }) as Dataset),
  );
