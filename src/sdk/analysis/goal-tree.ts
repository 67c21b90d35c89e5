/**
 * Insights into a doelenboom: which goals still miss partners, steps or an indicator, how far the
 * work is (rolled up the tree), and who cooperates on which goal.
 */
import type { Goal, GoalTree, Indicator, Party } from '../model.js';
import { deriveGoalTree, indicatorOnTarget, latestReading, walkGoalTree, type GoalNode } from '../goal-tree.js';

/** Goals that are not yet complete: without partners, without steps, or without an indicator. */
export interface IncompleteGoals {
  noPartners: Goal[];
  noSteps: Goal[];
  noIndicator: Goal[];
}

/**
 * The goals that miss partners, steps or an indicator. The stip op de horizon is measured through
 * its subgoals, so only goals below it are listed (a tree of one goal lists that goal).
 */
export function incompleteGoals(tree: GoalTree): IncompleteGoals {
  const result: IncompleteGoals = { noPartners: [], noSteps: [], noIndicator: [] };
  const goals = tree.goals.length > 1 ? tree.goals.filter((g) => g.parent !== undefined) : tree.goals;
  for (const g of goals) {
    if (!g.partners.length) result.noPartners.push(g);
    if (!g.steps.length) result.noSteps.push(g);
    if (!g.indicator) result.noIndicator.push(g);
  }
  return result;
}

/**
 * How far from baseline to target the latest reading is, from 0 to 1; undefined without a target or
 * reading. Without a baseline, it counts from 0.
 */
export function indicatorShare(indicator: Indicator): number | undefined {
  const latest = latestReading(indicator);
  if (indicator.target === undefined || !latest) return undefined;
  const start = indicator.baseline ?? 0;
  if (indicator.target === start) return latest.value === start ? 1 : 0;
  return Math.min(1, Math.max(0, (latest.value - start) / (indicator.target - start)));
}

/** Progress of a goal together with everything below it. */
export interface GoalProgress {
  stepsDone: number;
  stepsTotal: number;
  /** Indicators whose latest reading reached the target. */
  indicatorsOnTarget: number;
  /** Indicators that have a target and at least one reading. */
  indicatorsMeasured: number;
  indicatorsTotal: number;
}

/** Progress rolled up the tree: each goal's numbers include all goals below it. */
export function rollUpProgress(tree: GoalTree): Map<string, GoalProgress> {
  const result = new Map<string, GoalProgress>();
  // In reverse depth-first order every goal comes after all goals below it: one pass, at any depth.
  const order: GoalNode[] = [];
  walkGoalTree(deriveGoalTree(tree).roots, (n) => order.push(n));
  for (let i = order.length - 1; i >= 0; i--) {
    const node = order[i];
    const g = node.goal;
    const on = g.indicator ? indicatorOnTarget(g.indicator) : undefined;
    let stepsDone = 0;
    for (const s of g.steps) if (s.status === 'klaar') stepsDone++;
    const p: GoalProgress = {
      stepsDone,
      stepsTotal: g.steps.length,
      indicatorsOnTarget: on ? 1 : 0,
      indicatorsMeasured: on === undefined ? 0 : 1,
      indicatorsTotal: g.indicator ? 1 : 0,
    };
    // Goal ids are unique in a derived tree, so a child's numbers are found by its id.
    for (const c of node.children) {
      const cp = result.get(c.goal.id)!;
      p.stepsDone += cp.stepsDone;
      p.stepsTotal += cp.stepsTotal;
      p.indicatorsOnTarget += cp.indicatorsOnTarget;
      p.indicatorsMeasured += cp.indicatorsMeasured;
      p.indicatorsTotal += cp.indicatorsTotal;
    }
    result.set(g.id, p);
  }
  return result;
}

/** Who cooperates on which goal: rows are partners, columns goals, a cell says whether they do. */
export interface PartnerGoalMatrix {
  partners: Party[];
  goals: Goal[];
  /** `cells[row][column]`: true when partner `row` cooperates on goal `column` (or one below it, when rolled up). */
  cells: boolean[][];
}

/**
 * The partners × goals matrix. `level` picks the column goals (2 = the subgoals, the default); a
 * partner of a goal deeper down counts for the goal above it at that level. Partners appear in the
 * order of the dataset's parties; unknown party ids are left out.
 */
export function partnerGoalMatrix(tree: GoalTree, parties: readonly Party[], level = 2): PartnerGoalMatrix {
  const { roots } = deriveGoalTree(tree);
  let columns: GoalNode[] = [];
  walkGoalTree(roots, (n) => {
    if (n.level === level) columns.push(n);
  });
  // A tree with nothing at that level yet still shows who works on what it has.
  if (!columns.length) columns = roots;
  const partnersOf = columns.map((c) => {
    const ids = new Set<string>();
    walkGoalTree([c], (n) => n.goal.partners.forEach((p) => ids.add(p)));
    return ids;
  });
  const used = parties.filter((p) => partnersOf.some((s) => s.has(p.id)));
  return {
    partners: used,
    goals: columns.map((c) => c.goal),
    cells: used.map((p) => partnersOf.map((s) => s.has(p.id))),
  };
}
