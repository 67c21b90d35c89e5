import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import { defineElement } from '../../src/internal/define.js';
import { GoalTreeElement } from '../../src/classes.js';

const TAGS = ['care-network-map', 'goal-tree', 'cooperation-check', 'who-is-who', 'carer-route', 'samenspel-data'];

describe('registration', () => {
  it('defines all five tools and the data provider', () => {
    for (const tag of TAGS) expect(customElements.get(tag), tag).to.be.a('function');
  });

  it('is a no-op when the same class, or another copy of samenspel, registers again', () => {
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      defineElement('goal-tree', GoalTreeElement);
      class SecondCopy extends GoalTreeElement {}
      defineElement('goal-tree', SecondCopy);
    } finally {
      console.error = original;
    }
    expect(errors).to.have.length(0);
    expect(customElements.get('goal-tree')).to.equal(GoalTreeElement);
  });

  it('logs one clear error naming the tag when another library owns it, and does not throw', () => {
    customElements.define('foreign-tag-x', class extends HTMLElement {});
    const errors: string[] = [];
    const original = console.error;
    console.error = (message: string) => errors.push(message);
    try {
      class Mine extends GoalTreeElement {
        static override samenspelTag = 'foreign-tag-x';
      }
      class Other extends HTMLElement {}
      expect(() => defineElement('foreign-tag-x', Other)).not.to.throw();
      expect(Mine).to.be.a('function');
    } finally {
      console.error = original;
    }
    expect(errors).to.have.length(1);
    expect(errors[0]).to.contain('<foreign-tag-x>');
  });

  it('lets a host register a class under a name of its own', async () => {
    class MyTree extends GoalTreeElement {}
    customElements.define('gemeente-doelenboom', MyTree);
    const el = await fixture(html`<gemeente-doelenboom></gemeente-doelenboom>`);
    expect(el).to.be.instanceOf(GoalTreeElement);
  });
});
