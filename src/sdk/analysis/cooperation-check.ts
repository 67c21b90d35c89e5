/**
 * Aggregation of the samenwerkingscheck: per aspect the mean, spread, number of answers and band;
 * per statement the distribution; where partners disagree; the breakdown by role with small groups
 * suppressed; the change since the previous round. Pure functions: no DOM, no Lit.
 */
import {
  RESPONDENT_ROLES,
  ownValue,
  type CooperationCheck,
  type Instrument,
  type InstrumentAspect,
  type RespondentRole,
  type Response,
  type Round,
} from '../model.js';

/** How good an aspect is, in words: `sterk`, `aandacht` or `zorg`. */
export type Band = 'sterk' | 'aandacht' | 'zorg';

/** Options of the aggregation; every one has a sensible default. */
export interface AggregateOptions {
  /** A mean from here up is `sterk` (default 4.0). */
  strongFrom?: number;
  /** A mean from here up (and below `strongFrom`) is `aandacht`, lower is `zorg` (default 3.0). */
  attentionFrom?: number;
  /** A standard deviation of respondents' aspect scores from here up flags disagreement (default 1.0). */
  spreadFrom?: number;
  /** A standard deviation of one statement's answers from here up flags disagreement (default 1.3: single answers spread more than means). */
  statementSpreadFrom?: number;
  /** Role groups whose means differ by more than this are flagged (default 1.5). */
  roleGapAbove?: number;
  /** Groups with fewer respondents than this are never shown; never below 3 (default 3). */
  minGroup?: number;
}

/** Mean, spread and band of a set of scores; `null`s when there are none. */
export interface Summary {
  /** How many scores. */
  n: number;
  mean: number | null;
  /** Standard deviation (population: divided by n). */
  sd: number | null;
  min: number | null;
  max: number | null;
}

/** One statement: how often each point was chosen. */
export interface StatementResult extends Summary {
  id: string;
  /** `counts[0]` is how often 1 (helemaal oneens) was chosen … `counts[4]` for 5 (helemaal eens). */
  counts: [number, number, number, number, number];
  /** How often "weet ik niet / n.v.t." was chosen. */
  unknown: number;
  /** Respondents who left it open. */
  missing: number;
  /** The spread is high: partners disagree on this statement. */
  disagreement: boolean;
}

/** One role group on one aspect; groups that are too small carry no numbers at all. */
export type RoleResult =
  { role: RespondentRole; suppressed: false; n: number; mean: number } | { role: RespondentRole; suppressed: true };

/** Two role groups whose means on an aspect differ by more than the gap. */
export interface RoleGap {
  low: { role: RespondentRole; mean: number };
  high: { role: RespondentRole; mean: number };
  gap: number;
}

/** One aspect in one round. */
export interface AspectResult extends Summary {
  id: string;
  /** `null` when there is no mean. */
  band: Band | null;
  /** The spread of respondents' scores is high. */
  disagreement: boolean;
  /** The largest difference between shown role groups, when it is above the gap. */
  roleGap: RoleGap | null;
  statements: StatementResult[];
  /** The roles that answered, in the order of RESPONDENT_ROLES; small groups suppressed. */
  roles: RoleResult[];
  /** Mean minus the previous round's mean, or null when either is missing. */
  change: number | null;
}

/** One round of a check. */
export interface RoundResult {
  round: Round;
  /** How many responses this round has. */
  respondents: number;
  /** False when fewer than `minGroup` responded: then no aspect carries numbers. */
  shown: boolean;
  aspects: AspectResult[];
}

/** The whole check, rounds from old to new. */
export interface CheckResult {
  check: string;
  rounds: RoundResult[];
}

function settings(o: AggregateOptions) {
  return {
    strongFrom: o.strongFrom ?? 4,
    attentionFrom: o.attentionFrom ?? 3,
    spreadFrom: o.spreadFrom ?? 1,
    statementSpreadFrom: o.statementSpreadFrom ?? 1.3,
    roleGapAbove: o.roleGapAbove ?? 1.5,
    minGroup: Math.max(3, Math.floor(o.minGroup ?? 3)),
  };
}

/** Rounds a number to one decimal, the precision every view shows. */
export function round1(value: number): number {
  return Math.round(value * 10 + Number.EPSILON * 10) / 10;
}

