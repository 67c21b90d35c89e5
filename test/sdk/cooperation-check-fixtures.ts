/** Hand-computed fixtures of the samenwerkingscheck, shared by the SDK and element tests. */
import type { CooperationCheck, Dataset, Instrument, RespondentRole, Response } from '../../src/sdk/model.js';

/** Aspect A has four statements, aspect B two. */
export const instrument: Instrument = {
  id: 'test-instrument',
  title: { nl: 'Testcheck', en: 'Test check' },
  aspects: [
    {
      id: 'ambitie',
      title: { nl: 'Ambitie', en: 'Ambition' },
      statements: ['a-1', 'a-2', 'a-3', 'a-4'].map((id) => ({
        id,
        text: { nl: `Stelling ${id}`, en: `Statement ${id}` },
      })),
    },
    {
      id: 'relatie',
      title: { nl: 'Relatie', en: 'Relationship' },
      statements: ['b-1', 'b-2'].map((id) => ({ id, text: { nl: `Stelling ${id}`, en: `Statement ${id}` } })),
    },
  ],
};

let n = 0;
function r(round: string, role: RespondentRole, answers: Response['answers']): Response {
  return { id: `resp-${++n}`, round, role, answers };
}

/**
 * Round r1 (2026-01-10), six respondents. Aspect scores (mean of rated statements, only when at
 * least half are rated):
 *   R1 gemeente      a 5,4,4,3 → 4.0    b 2,null → 2.0
 *   R2 gemeente      a 4,4,–,– → 4.0    b 3,3 → 3.0
 *   R3 gemeente      a 5,5,5,5 → 5.0    b none → —
 *   R4 mantelzorger  a 1,2,?,? → 1.5    b 1,2 → 1.5       (? = weet niet)
 *   R5 mantelzorger  a 2 only  → —      b 2,2 → 2.0
 *   R6 zorg          a 3,3,3,3 → 3.0    b 4,4 → 4.0
 * A: [4,4,5,1.5,3] n 5, mean 3.5, sd √(7/5) = 1.1832, range 1.5–5, band aandacht, disagreement.
 * B: [2,3,1.5,2,4] n 5, mean 2.5, sd √(4/5) = 0.8944, range 1.5–4, band zorg, no disagreement.
 * Roles on A: gemeente 3, mantelzorger 1, zorg 1 → the hidden 2 people would be traceable from
 * the total, so gemeente is suppressed too. On B every group is below 3.
 */
export const round1Responses: Response[] = [
  r('r1', 'gemeente', { 'a-1': 5, 'a-2': 4, 'a-3': 4, 'a-4': 3, 'b-1': 2, 'b-2': null }),
  r('r1', 'gemeente', { 'a-1': 4, 'a-2': 4, 'b-1': 3, 'b-2': 3 }),
  r('r1', 'gemeente', { 'a-1': 5, 'a-2': 5, 'a-3': 5, 'a-4': 5 }),
  r('r1', 'mantelzorger', { 'a-1': 1, 'a-2': 2, 'a-3': null, 'a-4': null, 'b-1': 1, 'b-2': 2 }),
  r('r1', 'mantelzorger', { 'a-1': 2, 'b-1': 2, 'b-2': 2 }),
  r('r1', 'zorg', { 'a-1': 3, 'a-2': 3, 'a-3': 3, 'a-4': 3, 'b-1': 4, 'b-2': 4 }),
];

/**
 * Round r2 (2026-03-01, listed first), six respondents who rate only B:
 *   gemeente 5,5 → 5 · 5,4 → 4.5 · 4,4 → 4          (group mean 4.5)
 *   mantelzorger 2,2 → 2 · 3,2 → 2.5 · 1,? → 1       (group mean 1.8333)
 * B: mean 19/6 = 3.1667 (band aandacht), sd √(12.3333/6) = 1.4337, role gap 2.6667 (flagged),
 * change since r1 +0.6667. A: no scores, every statement missing six times.
 * b-1: 5,5,4,2,3,1 → counts [1,1,1,1,2]; b-2: 5,4,4,2,2,? → counts [0,2,0,2,1], 1 unknown.
 */
export const round2Responses: Response[] = [
  r('r2', 'gemeente', { 'b-1': 5, 'b-2': 5 }),
  r('r2', 'gemeente', { 'b-1': 5, 'b-2': 4 }),
  r('r2', 'gemeente', { 'b-1': 4, 'b-2': 4 }),
  r('r2', 'mantelzorger', { 'b-1': 2, 'b-2': 2 }),
  r('r2', 'mantelzorger', { 'b-1': 3, 'b-2': 2 }),
  r('r2', 'mantelzorger', { 'b-1': 1, 'b-2': null }),
];

/** Round r0 (2025-11-01): two respondents, too few to show anything. */
export const round0Responses: Response[] = [
  r('r0', 'gemeente', { 'a-1': 1, 'a-2': 1, 'b-1': 1, 'b-2': 1 }),
  r('r0', 'welzijn', { 'a-1': 5, 'a-2': 5, 'b-1': 5, 'b-2': 5 }),
];

export function check(responses: Response[], rounds = ['r0', 'r1', 'r2']): CooperationCheck {
  const all = [
    { id: 'r2', title: 'Voorjaar', date: '2026-03-01' },
    { id: 'r0', title: 'Start', date: '2025-11-01' },
    { id: 'r1', title: 'Winter', date: '2026-01-10' },
  ];
  return {
    id: 'check-1',
    title: 'Samenwerking Stein',
    instrument,
    rounds: all.filter((x) => rounds.includes(x.id)),
    responses,
    actions: [],
  };
}

export function dataset(c: CooperationCheck | null): Dataset {
  return {
    format: 'samenspel',
    version: 2,
    parties: [],
    relations: [],
    careNetworks: [],
    goalTrees: [],
    checks: c ? [c] : [],
    routes: [],
  };
}
