/**
 * What records refer to, checked and mended: a relation's ends, a network's members and regisseurs, a
 * goal tree's parents and partners, a check's rounds and aspects, a route's lanes and goals.
 */
import { breakParentLoops } from './parent-loops.js';
import {
  NETWORK_FIELDS,
  type CareNetwork,
  type CollectionName,
  type CollectionRecord,
  type CooperationCheck,
  type Dataset,
  type Goal,
  type GoalTree,
  type Relation,
} from './model.js';
import { issue, jsonPath, type Issue } from './issues.js';
import { repairRoute } from './route-repair.js';
import type { Route } from './route-model.js';
import { inputPath, type At } from './parse-record.js';
import type { Key } from './sanitize.js';

/** The ids that records may refer to, and the relation ids a party id must differ from. */
export class ReferenceContext {
  readonly parties = new Set<string>();
  readonly relations = new Set<string>();
  /**
   * Goal ids per tree, for the goal links of routes; filled only while a dataset is read, so that a store
   * edit of a route is never refused because a goal it points to was removed meanwhile.
   */
  goals?: Map<string, Set<string>>;
  /** A copy to change (without the goal ids, which only reading a dataset fills). */
  copy(): ReferenceContext {
    const ctx = new ReferenceContext();
    for (const id of this.parties) ctx.parties.add(id);
    for (const id of this.relations) ctx.relations.add(id);
    return ctx;
  }
  static of(dataset: Dataset): ReferenceContext {
    const ctx = new ReferenceContext();
    for (const p of dataset.parties) ctx.parties.add(p.id);
    for (const r of dataset.relations) ctx.relations.add(r.id);
    return ctx;
  }
}

/**
 * Checks what a record refers to and mends it where that keeps the rest: a dangling partner is left out,
 * a goal in a loop is put under the main goal, a second regiehouder is cleared. Returns undefined when the
 * record cannot stand (a relation to a party that does not exist).
 */
export function repairReferences<C extends CollectionName>(
  collection: C,
  record: CollectionRecord[C],
  ctx: ReferenceContext,
  path: Key[],
  issues: Issue[],
): CollectionRecord[C] | undefined {
  // Paths name the index an item had in the input, also after parseRecord left items out before it.
  const at = inputPath(record, path);
  // <who-is-who> draws parties and relations in one graph, so a relation needs an id no party has.
  const clash = collection === 'parties' ? ctx.relations : collection === 'relations' ? ctx.parties : undefined;
  if (clash?.has(record.id))
    issues.push(
      issue(
        jsonPath(at('id')),
        'warning',
        'id-collision',
        collection === 'parties' ? 'idCollisionParty' : 'idCollision',
        record.id,
      ),
    );
  switch (collection) {
    case 'parties':
      return record;
    case 'relations':
      return relationEndsExist(record as Relation, ctx.parties, at, issues) ? record : undefined;
    case 'careNetworks':
      return repairNetwork(record as CareNetwork, ctx, at, issues) as CollectionRecord[C] | undefined;
    case 'goalTrees':
      return repairGoalTree(record as GoalTree, ctx, at, issues) as CollectionRecord[C];
    case 'checks':
      return repairCheck(record as CooperationCheck, ctx, at, issues) as CollectionRecord[C];
    case 'routes':
      return repairRoute(record as Route, ctx.parties, path, issues, ctx.goals) as CollectionRecord[C];
  }
  return record;
}

function relationEndsExist(r: Relation, ids: ReadonlySet<string>, at: At, issues: Issue[]): boolean {
  let ok = true;
  for (const end of ['source', 'target'] as const) {
    if (!ids.has(r[end])) {
      issues.push(issue(jsonPath(at(end)), 'error', 'missing-party', 'missingParty', r[end]));
      ok = false;
    }
  }
  // A relation of the dataset is a record; one inside a care network is an item of it.
  if (ok) return true;
  if (at().length > 2) issues.push(issue(jsonPath(at()), 'error', 'item-dropped', 'itemDropped', 'relations', r.id));
  else issues.push(issue(jsonPath(at()), 'error', 'record-dropped', 'recordDropped', 'relations'));
  return ok;
}

