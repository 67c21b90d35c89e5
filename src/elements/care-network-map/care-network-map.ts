import { defineElement } from '../../internal/define.js';
import { CareNetworkMapElement } from './care-network-map.component.js';

export { CareNetworkMapElement };
defineElement('care-network-map', CareNetworkMapElement);

declare global {
  interface HTMLElementTagNameMap {
    'care-network-map': CareNetworkMapElement;
  }
}
