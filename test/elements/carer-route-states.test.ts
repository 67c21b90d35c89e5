import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { a11ySnapshot, emulateMedia, executeServerCommand, setViewport } from '@web/test-runner-commands';
import '../../src/elements/carer-route/carer-route.js';
import '../../src/elements/samenspel-data/samenspel-data.js';
import type { SamenspelData } from '../../src/elements/samenspel-data/samenspel-data.component.js';
import type { CarerRouteElement } from '../../src/elements/carer-route/carer-route.component.js';
import { createStore } from '../../src/sdk/store.js';
import { sampleDataset } from '../../src/sdk/sample.js';
import { routeOrder } from '../../src/sdk/route.js';
import { nl } from '../../src/translations/carer-route.js';

const root = (el: CarerRouteElement) => el.shadowRoot!;
const box = (el: CarerRouteElement, selector: string) => root(el).querySelector(selector)!.getBoundingClientRect();
const shown = (el: CarerRouteElement, selector: string) =>
  [...root(el).querySelectorAll<HTMLElement>(selector)].filter((n) => getComputedStyle(n).display !== 'none');

async function sample(editable = false): Promise<CarerRouteElement> {
  const el = await fixture<CarerRouteElement>(
    html`<carer-route ?editable=${editable} lang="nl" .store=${createStore(sampleDataset())}></carer-route>`,
  );
  await el.updateComplete;
  return el;
}

/** The page's own style rules (`@page` among them). */
const pageRules = () =>
  [...document.adoptedStyleSheets].flatMap((s) => [...s.cssRules].map((r) => r.cssText)).join(' ');

/** Presses the print button; resolves with the page's style rules at the moment it prints. */
async function printedPage(el: CarerRouteElement): Promise<string> {
  const realPrint = window.print;
  let page: string | undefined;
  window.print = () => void (page = pageRules());
  try {
    [...root(el).querySelectorAll<HTMLButtonElement>('.export button')]
      .find((b) => b.textContent!.trim() === 'Afdrukken')!
      .click();
    await waitUntil(() => page !== undefined, 'the page printed');
  } finally {
    window.print = realPrint;
  }
  return page!;
}

/** A node of the browser's accessibility tree (only the nodes a screen reader stops at). */
interface AxNode {
  role: string;
  name: string;
  children?: AxNode[];
}
const flat = (node: AxNode): AxNode[] => [node, ...(node.children ?? []).flatMap(flat)];