function repairNetwork(n: CareNetwork, ctx: ReferenceContext, at: At, issues: Issue[]): CareNetwork | undefined {
  let ok = true;
  for (const end of ['carer', 'caredFor'] as const) {
    if (!ctx.parties.has(n[end])) {
      issues.push(issue(jsonPath(at(end)), 'error', 'missing-party', 'missingParty', n[end]));
      ok = false;
    }
  }
  if (!ok) {
    issues.push(issue(jsonPath(at()), 'error', 'record-dropped', 'recordDropped', 'careNetworks'));
    return undefined;
  }
  const inNetwork = new Set([n.carer, n.caredFor]);
  let regiehouder: string | undefined;
  const members = n.members.flatMap((m, i) => {
    const here = (...keys: Key[]) => at('members', i, ...keys);
    if (!ctx.parties.has(m.party)) {
      issues.push(issue(jsonPath(here('party')), 'error', 'missing-party', 'missingParty', m.party));
      issues.push(issue(jsonPath(here()), 'error', 'item-dropped', 'itemDropped', 'members', m.party));
      return [];
    }
    if (inNetwork.has(m.party)) {
      issues.push(issue(jsonPath(here('party')), 'error', 'duplicate-id', 'duplicateId', m.party));
      issues.push(issue(jsonPath(here()), 'error', 'item-dropped', 'itemDropped', 'members', m.party));
      return [];
    }
    inNetwork.add(m.party);
    if (m.regiehouder) {
      if (regiehouder) {
        issues.push(
          issue(jsonPath(here('regiehouder')), 'error', 'many-regiehouders', 'manyRegiehouders', regiehouder),
        );
        const { regiehouder: _dropped, ...rest } = m;
        return [rest];
      }
      regiehouder = m.party;
    }
    return [m];
  });
  let regisseurs = n.regisseurs;
  for (const field of NETWORK_FIELDS) {
    const party = regisseurs?.[field];
    if (party === undefined || inNetwork.has(party)) continue;
    issues.push(
      issue(jsonPath(at('regisseurs', field)), 'warning', 'missing-party', 'regisseurNotInNetwork', party, field),
    );
    const { [field]: _gone, ...rest } = regisseurs!;
    regisseurs = rest;
  }
  const relationIds = new Set<string>();
  const relations = n.relations.filter((r, i) => {
    const here = (...keys: Key[]) => at('relations', i, ...keys);
    if (relationIds.has(r.id)) {
      droppedAsDuplicate(here(), 'relations', r.id, r.id, issues);
      return false;
    }
    relationIds.add(r.id);
    return relationEndsExist(r, inNetwork, here, issues);
  });
  return { ...n, members, relations, ...(regisseurs ? { regisseurs } : {}) };
}

