import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/cooperation-check/cooperation-check.js';
import '../../src/elements/samenspel-data/samenspel-data.js';
import type { CooperationCheckElement } from '../../src/elements/cooperation-check/cooperation-check.component.js';
import type { CarerRouteElement } from '../../src/elements/carer-route/carer-route.component.js';
import type { GoalTreeElement } from '../../src/elements/goal-tree/goal-tree.component.js';
import type { WhoIsWhoElement } from '../../src/elements/who-is-who/who-is-who.component.js';
import type { SamenspelData } from '../../src/elements/samenspel-data/samenspel-data.component.js';
import { ALLOWED_VALUES } from '../../src/internal/dev.js';

// Each list of known values is exactly its property's type: the type check fails when one drifts.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Listed<
  T extends keyof typeof ALLOWED_VALUES,
  K extends keyof (typeof ALLOWED_VALUES)[T],
> = (typeof ALLOWED_VALUES)[T][K] extends readonly (infer V)[] ? V : never;
const valueListsMatch: [
  Same<Listed<'goal-tree', 'view'>, GoalTreeElement['view']>,
  Same<Listed<'goal-tree', 'orientation'>, GoalTreeElement['orientation']>,
  Same<Listed<'who-is-who', 'view'>, WhoIsWhoElement['view']>,
  Same<Listed<'who-is-who', 'format'>, NonNullable<WhoIsWhoElement['format']>>,
  Same<Listed<'cooperation-check', 'mode'>, CooperationCheckElement['mode']>,
  Same<Listed<'cooperation-check', 'storage'>, NonNullable<CooperationCheckElement['storage']>>,
  Same<Listed<'carer-route', 'view'>, CarerRouteElement['view']>,
  Same<Listed<'carer-route', 'version'>, CarerRouteElement['version']>,
  Same<Listed<'samenspel-data', 'storage'>, NonNullable<SamenspelData['storage']>>,
] = [true, true, true, true, true, true, true, true, true];
void valueListsMatch;

/** The console warnings samenspel gives while `run` goes on (source runs are development runs). */
async function warningsDuring(run: () => Promise<unknown>): Promise<string[]> {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => {
    if (typeof args[0] === 'string' && args[0].startsWith('samenspel:')) warnings.push(args[0]);
    else original(...args);
  };
  try {
    await run();
  } finally {
    console.warn = original;
  }
  return warnings;
}

describe('development warnings', () => {
  it('names an attribute value no element knows, and the values it does know', async () => {
    const warnings = await warningsDuring(() => fixture(html`<cooperation-check mode="fil"></cooperation-check>`));
    expect(warnings).to.deep.equal([
      'samenspel: <cooperation-check> mode="fil" is not a value it knows; use one of "fill", "results".',
    ]);
  });

  it('warns again when a host sets a wrong value later, and never for a known one', async () => {
    let el!: CooperationCheckElement;
    const quiet = await warningsDuring(async () => {
      el = await fixture<CooperationCheckElement>(
        html`<cooperation-check mode="results" storage="session"></cooperation-check>`,
      );
    });
    expect(quiet).to.deep.equal([]);
    const loud = await warningsDuring(async () => {
      el.setAttribute('storage', 'cookie');
      await el.updateComplete;
    });
    expect(loud).to.deep.equal([
      'samenspel: <cooperation-check> storage="cookie" is not a value it knows; use one of "local", "session".',
    ]);
  });

  it('checks <samenspel-data> too', async () => {
    const warnings = await warningsDuring(() => fixture(html`<samenspel-data storage="session"></samenspel-data>`));
    expect(warnings).to.deep.equal([
      'samenspel: <samenspel-data> storage="session" is not a value it knows; use one of "local".',
    ]);
  });
});
