/** Messages of `<goal-tree>` that every page needs, in English. */
import type { GoalTreeMessages } from './goal-tree.nl.js';
import { goalLevels } from '../sdk/messages/goal-levels.js';

const q = (s: string) => `‘${s}’`;

export const en: GoalTreeMessages = {
  level: goalLevels.en,
  tree: (title) => `Goal tree: ${title}`,
  diagram: 'Tree diagram',
  emptyTitle: 'There is no goal tree yet',
  emptyReadonly: 'The goal tree appears here once there are goals.',
  missingTree: (id) => `Goal tree ${q(id)} is not in the data.`,
  hint: 'Arrow keys: move through the goals. Enter: open details.',
  touchHint: 'Tap a goal to see its details.',
  touchHintEdit: 'Tap a goal to choose it. The buttons above act on that goal.',
  details: 'Details',
  insights: 'Insights',
  exportLabel: 'Export',
  show: 'Show up to',
  upTo: (n) => `level ${n}`,
  all: 'all',
  more: 'More',
  view: 'View',
  horizontal: 'Left to right',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  fit: 'Show the whole tree',
  partOfTree: 'You see part of the tree. Scroll in the box to see the rest, or choose ‘Show the whole tree’.',
  partners: (n) => (n === 0 ? 'no partners' : n === 1 ? '1 partner' : `${n} partners`),
  steps: (done, total) => (total ? `${done} of ${total} steps done` : 'no steps'),
  indicator: {
    none: 'no indicator',
    unmeasured: 'indicator not measured yet',
    on: 'indicator reached',
    off: 'indicator not reached yet',
  },
  partLoading: 'Loading…',
  legend:
    'Each box is a goal: its kind, name, partners, steps and indicator. Lines run to the goals below it; + and − unfold and fold a goal.',
};
