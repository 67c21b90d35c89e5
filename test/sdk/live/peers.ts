/** Test peers: stores bound to Yjs documents that pass updates to each other only when a test says so. */
import * as Y from 'yjs';
import { createStore, emptyDataset, type Dataset, type Issue, type Store } from '../../../src/sdk/index.js';
import { bindStore, type LiveBinding, type LiveBindingOptions } from '../../../src/sdk/live/index.js';

export interface Peer {
  name: string;
  doc: Y.Doc;
  store: Store;
  binding: LiveBinding;
  issues: Issue[];
  /** Updates from other peers not yet delivered to this one. */
  inbox: Uint8Array[];
}

/** `n` peers on one room that starts with `dataset`; each one's updates wait in the others' inboxes. */
export function peers(
  n: number,
  dataset: Dataset = emptyDataset(),
  options: Omit<LiveBindingOptions, 'onIssues'> = {},
): Peer[] {
  const first = new Y.Doc();
  const seedStore = createStore(dataset);
  bindStore(seedStore, first).destroy();
  const state = Y.encodeStateAsUpdate(first);
  const list: Peer[] = [];
  for (let i = 0; i < n; i++) {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, state, 'remote');
    const issues: Issue[] = [];
    const store = createStore();
    const binding = bindStore(store, doc, { ...options, onIssues: (found) => issues.push(...found) });
    list.push({ name: String.fromCharCode(65 + i), doc, store, binding, issues, inbox: [] });
  }
  for (const peer of list) {
    peer.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === 'remote') return;
      for (const other of list) if (other !== peer) other.inbox.push(update);
    });
  }
  return list;
}

/** Delivers the update at `index` of a peer's inbox (out of order when it is not the first). */
export function deliverOne(peer: Peer, index = 0): void {
  const [update] = peer.inbox.splice(index % peer.inbox.length, 1);
  if (update) Y.applyUpdate(peer.doc, update, 'remote');
}

/** Delivers everything still waiting, to everyone. */
export function deliverAll(list: readonly Peer[]): void {
  while (list.some((p) => p.inbox.length)) for (const p of list) while (p.inbox.length) deliverOne(p);
}
