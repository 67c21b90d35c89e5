import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/care-network-map/care-network-map.js';
import '../../src/elements/goal-tree/goal-tree.js';
import '../../src/elements/who-is-who/who-is-who.js';
import '../../src/elements/carer-route/carer-route.js';
import type { SamenspelElement } from '../../src/internal/samenspel-element.js';
import { createStore, sampleDataset, type Store } from '../../src/sdk/index.js';
import { pressOn } from '../helpers/keys.js';

/** Each editable tool, on a store of its own. */
const TOOLS = {
  'care-network-map': (s: Store) => html`<care-network-map editable .store=${s}></care-network-map>`,
  'goal-tree': (s: Store) => html`<goal-tree editable .store=${s}></goal-tree>`,
  'who-is-who': (s: Store) => html`<who-is-who editable .store=${s}></who-is-who>`,
  'carer-route': (s: Store) => html`<carer-route editable .store=${s}></carer-route>`,
};

const TEXT = 'input[type=text], input:not([type]), input[type=search]';
const focusables = (el: Element, selector: string) =>
  [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)].filter((n) => !(n as HTMLButtonElement).disabled);

describe('undo keys: one rule in every tool', function () {
  this.timeout(60_000);

  for (const [tag, make] of Object.entries(TOOLS)) {
    it(`<${tag}>: Ctrl+Z in a text field is left to the field; on a button it undoes the last edit and says so`, async () => {
      const store = createStore(sampleDataset());
      const el = await fixture<SamenspelElement>(make(store));
      if (tag === 'goal-tree') {
        // The tree has a text field once a goal is being renamed (F2).
        await waitUntil(() => focusables(el, '[role=treeitem]').length > 0, 'the tree');
        focusables(el, '[role=treeitem]')[0].focus();
        await pressOn(el, 'F2');
      }
      await waitUntil(() => focusables(el, TEXT).length > 0, 'a text field');
      store.apply({
        op: 'put',
        collection: 'parties',
        record: { id: 'nieuw', name: 'Nieuw', kind: 'persoon', field: 'informeel' },
      });
      await el.updateComplete;

      focusables(el, TEXT)[0].focus();
      await pressOn(el, 'Control+KeyZ');
      expect(
        store.snapshot.parties.some((p) => p.id === 'nieuw'),
        'kept after Ctrl+Z in a field',
      ).to.equal(true);

      // The rename ends without a change, so the last edit is still the one above.
      if (tag === 'goal-tree') await pressOn(el, 'Escape');
      focusables(el, 'button')[0].focus();
      await pressOn(el, 'Control+KeyZ');
      expect(
        store.snapshot.parties.some((p) => p.id === 'nieuw'),
        'undone after Ctrl+Z on a button',
      ).to.equal(false);
      // Every tool says it, in the same words.
      await waitUntil(
        () => focusables(el, '[role=status]').some((n) => n.textContent!.trim() === 'Ongedaan gemaakt.'),
        'announced: Ongedaan gemaakt.',
      );
    });
  }
});
