/** Turns what the user asks for in the views and the picture into one undoable edit each. */
import type { Change } from '../../sdk/store.js';
import type { CareNetwork, NetworkField, PartyKind, Ring } from '../../sdk/model.js';
import type { CareNetworkMapMessages } from '../../translations/care-network-map.js';
import * as edits from './care-network-map.edits.js';
import type { NetworkActions } from './care-network-map.views.js';
import type { MapPort } from './care-network-map.port.js';

/** The actions of the views, over the element's port; a relation is selected through `selectRelation`. */
export function networkActions(port: MapPort, selectRelation: (id: string | null) => void): NetworkActions {
  let problem: string | undefined;
  const host = {
    network: () => port.options.network,
    messages: () => port.t(),
    /** Applies the changes as one step and announces what happened; false when refused. */
    apply(changes: Change[], announcement: string): boolean {
      if (!changes.length) return false;
      const ok = port.edit(changes);
      if (ok) port.announce(announcement);
      return ok;
    },
    select: (kind: 'party' | 'relation', id: string | null) =>
      kind === 'party' ? port.select(id) : selectRelation(id),
    addProblem(message: string | undefined) {
      problem = message;
      void port.update();
    },
  };
  const name = (id: string) => port.options.parties.get(id)?.name ?? id;
  const withNetwork = (fn: (net: CareNetwork, t: CareNetworkMapMessages) => void) => {
    const net = host.network();
    if (net) fn(net, host.messages());
  };
  return {
    get addProblem() {
      return problem;
    },
    select: (kind, id) => host.select(kind, id),
    move: (party, ring, field) =>
      withNetwork((net, t) =>
        host.apply(edits.moveMember(net, party, ring, field), t.moved(name(party), t.rings[ring], t.fields[field])),
      ),
    setRegiehouder: (party) =>
      withNetwork((net, t) =>
        host.apply(edits.setRegiehouder(net, party), party ? t.regiehouderSet(name(party)) : t.regiehouderCleared),
      ),
    setMemberSharing: (party, sharing) =>
      withNetwork((net, t) => host.apply(edits.setMemberSharing(net, party, sharing), t.sharingChanged)),
    setRegisseur: (field, party) =>
      withNetwork((net, t) =>
        host.apply(
          edits.setRegisseur(net, field, party),
          party
            ? t.regisseurSet(name(party), t.fields[field].toLocaleLowerCase())
            : t.regisseurCleared(t.fields[field].toLocaleLowerCase()),
        ),
      ),
    removeMember: (party) =>
      withNetwork((net, t) => {
        const who = name(party);
        if (host.apply(edits.removeMember(net, party), t.removed(who))) host.select('party', null);
      }),
    addRelation: (relation) => withNetwork((net, t) => host.apply(edits.addRelation(net, relation), t.relationAdded)),
    updateRelation: (id, patch) =>
      withNetwork((net, t) => host.apply(edits.updateRelation(net, id, patch), t.relationChanged)),
    removeRelation: (id) => withNetwork((net, t) => host.apply(edits.removeRelation(net, id), t.relationRemoved)),
    addMember: (choice, form) => {
      const net = host.network();
      if (!net) return false;
      const t = host.messages();
      const f = new FormData(form);
      const named = 'party' in choice ? choice.party.name : choice.name.trim();
      const result = edits.addMember(port.snapshot, net, {
        name: named,
        party: 'party' in choice ? choice.party.id : undefined,
        kind: String(f.get('kind')) as PartyKind,
        role: String(f.get('role') ?? ''),
        ring: String(f.get('ring')) as Ring,
        field: String(f.get('field')) as NetworkField,
      });
      if ('error' in result) {
        host.addProblem(result.error === 'need-name' ? t.needName : t.alreadyMember(result.name));
        return false;
      }
      host.addProblem(undefined);
      // The new member is not selected: the details would open above the form and push it out of view,
      // and Enter on the member would then clear that selection. The form is ready for the next one.
      if (!host.apply(result.changes, t.added(named))) return false;
      form.reset();
      form.querySelector<HTMLInputElement>('[role=combobox]')?.focus();
      return true;
    },
  };
}
