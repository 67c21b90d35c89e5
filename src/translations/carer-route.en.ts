/** Messages of `<carer-route>` in English. */
import type { CarerRouteMessages } from './carer-route.nl.js';
import { routeWordsEn } from '../sdk/messages/route.en.js';

const q = (s: string) => `‘${s}’`;
const days = (n: number) => (n === 1 ? '1 day' : `${n} days`);
const times = (n: number, one: string, many: string) => (n === 1 ? one : many);

export const en: CarerRouteMessages = {
  ...routeWordsEn,
  route: (title) => `Route: ${title}`,
  annotationMark: { aanname: 'A', vanzelfsprekendheid: 'T', dubbeling: 'D', 'gemiste-kans': 'M', verbetering: '+' },
  noRoute: 'There is no route yet.',
  noRouteReadonly: 'The route of the carer appears here once it is in the data.',
  missingRoute: (id) => `Route ${q(id)} is not in the data.`,
  lanes: 'Who takes part',
  lanesNone: 'Nobody yet. Add the roles that take part in the route, such as Wmo consultant or carer.',
  noSteps: 'No steps yet.',
  stepLabel: (n) => `Step ${n}`,
  contactLabel: 'Kind of contact',
  contactUnknown: 'not known',
  wait: 'Waiting time',
  days,
  retell: 'Tells again',
  annotations: 'Remarks',
  goal: 'Goal in the goal tree',
  changed: 'What is different',
  isNew: 'new step',
  madeWarm: 'now a warm referral',
  quicker: (from, to) => `shorter wait: ${days(from)} becomes ${days(to)}`,
  otherLane: (from, to) => `now with ${to} (was ${from})`,
  dropped: 'This step is gone in the desired route.',
  picture: (version) => `Swimlanes: ${version}`,
  pictureHint: 'The picture says the same as the list of steps above.',
  legend:
    'Each row is a role; the steps run from left to right. A solid arrow marked ‘warm’ is a warm referral, a dashed arrow marked ‘cold’ a cold one. Letters at a step: A assumption, T taken for granted, D duplication, M missed chance, + improvement. A step under ‘Nobody’ has no owner.',
  warm: 'warm',
  cold: 'cold',
  insights: 'Insights',
  insightsCaption: 'The route in numbers: now, desired and the difference',
  figure: 'What',
  difference: 'Difference',
  figures: {
    steps: 'Steps',
    handoffs: 'Handoffs to another role',
    coldReferrals: 'Cold referrals',
    warmReferrals: 'Warm referrals',
    retellings: 'Times the carer tells the story again',
    waitDays: 'Waiting time in days',
    noOwner: 'Steps with no owner',
  },
  summary: (steps, handoffs, cold, retell, wait) =>
    `${times(steps, '1 step', `${steps} steps`)}, ${times(handoffs, '1 handoff', `${handoffs} handoffs`)}, ${times(cold, '1 cold referral', `${cold} cold referrals`)}, tells the story again ${times(retell, 'once', `${retell} times`)}, ${days(wait)} of waiting.`,
  changes: 'What changes',
  removedSteps: 'Steps that are gone',
  addedSteps: 'New steps',
  warmSteps: 'Referrals that become warm',
  quickerSteps: 'Steps with less waiting',
  none: 'None.',
  noDesired: 'There is no desired route yet, so there is no difference either.',
  blockedTitle: 'Where information cannot flow',
  blocked: (from, to, step) =>
    `Information cannot flow from ${from} to ${to} (step ${step}): ${from} shares nothing about the personal situation. The carer then has to tell it again.`,
  annotationsCount: 'Remarks by kind',
  export: 'Export',
  csv: 'CSV (spreadsheet)',
  json: 'samenspel file (JSON)',
  svg: 'SVG (image)',
  png: 'PNG (image)',
  print: 'Print',
};
