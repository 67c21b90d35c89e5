import { defineElement } from '../../internal/define.js';
import { GoalTreeElement } from './goal-tree.component.js';

export { GoalTreeElement };
defineElement('goal-tree', GoalTreeElement);

declare global {
  interface HTMLElementTagNameMap {
    'goal-tree': GoalTreeElement;
  }
}
