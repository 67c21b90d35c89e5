import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/elements/carer-route/carer-route.js';
import type { CarerRouteElement } from '../../src/elements/carer-route/carer-route.component.js';
import { pictureSvg } from '../../src/elements/carer-route/carer-route.export.js';
import { svgToCanvas } from '../../src/internal/svg-canvas.js';
import type { ChangeDetail, SamenspelErrorEvent } from '../../src/events/events.js';
import { createStore } from '../../src/sdk/store.js';
import { emptyDataset, type Dataset } from '../../src/sdk/model.js';
import { sampleDataset } from '../../src/sdk/sample.js';
import { routeOrder } from '../../src/sdk/route.js';
import type { Route } from '../../src/sdk/route-model.js';
import { nl } from '../../src/translations/carer-route.js';
import { pressChord } from '../helpers/keys.js';

const root = (el: CarerRouteElement) => el.shadowRoot!;
const active = (el: CarerRouteElement) => root(el).activeElement as HTMLElement | null;
const text = (node: Element) => (node.textContent ?? '').replace(/\s+/g, ' ').trim();
const stepItems = (el: CarerRouteElement, version: 'current' | 'desired') => [
  ...root(el).querySelectorAll(`section.version.${version} ol.steps > li`),
];
const routeOf = (el: CarerRouteElement) => el.activeStore.snapshot.routes[0];

async function press(el: CarerRouteElement, chord: string): Promise<void> {
  await pressChord(chord);
  await el.updateComplete;
}