function repairGoalTree(tree: GoalTree, ctx: ReferenceContext, path: At, issues: Issue[]): GoalTree {
  // Goals by their place in `goals` (ids once): a tree of 50,000 goals is read with typed arrays, not an
  // object per goal.
  const goals: Goal[] = [];
  const inputIndex: number[] = [];
  const placeOf = new Map<string, number>();
  tree.goals.forEach((g, i) => {
    if (placeOf.has(g.id)) {
      droppedAsDuplicate(path('goals', i), 'goals', g.id, g.title, issues);
      return;
    }
    placeOf.set(g.id, goals.length);
    goals.push(g);
    inputIndex.push(i);
  });
  const count = goals.length;
  const at = (k: number, ...keys: Key[]) => path('goals', inputIndex[k], ...keys);
  // The main goal: the first without a parent, else the first goal (told why it now is the main goal).
  const root = Math.max(
    0,
    goals.findIndex((g) => g.parent === undefined),
  );
  /** The place of each goal's parent, -1 for the main goal. */
  const up = new Int32Array(count);
  for (let k = 0; k < count; k++) {
    const parent = goals[k].parent;
    if (k === root) up[k] = -1;
    else if (parent === undefined) {
      issues.push(issue(jsonPath(at(k)), 'warning', 'extra-root', 'extraRoot', goals[k].id));
      up[k] = root;
    } else {
      const place = placeOf.get(parent);
      if (place === undefined)
        issues.push(issue(jsonPath(at(k, 'parent')), 'error', 'missing-ref', 'missingGoal', parent));
      up[k] = place ?? root;
    }
  }
  const rootParent = goals[root]?.parent;
  if (rootParent !== undefined) {
    if (placeOf.has(rootParent))
      issues.push(issue(jsonPath(at(root, 'parent')), 'error', 'goal-cycle', 'cycleRoot', goals[root].id));
    else
      issues.push(
        issue(jsonPath(at(root, 'parent')), 'error', 'missing-ref', 'orphanRoot', goals[root].id, rootParent),
      );
  }
  // A loop is broken at its goal that comes first in the input: it goes under the main goal.
  breakParentLoops(up, (first) => {
    up[first] = root;
    issues.push(issue(jsonPath(at(first, 'parent')), 'error', 'goal-cycle', 'goalCycle', goals[first].id));
  });
  let changed = count !== tree.goals.length;
  const known = (id: string) => ctx.parties.has(id);
  const repaired = goals.map((g, k) => {
    const parent = up[k] < 0 ? undefined : goals[up[k]].id;
    let goal = g;
    if (parent !== g.parent) {
      const { parent: _p, ...rest } = g;
      goal = parent === undefined ? rest : { ...rest, parent };
    }
    // Most goals refer to known parties only: then nothing is copied.
    let partnersOk = true;
    for (const p of goal.partners) partnersOk &&= known(p);
    let stepsOk = true;
    for (const s of goal.steps) stepsOk &&= s.owner === undefined || known(s.owner);
    if (!partnersOk || !stepsOk) {
      const partners = goal.partners.filter((p, j) => {
        if (known(p)) return true;
        issues.push(issue(jsonPath(at(k, 'partners', j)), 'warning', 'missing-party', 'missingParty', p));
        return false;
      });
      const steps = goal.steps.map((s, j) => {
        if (s.owner === undefined || known(s.owner)) return s;
        issues.push(issue(jsonPath(at(k, 'steps', j, 'owner')), 'warning', 'missing-party', 'missingParty', s.owner));
        const { owner: _o, ...rest } = s;
        return rest;
      });
      goal = { ...goal, partners, steps };
    }
    if (goal !== g) changed = true;
    return goal;
  });
  return changed ? { ...tree, goals: repaired } : tree;
}

function repairCheck(check: CooperationCheck, ctx: ReferenceContext, path: At, issues: Issue[]): CooperationCheck {
  const rounds = new Set(check.rounds.map((r) => r.id));
  const aspects = new Set(check.instrument.aspects.map((a) => a.id));
  const responseIds = new Set<string>();
  const responses = check.responses.flatMap((r, i) => {
    const at = (...keys: Key[]) => path('responses', i, ...keys);
    if (responseIds.has(r.id)) {
      droppedAsDuplicate(at(), 'responses', r.id, r.id, issues);
      return [];
    }
    responseIds.add(r.id);
    if (!rounds.has(r.round)) {
      issues.push(issue(jsonPath(at('round')), 'error', 'missing-ref', 'missingRound', r.round));
      issues.push(issue(jsonPath(at()), 'error', 'item-dropped', 'itemDropped', 'responses', r.id));
      return [];
    }
    if (r.party !== undefined && !ctx.parties.has(r.party)) {
      issues.push(issue(jsonPath(at('party')), 'warning', 'missing-party', 'missingParty', r.party));
      const { party: _p, ...rest } = r;
      return [rest];
    }
    return [r];
  });
  const actions = check.actions.filter((a, i) => {
    if (aspects.has(a.aspect)) return true;
    issues.push(issue(jsonPath(path('actions', i, 'aspect')), 'error', 'missing-ref', 'missingAspect', a.aspect));
    issues.push(issue(jsonPath(path('actions', i)), 'error', 'item-dropped', 'itemDropped', 'actions', a.what));
    return false;
  });
  return responses.length === check.responses.length &&
    responses.every((r, i) => r === check.responses[i]) &&
    actions.length === check.actions.length
    ? check
    : { ...check, responses, actions };
}

/** Reports an item of `list` at `here` left out because an item before it has the same id. */
function droppedAsDuplicate(here: Key[], list: string, id: string, name: string, issues: Issue[]): void {
  issues.push(issue(jsonPath([...here, 'id']), 'error', 'duplicate-id', 'duplicateId', id));
  issues.push(issue(jsonPath(here), 'error', 'item-dropped', 'itemDropped', list, name));
}
