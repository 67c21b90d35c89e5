import { defineElement } from '../../internal/define.js';
import { WhoIsWhoElement } from './who-is-who.component.js';

export { WhoIsWhoElement };
defineElement('who-is-who', WhoIsWhoElement);

declare global {
  interface HTMLElementTagNameMap {
    'who-is-who': WhoIsWhoElement;
  }
}
