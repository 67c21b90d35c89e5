/**
 * The edits a user can make to a care network, as store changes. Each returns the whole changes
 * for one undoable step, or an error code when the edit cannot be made.
 */
import { newId, type Change } from '../../sdk/store.js';
import type {
  CareNetwork,
  Dataset,
  NetworkField,
  NetworkMember,
  Party,
  PartyKind,
  Relation,
  Ring,
  SharingAgreement,
} from '../../sdk/model.js';

const put = (network: CareNetwork): Change => ({ op: 'put', collection: 'careNetworks', record: network });

export interface NewMember {
  /** The name typed: an existing party with this name is used, otherwise a new one is made. */
  name: string;
  /** Id of the party chosen from the dataset (then `name` is only for messages). */
  party?: string;
  kind: PartyKind;
  role?: string;
  ring: Ring;
  field: NetworkField;
}

export type EditResult = { changes: Change[]; party: string } | { error: 'need-name' | 'already-member'; name: string };

/** The party ids on the map: carer, naaste and every member. */
export function partiesOnMap(network: CareNetwork): Set<string> {
  return new Set([network.carer, network.caredFor, ...network.members.map((m) => m.party)]);
}

/** Adds a member: an existing party with that name, or a new party and the member in one step. */
export function addMember(dataset: Dataset, network: CareNetwork, input: NewMember): EditResult {
  const name = input.name.trim();
  if (!name) return { error: 'need-name', name };
  const wanted = name.toLocaleLowerCase();
  const existing =
    input.party !== undefined
      ? dataset.parties.find((p) => p.id === input.party)
      : dataset.parties.find((p) => p.name.trim().toLocaleLowerCase() === wanted);
  if (existing && partiesOnMap(network).has(existing.id)) return { error: 'already-member', name: existing.name };
  const changes: Change[] = [];
  let party = existing?.id;
  if (!party) {
    const record: Party = {
      id: newId('party'),
      name,
      kind: input.kind,
      field: input.field,
      ...(input.role?.trim() ? { role: input.role.trim() } : {}),
    };
    changes.push({ op: 'put', collection: 'parties', record });
    party = record.id;
  }
  changes.push(put({ ...network, members: [...network.members, { party, ring: input.ring, field: input.field }] }));
  return { changes, party };
}

/** Moves a member to another ring and/or field. */
export function moveMember(network: CareNetwork, party: string, ring: Ring, field: NetworkField): Change[] {
  const m = network.members.find((x) => x.party === party);
  if (!m || (m.ring === ring && m.field === field)) return [];
  return [put({ ...network, members: network.members.map((x) => (x.party === party ? { ...x, ring, field } : x)) })];
}

/** Makes a member the regiehouder (the previous one stops), or clears it with `undefined`. */
export function setRegiehouder(network: CareNetwork, party: string | undefined): Change[] {
  const members = network.members.map((m): NetworkMember => {
    const { regiehouder: _was, ...rest } = m;
    return m.party === party ? { ...rest, regiehouder: true } : rest;
  });
  return [put({ ...network, members })];
}

/** Sets what a member may share with the others in the network (`undefined`: no agreement). */
export function setMemberSharing(network: CareNetwork, party: string, sharing: SharingAgreement | undefined): Change[] {
  const members = network.members.map((m): NetworkMember => {
    if (m.party !== party) return m;
    const { sharing: _was, ...rest } = m;
    return sharing ? { ...rest, sharing } : rest;
  });
  return [put({ ...network, members })];
}

/** Makes `party` the regisseur for `field` (the previous one for that field stops), or clears it with `undefined`. */
export function setRegisseur(network: CareNetwork, field: NetworkField, party: string | undefined): Change[] {
  const { [field]: _was, ...rest } = network.regisseurs ?? {};
  const regisseurs = party ? { ...rest, [field]: party } : rest;
  const { regisseurs: _old, ...base } = network;
  return [put(Object.keys(regisseurs).length ? { ...base, regisseurs } : base)];
}

/** Takes a member off the map, with their relations and the fields they direct in this network. The party stays in the dataset. */
export function removeMember(network: CareNetwork, party: string): Change[] {
  const { regisseurs: _old, ...base } = network;
  const regisseurs = Object.fromEntries(Object.entries(network.regisseurs ?? {}).filter(([, p]) => p !== party));
  return [
    put({
      ...base,
      ...(Object.keys(regisseurs).length ? { regisseurs } : {}),
      members: network.members.filter((m) => m.party !== party),
      relations: network.relations.filter((r) => r.source !== party && r.target !== party),
    }),
  ];
}

/** Adds a relation between two parties on the map. */
export function addRelation(network: CareNetwork, relation: Omit<Relation, 'id'>): Change[] {
  if (relation.source === relation.target) return [];
  return [put({ ...network, relations: [...network.relations, { id: newId('relatie'), ...relation }] })];
}

/** Changes a relation (kind, strength, direction, sharing agreement). */
export function updateRelation(network: CareNetwork, id: string, patch: Partial<Omit<Relation, 'id'>>): Change[] {
  return [
    put({
      ...network,
      relations: network.relations.map((r) => {
        if (r.id !== id) return r;
        const next = { ...r, ...patch };
        if (next.strength === undefined) delete next.strength;
        if (next.sharing === undefined) delete next.sharing;
        if (next.directed !== false) delete next.directed;
        return next;
      }),
    }),
  ];
}

/** Removes a relation. */
export function removeRelation(network: CareNetwork, id: string): Change[] {
  return [put({ ...network, relations: network.relations.filter((r) => r.id !== id) })];
}

/** A new network around a carer and a naaste: two new parties and the network, in one step. */
export function newNetwork(
  carerName: string,
  caredForName: string,
  networkName: string,
): { changes: Change[]; network: string } {
  const carer: Party = { id: newId('party'), name: carerName.trim(), kind: 'persoon', field: 'informeel' };
  const caredFor: Party = { id: newId('party'), name: caredForName.trim(), kind: 'persoon', field: 'informeel' };
  const network: CareNetwork = {
    id: newId('netwerk'),
    name: networkName,
    carer: carer.id,
    caredFor: caredFor.id,
    members: [],
    relations: [],
  };
  return {
    network: network.id,
    changes: [
      { op: 'put', collection: 'parties', record: carer },
      { op: 'put', collection: 'parties', record: caredFor },
      { op: 'put', collection: 'careNetworks', record: network },
    ],
  };
}
