/** Export of a carer's route: CSV (one row per step of both versions, formula-safe) and a samenspel document of its own. No DOM. */
import type { Dataset, Party } from '../model.js';
import { ROUTE_VERSIONS, type Route } from '../route-model.js';
import { laneOf, routeOrder, stepsOf } from '../route.js';
import { toCsv } from './csv.js';
import { partDocument } from './part-document.js';
import { routeWordsNl } from '../messages/route.js';
import { routeWordsEn } from '../messages/route.en.js';
import type { Lang } from '../messages/lang.js';

/** Every step of both versions in route order, with its lane, party, contact, waiting, what is told again and its remarks. */
export function routeToCsv(route: Route, parties: readonly Party[] = [], lang: Lang = 'nl'): string {
  const t = lang === 'en' ? routeWordsEn : routeWordsNl;
  const names = new Map(parties.map((p) => [p.id, p.name]));
  const rows = ROUTE_VERSIONS.flatMap((version) =>
    routeOrder(stepsOf(route, version)).map((step, i) => {
      const lane = laneOf(route, step);
      const remarks = (step.annotations ?? []).map((a) => {
        const extra = [a.owner && `${t.owner}: ${names.get(a.owner) ?? a.owner}`, a.due && `${t.due}: ${a.due}`]
          .filter(Boolean)
          .join(', ');
        return `${t.annotation[a.kind]}: ${a.text}${extra ? ` (${extra})` : ''}`;
      });
      return [
        t.version[version],
        i + 1,
        step.id,
        lane?.role ?? t.nobody,
        lane?.party ? (names.get(lane.party) ?? lane.party) : '',
        step.what,
        step.contact ? t.contact[step.contact] : '',
        step.waitDays ?? '',
        step.retell ?? '',
        remarks.join(' | '),
      ];
    }),
  );
  return toCsv(t.csvHeader, rows);
}

/**
 * A samenspel document (JSON) with only this route and the parties it refers to (lanes and remarks'
 * owners), so it can be read on its own — by `parseDataset`, or by `<carer-route>` elsewhere — without an issue.
 */
export function routeDocument(dataset: Dataset, route: Route): Dataset {
  const used = new Set<string>();
  for (const lane of route.lanes) if (lane.party !== undefined) used.add(lane.party);
  for (const step of [...route.current, ...route.desired])
    for (const a of step.annotations ?? []) if (a.owner !== undefined) used.add(a.owner);
  return partDocument(dataset, route.title, { routes: [route] }, used);
}
