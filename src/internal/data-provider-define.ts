import { defineElement } from './define.js';
import { SamenspelData } from './data-provider.js';

defineElement('samenspel-data', SamenspelData);

declare global {
  interface HTMLElementTagNameMap {
    'samenspel-data': SamenspelData;
  }
}
