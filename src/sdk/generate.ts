/**
 * Large, valid synthetic datasets for benchmarks and stress tests: Dutch-looking names built from parts,
 * every field and kind, relations without self-loops or duplicate pairs, and optionally care networks,
 * a goal tree and a cooperation check. The same seed always gives the same dataset.
 */
import { defaultInstrument } from './instrument.js';
import { pick, randomInt, seededRandom, type Random } from './random.js';
import * as words from './generate-words.js';
import {
  FIELDS,
  FORMAT,
  PARTY_KINDS,
  RESPONDENT_ROLES,
  VERSION,
  type Action,
  type Answer,
  type CareNetwork,
  type CooperationCheck,
  type Dataset,
  type Field,
  type Goal,
  type GoalTree,
  type NetworkField,
  type NetworkMember,
  type Party,
  type PartyKind,
  type Relation,
  type RespondentRole,
  type Response,
  type Ring,
  type Round,
  type Step,
} from './model.js';

/** What {@link generateDataset} makes. Counts are clamped to what is possible (no negative counts, no more relations than pairs). */
export interface GenerateOptions {
  /** Number of parties. */
  parties: number;
  /** Number of relations between parties; at most one per pair of parties. */
  relations: number;
  /** The seed: the same seed and options give the same dataset (default 1). */
  seed?: number;
  /** Number of care networks, drawn from the parties (default 0). */
  networks?: number;
  /** Members per care network besides carer and naaste (default 12). */
  networkMembers?: number;
  /** Number of goals in one goal tree, on 3 to 5 levels (default 0: no goal tree). */
  goals?: number;
  /** Number of responses in one cooperation check on the default instrument (default 0: no check). */
  responses?: number;
  /** Rounds the responses are spread over (default 4). */
  rounds?: number;
}

const DAY = 86_400_000;
const BASE = Date.UTC(2026, 0, 1);
/** A calendar date `offset` days from 1 January 2026. */
const dateAt = (offset: number) => new Date(BASE + offset * DAY).toISOString().slice(0, 10);

const count = (value: number | undefined) => (Number.isFinite(value) ? Math.max(0, Math.floor(value as number)) : 0);
/** A separate random stream per part, so adding a goal tree does not change the parties. */
const stream = (seed: number, part: number) =>
  seededRandom((Math.imul(seed >>> 0, 2654435761) ^ Math.imul(part, 40503)) >>> 0);

function sample<T>(random: Random, list: readonly T[], n: number): T[] {
  const out = new Set<T>();
  const wanted = Math.min(n, list.length);
  while (out.size < wanted) out.add(pick(random, list));
  return [...out];
}

function makeParty(random: Random, i: number): Party {
  const field: Field = i < FIELDS.length ? FIELDS[i] : pick(random, FIELDS);
  const kind: PartyKind =
    i < PARTY_KINDS.length
      ? PARTY_KINDS[i]
      : pick(random, [
          'persoon',
          'persoon',
          'organisatie',
          'organisatie',
          'organisatie',
          'team',
          'initiatief',
        ] as const);
  const area = pick(random, words.AREAS);
  const slug = `p${i + 1}`;
  let name: string;
  switch (kind) {
    case 'persoon':
      name = `${pick(random, words.FIRST_NAMES)} ${pick(random, words.SURNAMES)}`;
      break;
    case 'team':
      name = `${pick(random, words.TEAMS[field])} ${area}`;
      break;
    case 'initiatief':
      name = `${pick(random, words.INITIATIVES[field])} ${random() < 0.5 ? area : pick(random, words.PLACE_NAMES)}`;
      break;
    default:
      name = `${pick(random, words.ORGANISATIONS[field])} ${pick(random, words.PLACE_NAMES)}`;
  }
  const party: Party = {
    id: slug,
    name,
    kind,
    field,
    description: `${pick(random, words.DESCRIPTIONS)} ${pick(random, words.DESCRIPTIONS)}`,
    targetGroups: sample(random, words.TARGET_GROUPS, randomInt(random, 1, 3)),
    areas: random() < 0.2 ? [...words.AREAS] : sample(random, words.AREAS, randomInt(random, 1, 2)),
    lastVerified: dateAt(-randomInt(random, 0, 900)),
  };
  if (kind === 'persoon') party.role = pick(random, words.ROLES[field]);
  if (kind !== 'persoon' || random() < 0.3) {
    const n = String(randomInt(random, 0, 999_999)).padStart(6, '0');
    party.contact = {
      phone: `012-${n.slice(0, 3)} ${n.slice(3, 5)} ${n.slice(5)}${randomInt(random, 0, 9)}`,
      email: `info@${slug}.voorbeeld.nl`,
      ...(kind === 'persoon'
        ? {}
        : {
            website: `https://${slug}.voorbeeld.nl`,
            address: `${pick(random, ['Kerkstraat', 'Dorpsstraat', 'Molenweg', 'Lindelaan', 'Akkerweg'])} ${randomInt(random, 1, 180)}, Voorbeeld`,
          }),
    };
  }
  return party;
}

