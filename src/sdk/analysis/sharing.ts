/**
 * What may be shared, and where information cannot flow (seed 004: "een bewindvoerder mag niet met
 * andere professionals over de persoonlijke situatie spreken"). An agreement on a relation holds for
 * that tie, both ways; an agreement on a network membership holds for what that member passes on to
 * anyone in the network. The relation goes first. Pure functions.
 */
import { SHARING_AGREEMENTS, type CareNetwork, type Dataset, type Relation, type SharingAgreement } from '../model.js';

/** The agreement that stops information about the personal situation. */
export const SHARES_NOTHING: SharingAgreement = 'niets-persoonlijk';

/** Information that cannot go from one party to the next. */
export interface BlockedFlow {
  from: string;
  to: string;
  /** A referral (`verwijst`) in a care network, or a handoff between two steps of a route. */
  via: 'referral' | 'handoff';
  /** The relation that refers (via `referral`). */
  relation?: string;
  /** The step the carer is handed to (via `handoff`). */
  step?: string;
}

const between = (r: Relation, a: string, b: string) =>
  (r.source === a && r.target === b) || (r.source === b && r.target === a);

/** What holds for information from `from` to `to` inside one network: the relation between them, else `from`'s membership. */
export function networkSharing(network: CareNetwork, from: string, to: string): SharingAgreement | undefined {
  const tie = network.relations.find((r) => r.sharing !== undefined && between(r, from, to));
  return tie?.sharing ?? network.members.find((m) => m.party === from)?.sharing;
}

/**
 * What holds for information from `from` to `to` anywhere in the dataset: a relation between them with an
 * agreement (the dataset's, then any network's), else the strictest agreement `from` made as a member.
 */
export function datasetSharing(dataset: Dataset, from: string, to: string): SharingAgreement | undefined {
  for (const r of [...dataset.relations, ...dataset.careNetworks.flatMap((n) => n.relations)]) {
    if (r.sharing !== undefined && between(r, from, to)) return r.sharing;
  }
  // The strictest comes last in SHARING_AGREEMENTS.
  return memberSharing(dataset, from).at(-1);
}

/** Referrals in a network along which nothing about the personal situation may go. */
export function blockedReferrals(network: CareNetwork): BlockedFlow[] {
  return network.relations
    .filter(
      (r) =>
        r.kind === 'verwijst' &&
        r.source !== r.target &&
        networkSharing(network, r.source, r.target) === SHARES_NOTHING,
    )
    .map((r) => ({ from: r.source, to: r.target, via: 'referral', relation: r.id }));
}

/** The agreements a party made as a member of any care network, each once, in the order of {@link SHARING_AGREEMENTS}. */
export function memberSharing(dataset: Dataset, party: string): SharingAgreement[] {
  const made = new Set(
    dataset.careNetworks.flatMap((n) => n.members.filter((m) => m.party === party && m.sharing).map((m) => m.sharing!)),
  );
  return SHARING_AGREEMENTS.filter((s) => made.has(s));
}
