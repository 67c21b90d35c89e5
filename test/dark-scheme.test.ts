// The dark scheme: with no theme, every element follows the reader's prefers-color-scheme — light text on
// a dark background, nothing left white, contrast ≥ 4.5:1 (axe) — while a theme that sets a light document
// background keeps the elements light, and a host can choose the scheme itself.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../src/index.js';
import { sampleDataset } from '../src/sdk/sample.js';
import { createStore } from '../src/sdk/store.js';
import type { CareNetworkMapElement, SamenspelElement } from '../src/classes.js';
import { readNetworkTheme } from '../src/elements/care-network-map/care-network-map.graph-style.js';
import { readGraphTheme } from '../src/internal/graph-theme.js';
import { readColor } from '../src/internal/field-style.js';

/** `rgb(…)`, `rgba(…)` or `#rrggbb` as numbers. */
const rgb = (color: string) =>
  /^#[0-9a-f]{6}$/i.test(color)
    ? [1, 3, 5].map((i) => parseInt(color.slice(i, i + 2), 16))
    : (/rgba?\(([^)]+)\)/
        .exec(color)?.[1]
        .split(/[ ,/]+/)
        .filter(Boolean)
        .map(Number) ?? [0, 0, 0, 0]);
/** WCAG relative luminance of an `rgb()` colour. */
function luminance(color: string): number {
  const [r, g, b] = rgb(color)
    .slice(0, 3)
    .map((v) => {
      const c = v / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
};
const opaque = (color: string) => (rgb(color)[3] ?? 1) > 0.5;

/** Each element in its main state: the sample data shown. */
const ELEMENTS: Record<string, () => Promise<SamenspelElement>> = {
  'care-network-map': async () => {
    const el = await fixture<CareNetworkMapElement>(
      html`<care-network-map .data=${sampleDataset()}></care-network-map>`,
    );
    await waitUntil(() => el.graph.cy && el.shadowRoot!.querySelector('.graph canvas'), 'map drawn', {
      timeout: 15000,
    });
    return el;
  },
  'goal-tree': () => fixture(html`<goal-tree .data=${sampleDataset()}></goal-tree>`),
  'cooperation-check': () => fixture(html`<cooperation-check .data=${sampleDataset()}></cooperation-check>`),
  'who-is-who': () => fixture(html`<who-is-who .data=${sampleDataset()}></who-is-who>`),
  'carer-route': () => fixture(html`<carer-route .store=${createStore(sampleDataset())}></carer-route>`),
};

async function mount(tag: string): Promise<SamenspelElement> {
  const el = await ELEMENTS[tag]();
  await el.updateComplete;
  return el;
}

/** Every element of the shadow root with an opaque background lighter than mid-grey, but for the accent colour (main buttons, selection). */
function lightBackgrounds(el: Element): string[] {
  const accent = luminance(readColor(el, '--_accent', '#000000'));
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>('*')]
    .filter((n) => !n.closest('.qr') && !(n instanceof HTMLCanvasElement))
    .map((n) => [n, getComputedStyle(n).backgroundColor] as const)
    .filter(([, bg]) => opaque(bg) && luminance(bg) > 0.4 && Math.abs(luminance(bg) - accent) > 0.001)
    .map(([n, bg]) => `${n.localName}.${n.className} ${bg}`);
}

describe('dark scheme (prefers-color-scheme: dark)', function () {
  this.timeout(60_000);
  before(() => emulateMedia({ colorScheme: 'dark' }));
  after(() => emulateMedia({ colorScheme: 'light' }));

  for (const tag of Object.keys(ELEMENTS)) {
    it(`<${tag}>: light text on a dark background, nothing left white, and axe finds no contrast problem`, async () => {
      const el = await mount(tag);
      const style = getComputedStyle(el);
      expect(luminance(style.backgroundColor), 'background').to.be.below(0.05);
      expect(luminance(style.color), 'text').to.be.above(0.7);
      expect(contrast(style.color, style.backgroundColor)).to.be.at.least(4.5);
      expect(lightBackgrounds(el)).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });
  }

  it('the network pictures (canvas and SVG export) take the dark colours too', async () => {
    const map = (await mount('care-network-map')) as CareNetworkMapElement;
    const colors = readNetworkTheme(map);
    expect(luminance(colors.background)).to.be.below(0.05);
    expect(contrast(colors.fields.zorg, colors.background), 'field colour on the background').to.be.at.least(3);
    const svg = new DOMParser().parseFromString(map.toSvg(), 'image/svg+xml');
    const fills = [...svg.querySelectorAll('rect')].map((r) => r.getAttribute('fill') ?? '');
    expect(fills.some((f) => f === colors.background)).to.equal(true);
    const who = await mount('who-is-who');
    const theme = readGraphTheme(who);
    expect(luminance(theme.background)).to.be.below(0.05);
    expect(contrast(theme.text, theme.background)).to.be.at.least(4.5);
  });

  it('a theme that sets a light document background keeps the elements light, with the theme’s contrast', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div class="light-theme"><cooperation-check .data=${sampleDataset()}></cooperation-check></div>`,
    );
    wrapper.style.setProperty('--basis-color-default-bg-document', '#ffffff');
    wrapper.style.setProperty('--basis-color-default-color-document', '#1a1a1a');
    const el = wrapper.querySelector<SamenspelElement>('cooperation-check')!;
    await el.updateComplete;
    const style = getComputedStyle(el);
    expect(style.backgroundColor).to.equal('rgb(255, 255, 255)');
    expect(style.colorScheme).to.equal('normal');
    // The defaults the theme does not set (secondary text, warnings, fields) are the light ones too.
    expect(luminance(getComputedStyle(el.shadowRoot!.querySelector('button.primary')!).backgroundColor)).to.be.below(
      0.2,
    );
    await expect(el).to.be.accessible();
  });
});

describe('light scheme', () => {
  it('is the default under prefers-color-scheme: light, and --samenspel-color-scheme: dark chooses dark', async () => {
    await emulateMedia({ colorScheme: 'light' });
    const el = await mount('goal-tree');
    expect(getComputedStyle(el).backgroundColor).to.equal('rgb(255, 255, 255)');
    expect(luminance(getComputedStyle(el).color)).to.be.below(0.05);
    el.style.setProperty('--samenspel-color-scheme', 'dark');
    expect(luminance(getComputedStyle(el).backgroundColor)).to.be.below(0.05);
    await expect(el).to.be.accessible();
  });
});