/**
 * The band of a mean. It is decided on the mean rounded to one decimal, so that what is shown
 * (3,95 shows as 4,0) and the band (sterk) agree.
 */
export function bandOf(mean: number | null, options: AggregateOptions = {}): Band | null {
  if (mean === null) return null;
  const { strongFrom, attentionFrom } = settings(options);
  const m = round1(mean);
  return m >= strongFrom ? 'sterk' : m >= attentionFrom ? 'aandacht' : 'zorg';
}

/** Mean, population standard deviation and range of a list of numbers. */
export function summarize(values: readonly number[]): Summary {
  const n = values.length;
  if (n === 0) return { n, mean: null, sd: null, min: null, max: null };
  let sum = 0;
  let min = Infinity;
  let max = -Infinity;
  for (const v of values) {
    sum += v;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  const mean = sum / n;
  let squares = 0;
  for (const v of values) squares += (v - mean) ** 2;
  return { n, mean, sd: Math.sqrt(squares / n), min, max };
}

/** An answer that counts: a whole number from 1 to 5. */
const valid = (a: unknown): a is 1 | 2 | 3 | 4 | 5 => typeof a === 'number' && a >= 1 && a <= 5 && a % 1 === 0;

/**
 * A respondent's score on an aspect: the mean of the statements they rated, but only when they
 * rated at least half of them ("weet ik niet" does not count as rated). Otherwise null.
 */
export function aspectScore(aspect: InstrumentAspect, answers: Response['answers']): number | null {
  let sum = 0;
  let rated = 0;
  for (const s of aspect.statements) {
    const a = ownValue(answers, s.id);
    if (valid(a)) {
      sum += a;
      rated++;
    }
  }
  return rated > 0 && rated * 2 >= aspect.statements.length ? sum / rated : null;
}

/** Mean, spread and range from how often each point 1–5 was chosen. */
function fromCounts(counts: readonly number[]): Summary {
  let n = 0;
  let sum = 0;
  let squares = 0;
  let min: number | null = null;
  let max: number | null = null;
  counts.forEach((c, i) => {
    if (!c) return;
    const v = i + 1;
    n += c;
    sum += c * v;
    squares += c * v * v;
    min ??= v;
    max = v;
  });
  if (!n) return { n, mean: null, sd: null, min, max };
  const mean = sum / n;
  return { n, mean, sd: Math.sqrt(Math.max(0, squares / n - mean * mean)), min, max };
}

/** The rounds of a check from old to new (by date; equal dates keep their order). */
export function sortedRounds(check: CooperationCheck): Round[] {
  return check.rounds
    .map((r, i) => [r, i] as const)
    .sort((a, b) => a[0].date.localeCompare(b[0].date) || a[1] - b[1])
    .map(([r]) => r);
}

/** Aggregates the responses of one round on an instrument. */
export function aggregateResponses(
  instrument: Instrument,
  responses: readonly Response[],
  round: Round,
  options: AggregateOptions = {},
): RoundResult {
  const o = settings(options);
  const shown = responses.length >= o.minGroup;
  const aspects = instrument.aspects;
  const A = aspects.length;
  // The breakdown by role follows the order the model lists the roles in.
  const R = RESPONDENT_ROLES.length;
  const ids = aspects.map((a) => a.statements.map((s) => s.id));
  // Flat accumulators, one pass over the answers: per statement how often 1–5, "weet niet" and
  // nothing; per aspect (and per aspect × role) the number, sum, sum of squares and range of scores.
  const counts = ids.map((list) => list.map(() => [0, 0, 0, 0, 0, 0, 0]));
  const n = new Float64Array(A);
  const sum = new Float64Array(A);
  const squares = new Float64Array(A);
  const min = new Float64Array(A).fill(Infinity);
  const max = new Float64Array(A).fill(-Infinity);
  const roleN = new Float64Array(A * R);
  const roleSum = new Float64Array(A * R);
  for (const r of responses) {
    const answers = r.answers;
    const role = RESPONDENT_ROLES.indexOf(r.role);
    for (let a = 0; a < A; a++) {
      const list = ids[a];
      const c = counts[a];
      let total = 0;
      let rated = 0;
      for (let i = 0; i < list.length; i++) {
        const v = ownValue(answers, list[i]);
        if (valid(v)) {
          c[i][v - 1]++;
          total += v;
          rated++;
        } else c[i][v === null ? 5 : 6]++;
      }
      if (rated === 0 || rated * 2 < list.length) continue;
      const score = total / rated;
      n[a]++;
      sum[a] += score;
      squares[a] += score * score;
      if (score < min[a]) min[a] = score;
      if (score > max[a]) max[a] = score;
      if (role >= 0) {
        roleN[a * R + role]++;
        roleSum[a * R + role] += score;
      }
    }
  }
  const result = aspects.map((aspect, a): AspectResult => {
    const mean = shown && n[a] ? sum[a] / n[a] : null;
    const summary: Summary =
      mean === null
        ? summarize([])
        : { n: n[a], mean, sd: Math.sqrt(Math.max(0, squares[a] / n[a] - mean * mean)), min: min[a], max: max[a] };
    const roles = shown
      ? rolesOf(
          RESPONDENT_ROLES.map((role, i) => ({ role, n: roleN[a * R + i], sum: roleSum[a * R + i] })),
          o.minGroup,
        )
      : [];
    const visible = roles.filter((x): x is Extract<RoleResult, { suppressed: false }> => !x.suppressed);
    let roleGap: RoleGap | null = null;
    if (visible.length > 1) {
      const low = visible.reduce((x, y) => (y.mean < x.mean ? y : x));
      const high = visible.reduce((x, y) => (y.mean > x.mean ? y : x));
      const gap = high.mean - low.mean;
      if (round1(gap) > o.roleGapAbove)
        roleGap = { low: { role: low.role, mean: low.mean }, high: { role: high.role, mean: high.mean }, gap };
    }
    return {
      id: aspect.id,
      ...summary,
      band: bandOf(summary.mean, o),
      disagreement: summary.n >= o.minGroup && summary.sd !== null && round1(summary.sd) >= o.spreadFrom,
      roleGap,
      statements: ids[a].map((id, i): StatementResult => {
        const c = counts[a][i];
        if (!shown)
          return { id, ...summarize([]), counts: [0, 0, 0, 0, 0], unknown: 0, missing: 0, disagreement: false };
        const s = fromCounts(c.slice(0, 5));
        return {
          id,
          ...s,
          counts: [c[0], c[1], c[2], c[3], c[4]],
          unknown: c[5],
          missing: c[6],
          disagreement: s.n >= o.minGroup && s.sd !== null && round1(s.sd) >= o.statementSpreadFrom,
        };
      }),
      roles,
      change: null,
    };
  });
  return { round, respondents: responses.length, shown, aspects: result };
}

/**
 * Role groups with their means. A group below `minGroup` is suppressed; and when the suppressed
 * groups together hold fewer than `minGroup` people, the smallest shown group is suppressed too,
 * so that nobody's score can be worked out from the total minus the shown groups.
 */
function rolesOf(all: { role: RespondentRole; n: number; sum: number }[], minGroup: number): RoleResult[] {
  const groups = all.filter((g) => g.n > 0).map((g) => ({ ...g, hide: g.n < minGroup }));
  const hidden = () => groups.filter((g) => g.hide).reduce((total, g) => total + g.n, 0);
  while (hidden() > 0 && hidden() < minGroup) {
    const open = groups.filter((g) => !g.hide);
    if (!open.length) break;
    open.reduce((x, y) => (y.n < x.n ? y : x)).hide = true;
  }
  return groups.map((g) =>
    g.hide ? { role: g.role, suppressed: true } : { role: g.role, suppressed: false, n: g.n, mean: g.sum / g.n },
  );
}

/** Aggregates every round of a check, from old to new, with the change per aspect since the last round that had results. */
export function aggregateCheck(check: CooperationCheck, options: AggregateOptions = {}): CheckResult {
  const byRound = new Map<string, Response[]>(check.rounds.map((r) => [r.id, []]));
  for (const r of check.responses) byRound.get(r.round)?.push(r);
  let previous: RoundResult | undefined;
  const rounds = sortedRounds(check).map((round) => {
    const result = aggregateResponses(check.instrument, byRound.get(round.id) ?? [], round, options);
    if (previous) {
      for (const a of result.aspects) {
        const before = previous.aspects.find((p) => p.id === a.id);
        a.change = before?.mean != null && a.mean !== null ? a.mean - before.mean : null;
      }
    }
    if (result.shown) previous = result;
    return result;
  });
  return { check: check.id, rounds };
}
