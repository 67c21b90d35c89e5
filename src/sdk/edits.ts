/** Building changes for the store: the removal of a party with every reference to it. */
import type { Dataset } from './model.js';
import type { Change } from './store.js';
import type { RouteStep } from './route-model.js';
import { routeUsagesOfParty, withoutKey } from './route-repair.js';

/**
 * The changes that remove a party and every reference to it (its relations, its place in networks,
 * goals, responses and routes), to apply as one undoable step. A network whose carer or naaste it is goes too.
 */
export function removePartyChanges(dataset: Dataset, id: string): Change[] {
  const changes: Change[] = [];
  for (const r of dataset.relations)
    if (r.source === id || r.target === id) changes.push({ op: 'remove', collection: 'relations', id: r.id });
  for (const net of dataset.careNetworks) {
    if (net.carer === id || net.caredFor === id) changes.push({ op: 'remove', collection: 'careNetworks', id: net.id });
    else if (net.members.some((m) => m.party === id)) {
      const { regisseurs, ...rest } = net;
      const kept = Object.fromEntries(Object.entries(regisseurs ?? {}).filter(([, p]) => p !== id));
      changes.push({
        op: 'put',
        collection: 'careNetworks',
        record: {
          ...rest,
          ...(regisseurs ? { regisseurs: kept } : {}),
          members: net.members.filter((m) => m.party !== id),
          relations: net.relations.filter((r) => r.source !== id && r.target !== id),
        },
      });
    }
  }
  for (const tree of dataset.goalTrees) {
    if (!tree.goals.some((g) => g.partners.includes(id) || g.steps.some((s) => s.owner === id))) continue;
    changes.push({
      op: 'put',
      collection: 'goalTrees',
      record: {
        ...tree,
        goals: tree.goals.map((g) => ({
          ...g,
          partners: g.partners.filter((p) => p !== id),
          steps: g.steps.map((s) => (s.owner === id ? { ...s, owner: undefined } : s)).map(dropUndefined),
        })),
      },
    });
  }
  for (const c of dataset.checks) {
    if (!c.responses.some((r) => r.party === id)) continue;
    changes.push({
      op: 'put',
      collection: 'checks',
      record: {
        ...c,
        responses: c.responses.map((r) => (r.party === id ? dropUndefined({ ...r, party: undefined }) : r)),
      },
    });
  }
  changes.push(...removePartyFromRoutes(dataset, id));
  changes.push({ op: 'remove', collection: 'parties', id });
  return changes;
}

function dropUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** The changes that take a party out of every route (lanes keep their role, annotations their text). */
export function removePartyFromRoutes(dataset: Dataset, id: string): Change[] {
  const changes: Change[] = [];
  const steps = (list: readonly RouteStep[]) =>
    list.map((s) =>
      s.annotations?.some((a) => a.owner === id)
        ? { ...s, annotations: s.annotations.map((a) => (a.owner === id ? withoutKey(a, 'owner') : a)) }
        : s,
    );
  for (const route of dataset.routes) {
    if (routeUsagesOfParty({ ...dataset, routes: [route] }, id) === 0) continue;
    changes.push({
      op: 'put',
      collection: 'routes',
      record: {
        ...route,
        lanes: route.lanes.map((l) => (l.party === id ? withoutKey(l, 'party') : l)),
        current: steps(route.current),
        desired: steps(route.desired),
      },
    });
  }
  return changes;
}
