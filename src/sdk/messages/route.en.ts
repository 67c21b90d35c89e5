/** Words of a carer's route, in English. */
import type { RouteWords } from './route.js';

export const routeWordsEn: RouteWords = {
  version: { current: 'As it goes now', desired: 'As we want it' },
  contact: {
    signaal: 'signal',
    'eerste-contact': 'first contact',
    vraagverheldering: 'question clarification',
    'warme-verwijzing': 'warm referral',
    'koude-verwijzing': 'cold referral',
    intake: 'intake',
    indicatie: 'indication',
    'ondersteuning-geregeld': 'support arranged',
    nazorg: 'follow-up',
  },
  annotation: {
    aanname: 'Assumption',
    vanzelfsprekendheid: 'Taken for granted',
    dubbeling: 'Duplication',
    'gemiste-kans': 'Missed chance',
    verbetering: 'Improvement',
  },
  nobody: 'Nobody',
  owner: 'who',
  due: 'done by',
  csvHeader: [
    'Version',
    'Number',
    'Step id',
    'Who (role)',
    'Party',
    'What happens',
    'Kind of contact',
    'Waiting (days)',
    'Tells again',
    'Remarks',
  ],
};
