/**
 * An export that fails is reported the same way in every tool (ARCHITECTURE.md): a notice in the
 * element that a screen reader hears (role=alert), and `samenspel-error` with `during: 'export'`.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/elements/care-network-map/care-network-map.js';
import '../../src/elements/carer-route/carer-route.js';
import '../../src/elements/goal-tree/goal-tree.js';
import '../../src/elements/who-is-who/who-is-who.js';
import '../../src/elements/cooperation-check/cooperation-check.js';
import type { SamenspelElement } from '../../src/internal/samenspel-element.js';
import type { SamenspelErrorEvent } from '../../src/events/events.js';
import { sampleDataset } from '../../src/sdk/sample.js';
import { refuseDownloads } from '../helpers/downloads.js';

const notice = (el: Element) => el.shadowRoot!.querySelector('[role="alert"].export-failed');
const button = (el: Element, selector: string, text?: string) =>
  [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)].find(
    (b) => text === undefined || b.textContent!.trim() === text,
  )!;

/** Clicks the export while the browser refuses files; the notice (in Dutch and English) and the event. */
async function failing(el: SamenspelElement, click: () => void): Promise<void> {
  const refused = refuseDownloads();
  try {
    const error = oneEvent(el, 'samenspel-error') as Promise<SamenspelErrorEvent>;
    click();
    const { detail } = await error;
    expect(detail.during).to.equal('export');
    expect(detail.issues.map((i) => i.code)).to.deep.equal(['export-failed']);
    expect(detail.issues[0].message).to.deep.equal({
      nl: 'Exporteren is niet gelukt.',
      en: 'The export did not work.',
    });
    await el.updateComplete;
    expect(notice(el)?.textContent?.trim()).to.equal('Exporteren is niet gelukt.');
    await expect(el).to.be.accessible();
    el.setAttribute('lang', 'en');
    await waitUntil(() => notice(el)?.textContent?.trim() === 'The export did not work.', 'the notice in English');
  } finally {
    refused.restore();
  }
}

describe('an export that fails', function () {
  this.timeout(30_000);

  it('<care-network-map> shows it and sends samenspel-error; the next export that works clears it', async () => {
    const el = await fixture<SamenspelElement>(html`<care-network-map .data=${sampleDataset()}></care-network-map>`);
    await failing(el, () => button(el, '[data-export="json"]').click());
    const saved = URL.createObjectURL;
    URL.createObjectURL = () => 'blob:caught';
    try {
      button(el, '[data-export="json"]').click();
      await waitUntil(() => !notice(el), 'the notice goes once an export works');
    } finally {
      URL.createObjectURL = saved;
    }
  });

  it('<carer-route> shows it and sends samenspel-error', async () => {
    const el = await fixture<SamenspelElement>(html`<carer-route .data=${sampleDataset()}></carer-route>`);
    await failing(el, () => button(el, '.export button', 'CSV (spreadsheet)').click());
  });

  it('<goal-tree> shows it in the export menu and sends samenspel-error', async () => {
    const el = await fixture<SamenspelElement>(html`<goal-tree .data=${sampleDataset()}></goal-tree>`);
    button(el, 'details.menu summary').click();
    await waitUntil(() => el.shadowRoot!.querySelector('[data-export="json"]'), 'the export menu loads');
    await failing(el, () => button(el, '[data-export="json"]').click());
  });

  it('<who-is-who> shows it in the export menu and sends samenspel-error', async () => {
    const el = await fixture<SamenspelElement>(html`<who-is-who .data=${sampleDataset()}></who-is-who>`);
    await waitUntil(() => el.shadowRoot!.querySelector('details.export'), 'the export menu is there');
    button(el, 'details.export summary').click();
    await failing(el, () => button(el, '.export-menu button', 'Spreadsheet (CSV)').click());
  });

  it('<cooperation-check> shows it beside the downloads and sends samenspel-error', async () => {
    const el = await fixture<SamenspelElement>(
      html`<cooperation-check mode="results" editable .data=${sampleDataset()}></cooperation-check>`,
    );
    await waitUntil(() => el.shadowRoot!.querySelector('[part="export"] button'), 'the results are there');
    await failing(el, () => button(el, '[part="export"] button').click());
  });
});
