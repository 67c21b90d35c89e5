// A page may load a tool's script before the one of <samenspel-data> around it: the tool still gets
// the provider's store once that script arrives. This file registers <samenspel-data> only inside the test.
import { expect, waitUntil } from '@open-wc/testing';
import '../../src/elements/goal-tree/goal-tree.js';
import type { GoalTreeElement } from '../../src/elements/goal-tree/goal-tree.component.js';
import { smallDataset } from '../sdk/goal-tree-fixtures.js';

describe('a <samenspel-data> defined after the tools inside it', () => {
  it('gives its store to a <goal-tree> that was already on the page', async () => {
    const wrapper = document.createElement('div');
    wrapper.append(document.createElement('samenspel-data'));
    wrapper.firstElementChild!.append(document.createElement('goal-tree'));
    document.body.append(wrapper);
    const tree = wrapper.querySelector<GoalTreeElement>('goal-tree')!;
    await tree.updateComplete;
    expect(customElements.get('samenspel-data')).to.equal(undefined);
    expect(tree.shadowRoot!.querySelector('[role="tree"]')).to.equal(null);

    await import('../../src/elements/samenspel-data/samenspel-data.js');
    const provider = wrapper.querySelector('samenspel-data') as HTMLElement & { data: unknown };
    provider.data = smallDataset();
    await waitUntil(() => tree.shadowRoot!.querySelector('[role="tree"]'), 'the tree from the provider is shown');
    expect(tree.shadowRoot!.querySelector('.caption')!.textContent).to.equal(smallDataset().goalTrees[0].title);
    wrapper.remove();
  });
});