function makeRelation(random: Random, id: string, source: string, target: string): Relation {
  const r: Relation = {
    id,
    source,
    target,
    kind: pick(random, words.WEIGHTED_KINDS),
    strength: pick(random, words.WEIGHTED_STRENGTHS),
  };
  if (random() < 0.35) r.directed = false;
  if (random() < 0.05) r.note = pick(random, words.RELATION_NOTES);
  return r;
}

/**
 * `wanted` relations among `ids`, each pair at most once and never a party with itself. Targets lean to
 * the first parties, so some become hubs (brokers) as in a real neighbourhood.
 */
function makeRelations(random: Random, ids: readonly string[], wanted: number, prefix: string): Relation[] {
  const n = ids.length;
  const max = (n * (n - 1)) / 2;
  const total = Math.min(wanted, max);
  const out: Relation[] = [];
  if (total === 0) return out;
  const pairKey = (a: number, b: number) => (a < b ? a * n + b : b * n + a);
  if (total > max / 2) {
    // Dense: list every pair and take a shuffled share, rejection would take long.
    const pairs: number[] = [];
    for (let a = 0; a < n; a++) for (let b = a + 1; b < n; b++) pairs.push(a * n + b);
    for (let i = 0; i < total; i++) {
      const j = i + Math.floor(random() * (pairs.length - i));
      [pairs[i], pairs[j]] = [pairs[j], pairs[i]];
      const a = Math.floor(pairs[i] / n);
      const b = pairs[i] % n;
      out.push(
        random() < 0.5
          ? makeRelation(random, `${prefix}${i + 1}`, ids[a], ids[b])
          : makeRelation(random, `${prefix}${i + 1}`, ids[b], ids[a]),
      );
    }
    return out;
  }
  const seen = new Set<number>();
  while (out.length < total) {
    const a = Math.floor(random() * n);
    const b = random() < 0.5 ? Math.floor(random() * random() * n) : Math.floor(random() * n);
    if (a === b || seen.has(pairKey(a, b))) continue;
    seen.add(pairKey(a, b));
    out.push(makeRelation(random, `${prefix}${out.length + 1}`, ids[a], ids[b]));
  }
  return out;
}

const NETWORK_FIELD_OF: Record<Field, NetworkField> = {
  zorg: 'zorg',
  welzijn: 'welzijn',
  medisch: 'medisch',
  informeel: 'informeel',
  overig: 'welzijn',
};

function makeNetworks(random: Random, parties: readonly Party[], howMany: number, size: number): CareNetwork[] {
  if (parties.length < 2) return [];
  const persons = parties.filter((p) => p.kind === 'persoon');
  const centre = persons.length >= 2 ? persons : parties;
  const networks: CareNetwork[] = [];
  for (let k = 0; k < howMany; k++) {
    const [carer, caredFor] = sample(random, centre, 2);
    if (!caredFor) break;
    const others = parties.filter((p) => p.id !== carer.id && p.id !== caredFor.id);
    const chosen = size >= others.length ? others : sample(random, others, size);
    const regiehouder = random() < 0.7 ? chosen.find((p) => p.field !== 'informeel') : undefined;
    const members: NetworkMember[] = chosen.map((p) => {
      const field = NETWORK_FIELD_OF[p.field];
      const ring: Ring = field === 'informeel' ? 'eigen-netwerk' : random() < 0.6 ? 'dichtbij' : 'op-afstand';
      return { party: p.id, ring, field, ...(p === regiehouder ? { regiehouder: true } : {}) };
    });
    const ids = [carer.id, caredFor.id, ...members.map((m) => m.party)];
    const id = `netwerk-${k + 1}`;
    networks.push({
      id,
      name: `Netwerk van ${carer.name.split(' ')[0]} en ${caredFor.name.split(' ')[0]}`,
      carer: carer.id,
      caredFor: caredFor.id,
      members,
      relations: makeRelations(random, ids, Math.round(ids.length * 1.3), `${id}-r`),
    });
  }
  return networks;
}

