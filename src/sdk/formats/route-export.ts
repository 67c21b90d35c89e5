/** Export of a carer's route as CSV: one row per step of both versions, formula-safe. No DOM. */
import type { Party } from '../model.js';
import { ROUTE_VERSIONS, type Route } from '../route-model.js';
import { laneOf, routeOrder, stepsOf } from '../route.js';
import { toCsv } from './csv.js';
import { nl } from '../../translations/carer-route.js';
import { en } from '../../translations/carer-route.en.js';
import type { Lang } from '../../translations/localize.js';

/** Every step of both versions in route order, with its lane, party, contact, waiting, what is told again and its remarks. */
export function routeToCsv(route: Route, parties: readonly Party[] = [], lang: Lang = 'nl'): string {
  const t = lang === 'en' ? en : nl;
  const names = new Map(parties.map((p) => [p.id, p.name]));
  const rows = ROUTE_VERSIONS.flatMap((version) => routeOrder(stepsOf(route, version)).map((step, i) => {
    const lane = laneOf(route, step);
    const remarks = (step.annotations ?? []).map((a) => {
      const extra = [a.owner && `${t.owner}: ${names.get(a.owner) ?? a.owner}`, a.due && `${t.due}: ${a.due}`].filter(Boolean).join(', ');
      return `${t.annotation[a.kind]}: ${a.text}${extra ? ` (${extra})` : ''}`;
    });
    return [
      t.version[version], i + 1, step.id, lane?.role ?? t.nobody, lane?.party ? (names.get(lane.party) ?? lane.party) : '', step.what,
      step.contact ? t.contact[step.contact] : '', step.waitDays ?? '', step.retell ?? '', remarks.join(' | '),
    ];
  }));
  return toCsv(t.csvHeader, rows);
}
