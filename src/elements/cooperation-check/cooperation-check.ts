import { defineElement } from '../../internal/define.js';
import { CooperationCheckElement } from './cooperation-check.component.js';

export { CooperationCheckElement };
defineElement('cooperation-check', CooperationCheckElement);

declare global {
  interface HTMLElementTagNameMap {
    'cooperation-check': CooperationCheckElement;
  }
}
