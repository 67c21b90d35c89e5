/**
 * Exports of a tool (files, pictures, print) and the one way a failure is reported, as ARCHITECTURE.md
 * asks: shown in the element (a notice beside the export buttons) and sent to the host as `samenspel-error`.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { SamenspelErrorEvent } from '../events/events.js';
import type { Issue } from '../sdk/issues.js';
import { commonMessages } from '../translations/common.js';
import { LocalizeController } from './localize.js';

/** The issue of an export that failed, in both languages. */
export function exportFailedIssue(): Issue {
  const { nl, en } = commonMessages;
  return { path: '$', severity: 'error', code: 'export-failed', message: { nl: nl.exportFailed, en: en.exportFailed } };
}

/** Runs a tool's exports; the tool renders `render()` beside its export buttons. */
export class ExportReport implements ReactiveController {
  /** The last failure, shown (in the element's language) until an export works. */
  #failed?: Issue;
  #localize: LocalizeController;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
    this.#localize = new LocalizeController(host);
  }

  /** An element taken out of the page and put back starts without an old notice. */
  hostDisconnected(): void {
    this.#failed = undefined;
  }

  /** Runs one export; a failure is shown and sent as `samenspel-error`. Resolves true when it worked. */
  async run(work: () => unknown): Promise<boolean> {
    try {
      await work();
    } catch {
      this.#fail();
      return false;
    }
    if (this.#failed) {
      this.#failed = undefined;
      this.host.requestUpdate();
    }
    return true;
  }

  #fail(): void {
    this.#failed = exportFailedIssue();
    this.host.requestUpdate();
    this.host.dispatchEvent(new SamenspelErrorEvent({ during: 'export', issues: [this.#failed] }));
  }

  /** The notice of the last failure, or nothing. */
  render(): TemplateResult | typeof nothing {
    return this.#failed
      ? html`<p class="status error export-failed" role="alert" part="status">${this.#failed.message[this.#localize.lang]}</p>`
      : nothing;
  }
}