/** Level sizes for `n` goals on `levels` levels that grow by a common factor. */
function levelSizes(n: number, levels: number): number[] {
  let lo = 1;
  let hi = n;
  for (let i = 0; i < 60; i++) {
    const mid = (lo + hi) / 2;
    let sum = 0;
    for (let k = 0; k < levels; k++) sum += mid ** k;
    if (sum > n) hi = mid;
    else lo = mid;
  }
  const sizes = [1];
  let used = 1;
  for (let k = 1; k < levels; k++) {
    const size = k === levels - 1 ? n - used : Math.max(1, Math.min(Math.round(lo ** k), n - used - (levels - 1 - k)));
    sizes.push(size);
    used += size;
  }
  return sizes;
}

function makeGoalTree(random: Random, partyIds: readonly string[], n: number): GoalTree {
  const levels = n < 4 ? n : n < 40 ? 3 : n < 400 ? 4 : 5;
  const sizes = levelSizes(n, levels);
  const goals: Goal[] = [];
  const children = new Map<string, string[]>();
  const byId = new Map<string, Goal>();
  let previous: string[] = [];
  let seq = 0;
  sizes.forEach((size, level) => {
    const current: string[] = [];
    for (let i = 0; i < size; i++) {
      const id = `doel-${++seq}`;
      const parent =
        level === 0 ? undefined : previous[i < previous.length ? i : Math.floor(random() * previous.length)];
      const leaf = level === sizes.length - 1;
      const goal: Goal = {
        id,
        title:
          level === 0
            ? 'Mantelzorgers houden het vol en voelen zich gezien'
            : random() < 0.6
              ? `${pick(random, words.CARER_SUBJECTS)} ${pick(random, words.CARER_PREDICATES)}`
              : `${pick(random, words.PARTNER_SUBJECTS)} ${pick(random, words.PARTNER_PREDICATES)}`,
        partners: partyIds.length && random() > 0.05 ? sample(random, partyIds, randomInt(random, 1, 4)) : [],
        steps: leaf || random() < 0.3 ? makeSteps(random, id, partyIds) : [],
      };
      if (parent) goal.parent = parent;
      if (leaf && random() < 0.8) {
        const baseline = randomInt(random, 0, 40);
        let value = baseline;
        goal.indicator = {
          description: `Meting: ${goal.title.charAt(0).toLowerCase()}${goal.title.slice(1)}`,
          unit: 'per kwartaal',
          baseline,
          target: baseline + randomInt(random, 10, 60),
          targetDate: dateAt(randomInt(random, 365, 1095)),
          readings: Array.from({ length: randomInt(random, 1, 3) }, (_, r) => ({
            date: dateAt(r * 90 + randomInt(random, 0, 60)),
            value: (value += randomInt(random, -2, 8)),
          })),
        };
      }
      goals.push(goal);
      byId.set(id, goal);
      if (parent) (children.get(parent) ?? children.set(parent, []).get(parent)!).push(id);
      current.push(id);
    }
    previous = current;
  });
  // Store children after their parent, in sibling order.
  const ordered: Goal[] = [];
  const visit = (id: string) => {
    ordered.push(byId.get(id)!);
    for (const child of children.get(id) ?? []) visit(child);
  };
  if (goals.length) visit(goals[0].id);
  return { id: 'doelenboom-1', title: 'Gegenereerde doelenboom', goals: ordered };
}

