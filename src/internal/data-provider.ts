import { html } from 'lit';
import { ContextProvider } from '@lit/context';
import { SamenspelElement } from './samenspel-element.js';
import { storeContext } from './context.js';

/**
 * @summary Shares one dataset with every samenspel tool inside it, so an edit in one shows in the others.
 *
 * @slot - the tools that share the data
 * @event samenspel-error - the data could not be loaded or read; `detail.issues` says why
 * @csspart status - loading and problem notices
 */
export class SamenspelData extends SamenspelElement {
  static override samenspelTag = 'samenspel-data';

  #provider = new ContextProvider(this, { context: storeContext, initialValue: this.activeStore });

  protected override updated(): void {
    if (this.#provider.value !== this.activeStore) this.#provider.setValue(this.activeStore);
  }

  override render() {
    return html`${this.renderStatus()}<slot></slot>`;
  }
}
