import { defineElement } from '../../internal/define.js';
import { CarerRouteElement } from './carer-route.component.js';

export { CarerRouteElement };
defineElement('carer-route', CarerRouteElement);

declare global {
  interface HTMLElementTagNameMap {
    'carer-route': CarerRouteElement;
  }
}