function makeSteps(random: Random, goalId: string, partyIds: readonly string[]): Step[] {
  return Array.from({ length: randomInt(random, 0, 4) }, (_, i) => {
    const step: Step = {
      id: `${goalId}-stap-${i + 1}`,
      title: pick(random, words.STEP_TITLES),
      due: dateAt(randomInt(random, -120, 540)),
      status: pick(random, words.STATUSES),
    };
    if (partyIds.length && random() < 0.85) step.owner = pick(random, partyIds);
    return step;
  });
}

function makeCheck(random: Random, n: number, roundCount: number): CooperationCheck {
  const instrument = defaultInstrument({ carerLens: true });
  const rounds: Round[] = Array.from({ length: Math.max(1, roundCount) }, (_, r) => ({
    id: `ronde-${r + 1}`,
    title: `Ronde ${r + 1}`,
    date: dateAt(r * 91),
  }));
  // A tendency per role and aspect, and a drift per round, so aggregates differ in meaningful ways.
  const tendency = new Map<string, number>();
  for (const role of RESPONDENT_ROLES)
    for (const a of instrument.aspects) tendency.set(`${role}|${a.id}`, 1.8 + random() * 2.6);
  const drift = instrument.aspects.map(() => random() * 0.25 - 0.05);
  const responses: Response[] = [];
  for (let i = 0; i < n; i++) {
    const r = i % rounds.length;
    const role: RespondentRole = pick(random, RESPONDENT_ROLES);
    const answers: Record<string, Answer> = {};
    instrument.aspects.forEach((a, ai) => {
      const mean = tendency.get(`${role}|${a.id}`)! + drift[ai] * r;
      for (const s of a.statements) {
        answers[s.id] =
          random() < 0.05 ? null : Math.min(5, Math.max(1, Math.round(mean + (random() + random() - 1) * 1.6)));
      }
    });
    const response: Response = {
      id: `antwoord-${i + 1}`,
      round: rounds[r].id,
      role,
      submitted: `${rounds[r].date}T${String(8 + (i % 10)).padStart(2, '0')}:00:00Z`,
      answers,
    };
    if (random() < 0.03)
      response.comments = { [pick(random, instrument.aspects).id]: pick(random, words.DESCRIPTIONS) };
    responses.push(response);
  }
  const actions: Action[] = instrument.aspects.slice(0, 3).map((a, i) => ({
    id: `actie-${i + 1}`,
    aspect: a.id,
    what: pick(random, words.STEP_TITLES),
    when: dateAt(120 + i * 60),
    status: i === 0 ? 'klaar' : 'open',
  }));
  return { id: 'check-1', title: 'Gegenereerde samenwerkingscheck', instrument, rounds, responses, actions };
}

/**
 * A large, valid synthetic dataset for benchmarks: the same options and seed always give the same
 * dataset, and `parseDataset` accepts it without issues.
 * @example generateDataset({ parties: 2000, relations: 6000, seed: 7, goals: 1000, responses: 10000 })
 */
export function generateDataset(options: GenerateOptions): Dataset {
  const seed = Number.isFinite(options.seed) ? Math.floor(options.seed as number) : 1;
  const partyRandom = stream(seed, 1);
  const parties = Array.from({ length: count(options.parties) }, (_, i) => makeParty(partyRandom, i));
  const ids = parties.map((p) => p.id);
  const goals = count(options.goals);
  const responses = count(options.responses);
  return {
    format: FORMAT,
    version: VERSION,
    title: `Gegenereerde dataset (seed ${seed})`,
    parties,
    relations: makeRelations(stream(seed, 2), ids, count(options.relations), 'r'),
    careNetworks: makeNetworks(
      stream(seed, 3),
      parties,
      count(options.networks),
      options.networkMembers === undefined ? 12 : count(options.networkMembers),
    ),
    goalTrees: goals > 0 ? [makeGoalTree(stream(seed, 4), ids, goals)] : [],
    checks:
      responses > 0
        ? [makeCheck(stream(seed, 5), responses, options.rounds === undefined ? 4 : count(options.rounds))]
        : [],
    routes: [],
  };
}
