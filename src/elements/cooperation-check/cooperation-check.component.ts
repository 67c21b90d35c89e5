import { html } from 'lit';
import { SamenspelElement } from '../../internal/samenspel-element.js';
import { baseStyles } from '../../internal/styles.js';
import { commonMessages } from '../../translations/common.js';

/**
 * @summary Not available yet: shows an honest notice until this tool is built.
 */
export class CooperationCheckElement extends SamenspelElement {
  static override samenspelTag = 'cooperation-check';
  static override styles = baseStyles;

  override render() {
    const t = this.localize.messages(commonMessages);
    return html`<p class="status" role="note">${t.unavailable('cooperation-check')}</p>`;
  }
}
