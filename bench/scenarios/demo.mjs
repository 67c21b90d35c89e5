// The demo site as a visitor gets it: time until all four tools show the sample data, what it
// downloads, and whether it reflows at 320 CSS pixels (WCAG 1.4.10) without sideways scrolling.
export const name = 'demo';

const TOOLS = ['care-network-map', 'goal-tree', 'cooperation-check', 'who-is-who'];

/** Opens the demo in a fresh page; resolves when every tool has rendered on the shared data. */
async function openDemo(ctx, viewport) {
  const page = await ctx.browser.newPage({ viewport });
  const js = [];
  page.on(
    'response',
    (r) => new URL(r.url()).pathname.endsWith('.js') && js.push(r.body().catch(() => Buffer.alloc(0))),
  );
  const t0 = Date.now();
  await page.goto(`${ctx.base}/demo/index.html`);
  await page.waitForFunction(
    (tags) => {
      const provider = document.querySelector('samenspel-data');
      return (
        provider?.activeStore?.snapshot.parties.length > 0 &&
        tags.every(
          (t) =>
            document.querySelector(t)?.activeStore === provider.activeStore && document.querySelector(t).hasUpdated,
        )
      );
    },
    TOOLS,
    { timeout: 30000 },
  );
  const ready = Date.now() - t0;
  await page.waitForLoadState('networkidle');
  return { page, ready, js: await Promise.all(js) };
}

export async function run(ctx) {
  const rows = [];
  const times = [];
  let downloaded;
  for (let i = 0; i < 5; i++) {
    const { page, ready, js } = await openDemo(ctx, { width: 1280, height: 900 });
    times.push(ready);
    downloaded ??= ctx.sumSizes(js);
    await page.close();
  }
  rows.push({
    metric: 'all four tools on the sample data (cold page, median of 5)',
    value: ctx.median(times),
    unit: 'ms',
  });
  rows.push({ metric: 'JavaScript downloaded, gzip', value: ctx.kB(downloaded.gzip), unit: 'kB' });

  const { page } = await openDemo(ctx, { width: 320, height: 800 });
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  // which tools have content wider than the screen that no scroll container of theirs clips
  const culprits = await page.evaluate((tags) => {
    const up = (n) => n.parentElement ?? n.getRootNode().host ?? null;
    const clipped = (n) => {
      for (let a = up(n); a && a !== document.body; a = up(a))
        if (getComputedStyle(a).overflowX !== 'visible') return true;
      return false;
    };
    const width = document.documentElement.clientWidth + 1;
    const within = (root) =>
      [...root.querySelectorAll('*')].some(
        (c) => (c.shadowRoot && within(c.shadowRoot)) || (c.getBoundingClientRect().right > width && !clipped(c)),
      );
    return tags.filter((t) => document.querySelector(t)?.shadowRoot && within(document.querySelector(t).shadowRoot));
  }, TOOLS);
  await page.close();
  rows.push({
    metric: 'sideways scrolling at 320 px wide',
    value: overflow,
    unit: 'px',
    target: 0,
    note: overflow > 0 ? `wider than the screen inside: ${culprits.join(', ') || 'the page itself'}` : undefined,
  });
  return rows;
}
