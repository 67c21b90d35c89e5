import { expect } from '@open-wc/testing';
import { Presence, type AwarenessLike } from '../../../src/sdk/live/index.js';

/** An awareness as y-protocols has it, for one page with others joining by hand. */
function awareness(clientID: number) {
  const states = new Map<number, Record<string, unknown>>();
  const listeners = new Set<() => void>();
  const changed = () => listeners.forEach((l) => l());
  const a: AwarenessLike & { join(id: number, state: Record<string, unknown>): void; leave(id: number): void } = {
    clientID,
    getStates: () => states,
    setLocalStateField(field, value) {
      states.set(clientID, { ...states.get(clientID), [field]: value });
      changed();
    },
    on: (_e, l) => listeners.add(l),
    off: (_e, l) => listeners.delete(l),
    join(id, state) {
      states.set(id, state);
      changed();
    },
    leave(id) {
      states.delete(id);
      changed();
    },
  };
  return a;
}

describe('presence', () => {
  it('lists who is in the room, this person first, with what each selected', () => {
    const a = awareness(7);
    const presence = new Presence(a, 'Anja');
    const seen: number[] = [];
    presence.subscribe((people) => seen.push(people.length));
    a.join(3, { samenspel: { name: 'Bram', selection: { kind: 'goal', id: 'g1' } } });
    presence.select({ kind: 'party', id: 'p1' });
    expect(presence.people).to.deep.equal([
      { id: 7, name: 'Anja', selection: { kind: 'party', id: 'p1' }, self: true },
      { id: 3, name: 'Bram', selection: { kind: 'goal', id: 'g1' }, self: false },
    ]);
    a.leave(3);
    expect(presence.people.map((p) => p.name)).to.deep.equal(['Anja']);
    expect(seen).to.deep.equal([2, 2, 1]);
  });

  it('cleans what others send: no control or direction characters in names, no odd selections', () => {
    const a = awareness(1);
    const presence = new Presence(a, 'Anja');
    a.join(2, { samenspel: { name: `\u202eevil\u0007 ${'x'.repeat(200)}`, selection: { kind: 'script', id: 'x' } } });
    a.join(3, { samenspel: { name: 42, selection: 'goal' } });
    a.join(4, { cursor: 1 });
    const [, second, third] = presence.people;
    expect(second.name.startsWith('evil x')).to.equal(true);
    expect(second.name.length).to.equal(80);
    expect(second.selection).to.equal(null);
    expect(third).to.deep.equal({ id: 3, name: '', selection: null, self: false });
    expect(presence.people).to.have.length(3);
  });
});
