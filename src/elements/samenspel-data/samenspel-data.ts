import { defineElement } from '../../internal/define.js';
import { SamenspelData } from './samenspel-data.component.js';

export { SamenspelData };
defineElement('samenspel-data', SamenspelData);

declare global {
  interface HTMLElementTagNameMap {
    'samenspel-data': SamenspelData;
  }
}