/** Presses Tab (or Shift+Tab) until the focused element matches; fails after `max` presses. */
async function tabTo(
  el: CarerRouteElement,
  matches: (e: HTMLElement) => boolean,
  back = false,
  max = 80,
): Promise<void> {
  for (let i = 0; i < max; i++) {
    const at = active(el);
    if (at && matches(at)) return;
    await press(el, back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`focus never reached the element; it is on ${active(el)?.outerHTML.slice(0, 120)}`);
}

const field = (name: string, form: string) => (e: HTMLElement) => e.getAttribute('name') === name && !!e.closest(form);
const labelled = (label: string) => (e: HTMLElement) => e.localName === 'button' && text(e) === label;

async function typeEnter(el: CarerRouteElement, value: string): Promise<void> {
  await sendKeys({ type: value });
  await press(el, 'Enter');
}

async function sample(attrs: { editable?: boolean; lang?: string } = {}): Promise<CarerRouteElement> {
  const el = await fixture<CarerRouteElement>(
    html`<carer-route ?editable=${attrs.editable} lang=${attrs.lang ?? 'nl'} .store=${createStore(sampleDataset())}></carer-route>`,
  );
  await el.updateComplete;
  return el;
}

describe('<carer-route>: the text view', function () {
  // axe over the whole sample route takes a while on a busy machine.
  this.timeout(60_000);
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('reads every lane, and every step with who acts, its kind of contact and its annotations, in route order', async () => {
    const el = await sample();
    const route = routeOf(el);
    const parties = new Map(sampleDataset().parties.map((p) => [p.id, p.name]));
    const laneText = (id?: string) => {
      const lane = route.lanes.find((l) => l.id === id);
      return lane ? (lane.party ? `${lane.role} (${parties.get(lane.party)})` : lane.role) : nl.nobody;
    };
    expect([...root(el).querySelectorAll('.lanes ol > li')].map(text)).to.deep.equal(
      route.lanes.map((l) => laneText(l.id)),
    );
    for (const version of ['current', 'desired'] as const) {
      const items = stepItems(el, version);
      const steps = routeOrder(route[version]);
      expect(items.length).to.equal(steps.length);
      steps.forEach((step, i) => {
        const read = text(items[i]);
        const parts = [
          `Stap ${i + 1}.`,
          `${laneText(step.lane)}: ${step.what}`,
          `Soort contact: ${step.contact ? nl.contact[step.contact] : nl.contactUnknown}.`,
          ...(step.annotations ?? []).map((a) => `${nl.annotation[a.kind]}: ${a.text}`),
        ];
        let from = 0;
        for (const part of parts) {
          const at = read.indexOf(part, from);
          expect(at, `step ${i + 1} of ${version} reads “${part}” after what came before: ${read}`).to.be.greaterThan(
            -1,
          );
          from = at + part.length;
        }
      });
    }
    // What changed, in words, on the desired steps; and the step that is gone, on the current one.
    const desired = stepItems(el, 'desired').map(text);
    expect(desired[0]).to.contain('Wat is er anders: nieuwe stap');
    expect(desired[5]).to.contain('nu een warme verwijzing').and.contain('wachttijd korter: 14 dagen wordt 5 dagen');
    expect(text(stepItems(el, 'current')[1])).to.contain(nl.dropped);
    await expect(el).to.be.accessible();
  });

  it('draws warm and cold referrals by line style and by word, and exports a picture the canvas painter reads', async () => {
    const el = await sample();
    const current = root(el).querySelector('svg[data-version="current"]')!;
    const labels = [...current.querySelectorAll('.arrow-label')].map(text);
    expect(labels).to.deep.equal(['koud', 'koud']);
    expect(current.querySelectorAll('path.arrow.cold')).to.have.length(2);
    expect(getComputedStyle(current.querySelector('path.arrow.cold')!).strokeDasharray).to.not.equal('none');
    const desired = root(el).querySelector('svg[data-version="desired"]')!;
    expect([...desired.querySelectorAll('.arrow-label')].map(text)).to.deep.equal(['warm', 'warm']);
    expect(
      Number.parseFloat(getComputedStyle(desired.querySelector('path.arrow.warm')!).strokeWidth),
    ).to.be.greaterThan(2);
    const file = pictureSvg(el.shadowRoot!.querySelector('svg[data-version="desired"]'));
    expect(file).to.match(/^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"[^>]*><style>/);
    expect(file).to.not.contain('<!--');
    const canvas = svgToCanvas(file, 1);
    expect(canvas.width).to.equal(Number(desired.getAttribute('width')));
  });

  it('compares both versions in the insights table, with the difference', async () => {
    const el = await sample();
    const rows = [...root(el).querySelectorAll('.insights tbody tr')].map((tr) => [...tr.children].map(text));
    expect(rows.find((r) => r[0] === nl.figures.coldReferrals)).to.deep.equal([
      nl.figures.coldReferrals,
      '2',
      '0',
      '−2',
    ]);
    expect(rows.find((r) => r[0] === nl.figures.waitDays)).to.deep.equal([nl.figures.waitDays, '118', '53', '−65']);
    expect(rows.find((r) => r[0] === nl.figures.noOwner)).to.deep.equal([nl.figures.noOwner, '1', '0', '−1']);
    expect(rows.find((r) => r[0] === nl.annotation.verbetering)).to.deep.equal([
      nl.annotation.verbetering,
      '0',
      '3',
      '+3',
    ]);
  });

  it('is usable at 320 px: the text view comes first, nothing runs off the side', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await sample({ editable: true });
    const list = root(el).querySelector('section.version.current ol.steps')!.getBoundingClientRect();
    const picture = root(el).querySelector('section.version.current .picture')!.getBoundingClientRect();
    const desired = root(el).querySelector('section.version.desired')!.getBoundingClientRect();
    expect(list.top).to.be.lessThan(picture.top);
    expect(desired.top, 'versions stack').to.be.greaterThan(picture.top);
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    for (const node of root(el).querySelectorAll('li, form, p, h2, h3, table')) {
      if (node.closest('.scroll')) continue;
      expect(node.getBoundingClientRect().right, node.localName).to.be.at.most(321);
    }
    await expect(el).to.be.accessible();
  });

  it('lays out a long route’s steps out of view only when they come near, and a short route whole', async () => {
    const short = await sample();
    const skipped = (el: CarerRouteElement) =>
      [...root(el).querySelectorAll('ol.steps > li')].filter((li) => getComputedStyle(li).contentVisibility === 'auto')
        .length;
    expect(skipped(short), 'the sample route is laid out whole').to.equal(0);
    const data = sampleDataset();
    const route = data.routes[0];
    const current = Array.from({ length: 40 }, (_, i) => ({ id: `lang-${i}`, what: `Stap ${i + 1}` }));
    const el = await fixture<CarerRouteElement>(
      html`<carer-route .store=${createStore({ ...data, routes: [{ ...route, current, desired: [] }] })}></carer-route>`,
    );
    await el.updateComplete;
    expect(skipped(el), 'every step of the long route').to.equal(40);
    // Every step stays in the page, so a screen reader and find-in-page still reach it.
    expect(text(stepItems(el, 'current')[39])).to.contain('Stap 40');
  });

  it('shows the text view alone with view="text", one version with version="desired", and reads in English', async () => {
    const el = await sample({ lang: 'en' });
    el.view = 'text';
    el.version = 'desired';
    await el.updateComplete;
    expect(root(el).querySelector('svg')).to.equal(null);
    expect(root(el).querySelectorAll('section.version')).to.have.length(1);
    expect(text(stepItems(el, 'desired')[1]))
      .to.contain('Step 2.')
      .and.contain('Kind of contact: warm referral.');
    await expect(el).to.be.accessible();
  });

  it('reports a broken route with paths, shows the valid rest, and invites when there is no route', async () => {
    const errors: SamenspelErrorEvent[] = [];
    const [first, ...lanes] = sampleDataset().routes[0].lanes;
    const data = {
      ...sampleDataset(),
      routes: [
        {
          ...sampleDataset().routes[0],
          // A lane played by a party that is not in the dataset, an unknown kind of contact, a loop in next.
          lanes: [{ ...first, party: 'vertrokken' }, ...lanes],
          current: [
            { id: 'a', what: 'Iets', contact: 'telepathie' },
            { id: 'b', what: 'Daarna', next: 'a' },
          ],
        },
      ],
    };
    const el = await fixture<CarerRouteElement>(
      html`<carer-route lang="nl" @samenspel-error=${(e: SamenspelErrorEvent) => errors.push(e)} .data=${data}></carer-route>`,
    );
    await el.updateComplete;
    expect(errors[0].detail.issues.map((i) => i.path)).to.deep.equal([
      '$.routes[0].current[0].contact',
      '$.routes[0].lanes[0].party',
      '$.routes[0].current[1].next',
    ]);
    // The lane keeps its role, the steps their text; only what was broken is left out.
    expect(text(root(el).querySelector('.lanes ol > li')!)).to.equal(first.role);
    expect(el.activeStore.snapshot.routes[0].lanes).to.have.length(lanes.length + 1);
    expect(text(root(el).querySelector('[part~="problems"]')!)).to.contain('loopt de route in een kring');
    expect(stepItems(el, 'current').map((li) => text(li.querySelector('.what')!))).to.deep.equal(['Iets', 'Daarna']);
    await expect(el).to.be.accessible();

    const empty = await fixture<CarerRouteElement>(html`<carer-route lang="nl"></carer-route>`);
    await empty.updateComplete;
    expect(text(root(empty).querySelector('[part="invitation"]')!)).to.contain(nl.noRouteReadonly);
    await expect(empty).to.be.accessible();
  });
});

describe('<carer-route editable>', () => {
  it('builds a route of 8 steps with two annotations and a warm referral with the keyboard alone, from empty', async function () {
    // Some two hundred key presses, each awaited until the element has rendered.
    this.timeout(180_000);
    const el = await fixture<CarerRouteElement>(html`<carer-route editable lang="nl"></carer-route>`);
    await el.updateComplete;
    await expect(el).to.be.accessible();
    const changes: ChangeDetail[] = [];
    el.addEventListener('samenspel-change', (e) => changes.push(e.detail));

    await tabTo(el, field('title', 'form.start'));
    await typeEnter(el, 'Mantelzorger zoekt respijtzorg');
    expect(active(el)?.getAttribute('name')).to.equal('role');
    for (const role of ['mantelzorger', 'Wmo-consulent', 'mantelzorgconsulent', 'zorgbemiddelaar'])
      await typeEnter(el, role);
    expect(routeOf(el).lanes.map((l) => l.role)).to.deep.equal([
      'mantelzorger',
      'Wmo-consulent',
      'mantelzorgconsulent',
      'zorgbemiddelaar',
    ]);

    const steps: [string, string, string?][] = [
      ['mantelzorger', 'Ans merkt dat ze het niet volhoudt'],
      ['w', 'Keukentafelgesprek'],
      ['w', 'Vraagt ook naar Ans zelf'],
      ['mantelzorgc', 'Belt met Ans erbij het steunpunt', 'warm'],
      ['mantelzorgc', 'Gesprek over wat Ans nodig heeft'],
      ['w', 'Indicatie voor logeeropvang'],
      ['z', 'Regelt een plek in het logeerhuis'],
      ['mantelzorgc', 'Belt na zes weken'],
    ];
    await tabTo(el, field('lane', 'form.add-step[data-version="current"]'));
    for (const [lane, what, contact] of steps) {
      await tabTo(el, field('lane', 'form.add-step[data-version="current"]'), true);
      await sendKeys({ type: lane });
      await press(el, 'Tab');
      await sendKeys({ type: what });
      if (contact) {
        await press(el, 'Tab');
        await sendKeys({ type: contact });
        await press(el, 'Shift+Tab');
      }
      await press(el, 'Enter');
      expect(active(el)?.getAttribute('name')).to.equal('what');
    }
    expect(routeOf(el).current.map((s) => s.what)).to.deep.equal(steps.map((s) => s[1]));

    for (const [n, kind, remark] of [
      [3, 'dub', 'Ans vertelt alles opnieuw'],
      [1, 'gem', 'De huisarts vroeg niet naar Ans'],
    ] as const) {
      await tabTo(el, labelled(`Wijzigen – stap ${n}`), true);
      await press(el, 'Enter');
      expect(active(el)?.closest('form.step-edit')).to.not.equal(null);
      await tabTo(el, field('kind', 'form.annotation-form'));
      await sendKeys({ type: kind });
      await press(el, 'Tab');
      await typeEnter(el, remark);
      await press(el, 'Escape');
      expect(text(active(el)!)).to.equal(`Wijzigen – stap ${n}`);
    }

    const route: Route = routeOf(el);
    const lane = (id?: string) => route.lanes.find((l) => l.id === id)?.role;
    expect(route.title).to.equal('Mantelzorger zoekt respijtzorg');
    expect(route.current.map((s) => lane(s.lane))).to.deep.equal([
      'mantelzorger',
      'Wmo-consulent',
      'Wmo-consulent',
      'mantelzorgconsulent',
      'mantelzorgconsulent',
      'Wmo-consulent',
      'zorgbemiddelaar',
      'mantelzorgconsulent',
    ]);
    expect(route.current.map((s) => s.contact ?? '')).to.deep.equal(['', '', '', 'warme-verwijzing', '', '', '', '']);
    expect(route.current.flatMap((s) => (s.annotations ?? []).map((a) => [s.what, a.kind, a.text]))).to.deep.equal([
      ['Ans merkt dat ze het niet volhoudt', 'gemiste-kans', 'De huisarts vroeg niet naar Ans'],
      ['Vraagt ook naar Ans zelf', 'dubbeling', 'Ans vertelt alles opnieuw'],
    ]);
    expect(changes.every((c) => c.origin === 'local')).to.equal(true);
    expect(text(stepItems(el, 'current')[3])).to.contain('Soort contact: warme verwijzing.');
    expect([...root(el).querySelectorAll('svg[data-version="current"] .arrow-label')].map(text)).to.deep.equal([
      'warm',
    ]);
    await expect(el).to.be.accessible();
  });

  it('changes, moves and removes a step and a lane, and undoes and redoes with Ctrl+Z and Ctrl+Y', async function () {
    this.timeout(120_000);
    const el = await sample({ editable: true });
    const first = () => routeOrder(routeOf(el).current)[0];
    await tabTo(el, labelled('Wijzigen – stap 1'));
    await press(el, 'Enter');
    await expect(el).to.be.accessible();
    await tabTo(el, labelled('Later – stap 1'));
    await press(el, 'Enter');
    expect(first().id).to.equal('belt-gemeente');
    expect(text(active(el)!)).to.equal('Later – stap 2');
    await press(el, 'Control+KeyZ');
    expect(first().id).to.equal('zoekt-hulp');
    await press(el, 'Control+KeyY');
    expect(first().id).to.equal('belt-gemeente');

    await tabTo(el, labelled('Weghalen – stap 2'));
    await press(el, 'Enter');
    expect(routeOf(el).current.map((s) => s.id)).to.not.include('zoekt-hulp');
    await tabTo(el, labelled('Weghalen – rol ‘gemeente’'), true);
    await press(el, 'Enter');
    expect(routeOf(el).lanes.map((l) => l.id)).to.not.include('gemeente');
    expect(routeOf(el).current.find((s) => s.id === 'belt-gemeente')!.lane).to.equal(undefined);
    await press(el, 'Control+KeyZ');
    expect(routeOf(el).lanes.map((l) => l.id)).to.include('gemeente');
    await expect(el).to.be.accessible();
  });

  it('has no axe violations while loading, after a failed load, and with a lane being edited', async function () {
    this.timeout(120_000);
    // Loading: a source that has not answered yet.
    const real = window.fetch;
    let answer: ((r: Response) => void) | undefined;
    window.fetch = (input, init) =>
      String(input).includes('route-later.json') ? new Promise((r) => (answer = r)) : real(input, init);
    try {
      const loading = await fixture<CarerRouteElement>(
        html`<carer-route lang="nl" src="/route-later.json"></carer-route>`,
      );
      await loading.updateComplete;
      expect(text(root(loading).querySelector('[part~="status"]')!)).to.equal('Gegevens worden geladen…');
      await expect(loading).to.be.accessible();
      answer!(new Response(JSON.stringify(sampleDataset()), { headers: { 'Content-Type': 'application/json' } }));
      await waitUntil(() => stepItems(loading, 'current').length > 0, 'the route once it is there');
    } finally {
      window.fetch = real;
    }

    const failed = await fixture<CarerRouteElement>(
      html`<carer-route lang="nl" src="/nergens/route-${Date.now()}.json"></carer-route>`,
    );
    await waitUntil(() => root(failed).querySelector('[part~="error"]'), 'the load error');
    await expect(failed).to.be.accessible();

    const el = await sample({ editable: true });
    await tabTo(el, labelled('Wijzigen – rol ‘gemeente’'));
    await press(el, 'Enter');
    expect(root(el).querySelector('form.lane-edit')).to.not.equal(null);
    await expect(el).to.be.accessible();
  });

  it('keeps a step that has no text from being added, and says why', async () => {
    const store = createStore({
      ...emptyDataset(),
      routes: [{ id: 'r', title: 'Leeg', lanes: [], current: [], desired: [] }],
    } as Dataset);
    const el = await fixture<CarerRouteElement>(html`<carer-route editable lang="nl" .store=${store}></carer-route>`);
    await el.updateComplete;
    await tabTo(el, field('what', 'form.add-step[data-version="current"]'));
    await press(el, 'Enter');
    expect(store.snapshot.routes[0].current).to.deep.equal([]);
    expect(active(el)?.getAttribute('aria-invalid')).to.equal('true');
    expect(root(el).querySelector('form.add-step[data-version="current"] .error')!.hasAttribute('hidden')).to.equal(
      false,
    );
    await expect(el).to.be.accessible();
  });
});