describe('<carer-route>: the states a page can show', function () {
  // axe over the whole sample route, side by side, takes a while on a busy machine.
  this.timeout(60_000);
  afterEach(async () => {
    await emulateMedia({ media: 'screen' });
    await setViewport({ width: 800, height: 600 });
  });

  it('shows both versions side by side on a wide page, each with its picture, and passes axe', async () => {
    await setViewport({ width: 1280, height: 800 });
    const el = await sample(true);
    const current = box(el, 'section.version.current');
    const desired = box(el, 'section.version.desired');
    expect(desired.top, 'the versions start at the same height').to.be.closeTo(current.top, 1);
    expect(desired.left, 'the desired version stands beside the current one').to.be.at.least(current.right);
    expect(root(el).querySelectorAll('section.version svg[data-version]')).to.have.length(2);
    // The insights compare them: what, now, desired, difference.
    expect(root(el).querySelectorAll('.insights thead th')).to.have.length(4);
    await expect(el).to.be.accessible();
  });

  it('prints both versions one below the other without the controls, and the print button prints', async () => {
    const el = await sample(true);
    // The swimlanes are wide pictures: landscape paper, for the print only.
    expect(await printedPage(el)).to.contain('landscape');
    window.dispatchEvent(new Event('afterprint'));
    expect(pageRules()).not.to.contain('landscape');
    await emulateMedia({ media: 'print' });
    expect(shown(el, 'form, .bar, .controls, .picture-export, .export'), 'no control on paper').to.have.length(0);
    expect(box(el, 'section.version.desired').top).to.be.at.least(box(el, 'section.version.current').bottom - 1);
    // The swimlane, wider than the page on screen, is scaled to the paper's width instead of cut off.
    for (const v of ['current', 'desired'])
      expect(box(el, `svg[data-version="${v}"]`).right, v).to.be.at.most(box(el, '.base').right + 1);
    expect(shown(el, 'ol.steps > li')).to.have.length(
      routeOrder(el.carerRoute!.current).length + routeOrder(el.carerRoute!.desired).length,
    );
    await expect(el).to.be.accessible();
  });

  it('prints a route shown as text only on the paper the browser offers: it is a list', async () => {
    const el = await fixture<CarerRouteElement>(
      html`<carer-route view="text" lang="nl" .store=${createStore(sampleDataset())}></carer-route>`,
    );
    await el.updateComplete;
    expect(await printedPage(el)).not.to.contain('landscape');
    window.dispatchEvent(new Event('afterprint'));
  });

  it('downloads CSV (formula-safe), the route as a samenspel file, and each picture as SVG and PNG', async () => {
    const data = sampleDataset();
    const route = data.routes[0];
    // A step typed as a formula stays text in a spreadsheet.
    data.routes = [{ ...route, current: [{ ...route.current[0], what: '=1+1 telt Ans' }, ...route.current.slice(1)] }];
    const el = await fixture<CarerRouteElement>(html`<carer-route lang="nl" .data=${data}></carer-route>`);
    await el.updateComplete;
    const files: { name: string; blob: Blob }[] = [];
    const create = URL.createObjectURL;
    const click = HTMLAnchorElement.prototype.click;
    let last: Blob | undefined;
    URL.createObjectURL = (blob: Blob | MediaSource) => ((last = blob as Blob), 'blob:caught');
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      if (this.download && last) files.push({ name: this.download, blob: last });
    };
    try {
      const press = async (label: string) => {
        const before = files.length;
        [...root(el).querySelectorAll<HTMLButtonElement>('button')]
          .find((b) => (b.getAttribute('aria-label') ?? b.textContent!.trim()) === label)!
          .click();
        // A PNG is painted first, which takes a moment on a busy machine.
        await waitUntil(() => files.length > before, `a file from ${label}`, { timeout: 10_000 });
      };
      await press(nl.csv);
      await press(nl.json);
      await press(`${nl.svg} – ${nl.version.desired}`);
      await press(`${nl.png} – ${nl.version.current}`);
    } finally {
      URL.createObjectURL = create;
      HTMLAnchorElement.prototype.click = click;
    }
    expect(files.map((f) => [f.name, f.blob.type])).to.deep.equal([
      ['mantelzorger-van-iemand-met-dementie-zoekt-respijtzorg.csv', 'text/csv;charset=utf-8'],
      ['mantelzorger-van-iemand-met-dementie-zoekt-respijtzorg.json', 'application/json'],
      ['mantelzorger-van-iemand-met-dementie-zoekt-respijtzorg-zoals-we-het-willen.svg', 'image/svg+xml'],
      ['mantelzorger-van-iemand-met-dementie-zoekt-respijtzorg-zoals-het-nu-gaat.png', 'image/png'],
    ]);
    const csv = await files[0].blob.text();
    expect(csv).to.contain(";'=1+1 telt Ans;").and.not.contain(';=1+1');
    const json = JSON.parse(await files[1].blob.text());
    expect(json.routes.map((r: { id: string }) => r.id)).to.deep.equal([route.id]);
    expect(await files[2].blob.text()).to.match(/^<svg[^>]*data-version="desired"/);
    const png = new Uint8Array(await files[3].blob.arrayBuffer()).slice(0, 4);
    expect([...png]).to.deep.equal([0x89, 0x50, 0x4e, 0x47]);
  });

  it('gives a screen reader each version in route order: step, who, what, kind of contact, remarks', async () => {
    const el = await sample();
    // The browser's accessibility tree of the page, not the DOM: what a screen reader is given to read.
    const tree = (await a11ySnapshot({})) as unknown as AxNode;
    const route = el.carerRoute!;
    const lane = (id?: string) => route.lanes.find((l) => l.id === id)?.role ?? nl.nobody;
    for (const version of ['current', 'desired'] as const) {
      const region = flat(tree).find((n) => n.role === 'region' && n.name === nl.version[version]);
      expect(region, `a region named ${nl.version[version]}`).to.not.equal(undefined);
      const read = flat(region!)
        .map((n) => n.name)
        .join(' ')
        .replace(/\s+/g, ' ');
      let from = 0;
      routeOrder(route[version]).forEach((step, i) => {
        const parts = [
          `Stap ${i + 1}`,
          lane(step.lane),
          step.what,
          `Soort contact: ${step.contact ? nl.contact[step.contact] : nl.contactUnknown}`,
          ...(step.annotations ?? []).flatMap((a) => [nl.annotation[a.kind], a.text]),
        ];
        for (const part of parts) {
          const at = read.indexOf(part, from);
          expect(at, `${version}, step ${i + 1}: “${part}” is read after what came before`).to.be.greaterThan(-1);
          from = at + part.length;
        }
      });
    }
  });

  it('shows a route made in a live room to the others in it, and passes axe there', async () => {
    const server = (action: string, payload: Record<string, unknown> = {}) =>
      executeServerCommand<Record<string, string>, Record<string, unknown>>('samenspel-live-server', {
        action,
        ...payload,
      });
    const { url } = await server('start');
    const room = `route-${Math.random().toString(36).slice(2, 10)}`;
    const { token } = await server('token', { room });
    const join = (name: string) =>
      fixture<SamenspelData>(
        html`<samenspel-data lang="nl" room=${room} server=${url} token=${token} user-name=${name}>
          <carer-route editable lang="nl"></carer-route>
        </samenspel-data>`,
      );
    const routeIn = (data: SamenspelData) => data.querySelector('carer-route')!;
    const steps = (data: SamenspelData) =>
      root(routeIn(data)).querySelectorAll('section.version.current ol.steps > li');
    const until = (check: () => boolean, what: string) => waitUntil(check, what, { timeout: 15_000 });

    const a = await join('Anja');
    const b = await join('Bram');
    const sample = sampleDataset();
    await until(() => !!a.presence, 'A joined the room');
    expect(
      a.activeStore.apply([
        ...sample.parties.map((record) => ({ op: 'put' as const, collection: 'parties' as const, record })),
        { op: 'put', collection: 'routes', record: sample.routes[0] },
      ]).ok,
    ).to.equal(true);
    await until(() => steps(b).length === routeOrder(sample.routes[0].current).length, 'B sees the route A made');
    await routeIn(b).updateComplete;
    await expect(routeIn(b)).to.be.accessible();
    await expect(b).to.be.accessible();
  });
});
