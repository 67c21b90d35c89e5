/** Messages every element shares, in English. */
import type { CommonMessages } from './common.js';

export const en: CommonMessages = {
  loading: 'Loading data…',
  loadFailed: (what) => `The data could not be loaded: ${what}`,
  httpStatus: (status) => `the server answered with status ${status}`,
  network: 'there is no connection to the server',
  problems: (n) => (n === 1 ? 'There is 1 problem in the data' : `There are ${n} problems in the data`),
  problemsHint: 'What was valid has been loaded. These parts were skipped or adjusted:',
  editRefused: 'This change could not be made:',
  undo: 'Undo',
  redo: 'Redo',
  close: 'Close',
};
