/**
 * A live room for an element: loaded only when the element has a `room`, so a page without one
 * downloads none of this (nor Yjs). Binds the element's store to the room's document through a
 * Hocuspocus provider, keeps a polite status line, and tells the host in `samenspel-status`.
 * A refused or lost connection never touches the store: what the user typed stays.
 */
import { html, nothing } from 'lit';
import * as Y from 'yjs';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { bindStore, type LiveBinding } from '../sdk/live/binding.js';
import { Presence, type AwarenessLike, type PresenceSelection } from '../sdk/live/presence.js';
import type { Change, Store } from '../sdk/store.js';
import type { Dataset } from '../sdk/model.js';
import type { Issue } from '../sdk/issues.js';
import type { Lang } from '../translations/localize.js';
import { liveMessages, presenceMessages } from '../translations/live.js';
import {
  ANNOUNCE_INTERVAL,
  PresenceView,
  adopt,
  othersOn,
  removedThing,
  renderMark,
  renderPeople,
  type PresenceViewer,
  type Removed,
} from './live-presence.js';
import { SamenspelStatusEvent, type LiveStatus, type SelectDetail } from '../events/events.js';

export interface LiveRoomConfig {
  room: string;
  server: string;
  token: string;
  name: string;
  storage?: 'indexeddb';
}

/** What the room needs of its element. */
export interface LiveRoomPort {
  host: PresenceViewer;
  store(): Store;
  /** Whether the element is loading `src`: a newcomer's `src` never overwrites a room, so joining waits for it. */
  loading(): boolean;
  lang(): Lang;
  reportIssues(issues: readonly Issue[]): void;
  /** Applies changes as the person's own edit (undoable, shared); false when refused. */
  restore(changes: readonly Change[]): boolean;
}

/** Reasons the server gives, grouped by what the person can do about them. */
const REFUSAL: Record<string, keyof typeof liveMessages.nl> = {
  expired: 'expired',
  forged: 'invalid',
  malformed: 'invalid',
  missing: 'invalid',
  'bad-room': 'invalid',
  'permission-denied': 'invalid',
  'fill-only': 'invalid',
  'wrong-room': 'wrongRoom',
  'too-large': 'tooLarge',
  'room-full': 'tooLarge',
  'bad-server': 'badServer',
};
const STOPPING_CLOSES = new Set(['too-large', 'room-full']);

export class LiveRoom {
  readonly #port: LiveRoomPort;
  #key = '';
  #session?: Session;
  status: LiveStatus | undefined;
  /** The number of people the status line shows: it changes at most once per few seconds, so joins never flood a screen reader. */
  #peopleShown = 0;
  #peopleShownAt = -Infinity;
  #peopleTimer?: ReturnType<typeof setTimeout>;
  readonly #view: PresenceView;
  /** What this person selected last, and what someone else removed of it. */
  #mine: PresenceSelection | null = null;
  #removed?: Removed;
  #stopStore?: () => void;
  /** Who is in the room; undefined until it is joined. */
  get presence(): Presence | undefined {
    return this.#session?.presence;
  }

  constructor(port: LiveRoomPort) {
    this.#port = port;
    this.#view = new PresenceView(() => port.lang(), port.host);
    adopt(port.host);
    port.host.addEventListener('samenspel-select', (e) => {
      const { kind, id } = (e as CustomEvent<SelectDetail>).detail;
      this.#mine = id === null ? null : { kind, id };
      this.#session?.presence.select(this.#mine);
    });
  }

  /** Adds a tool inside the room's element that shows the room (marks, following); returns a function that removes it. */
  watch(viewer: PresenceViewer): () => void {
    return this.#view.watch(viewer);
  }

  /** Everyone else who has `kind`/`id` selected. */
  othersOn(kind: PresenceSelection['kind'], id: string) {
    return othersOn(this.#view.people, kind, id);
  }

  /** A visible mark with the names of the others on `kind`/`id`, or nothing. */
  mark(kind: PresenceSelection['kind'], id: string) {
    return renderMark(this.othersOn(kind, id), this.#port.lang());
  }

  /** The follow switch of a tool inside the room's element. */
  renderFollow(viewer: PresenceViewer) {
    return this.#view.renderFollow(viewer);
  }

  /** Joins, leaves or changes room when the element's attributes or store changed. */
  update(config: LiveRoomConfig | undefined): void {
    const store = this.#port.store();
    const key = config ? JSON.stringify(config) : '';
    if (key === this.#key && (!this.#session || this.#session.store === store)) return;
    this.#key = key;
    this.#session?.destroy();
    this.#session = undefined;
    this.#stopStore?.();
    this.status = undefined;
    this.#removed = undefined;
    if (config) {
      this.#session = new Session(store, config, this.#port, (status) => this.#show(status));
      let before: Dataset = store.snapshot;
      this.#stopStore = store.subscribe((event) => {
        const removed = event.origin === 'remote' ? removedThing(before, event.snapshot, this.#mine) : undefined;
        before = event.snapshot;
        if (!removed) return;
        this.#removed = removed;
        this.#view.announcer.say(presenceMessages[this.#port.lang()].removed(removed.name));
      });
    }
    this.#view.attach(this.#session?.presence);
  }

  destroy(): void {
    this.#session?.destroy();
    this.#session = undefined;
    this.#stopStore?.();
    this.#view.destroy();
    clearTimeout(this.#peopleTimer);
    this.#key = '';
  }

  render() {
    const s = this.status;
    if (!s) return html``;
    const t = liveMessages[this.#port.lang()];
    const text =
      s.state === 'connected'
        ? t.connected(s.people)
        : s.state === 'offline'
          ? t.offline(s.unsaved)
          : s.state === 'reconnecting'
            ? t.reconnecting
            : s.state === 'refused'
              ? t.refused(t[REFUSAL[s.reason ?? ''] ?? 'invalid'] as string)
              : t.connecting;
    const p = presenceMessages[this.#port.lang()];
    const removed = this.#removed;
    const people = this.#view.people;
    return html`<p class="live ${s.state}" part="live-status" role="status" aria-live="polite">${text}</p>
      ${people.length || this.#port.host.follow ? html`<div class="presence-bar">${people.length ? renderPeople(people, this.#port.lang()) : nothing}${this.#view.renderFollow(this.#port.host)}</div>` : nothing}
      ${
        removed
          ? html`<div class="status removed-notice" part="removed-notice"><p>${p.removed(removed.name)}</p>
        <button type="button" class="primary" @click=${() => this.#restore(removed)}>${p.restore}</button>
        <button type="button" @click=${() => this.#dismiss()}>${p.dismiss}</button></div>`
          : nothing
      }
      <div class="visually-hidden" role="status">${this.#view.announcer.text}</div>`;
  }

  #restore(removed: Removed): void {
    if (this.#port.restore(removed.changes))
      this.#view.announcer.say(presenceMessages[this.#port.lang()].restored(removed.name));
    this.#dismiss();
  }

  #dismiss(): void {
    this.#removed = undefined;
    this.#port.host.requestUpdate();
  }

  #show(status: LiveStatus): void {
    const before = this.status;
    this.status = status;
    if (before && before.state === status.state && before.unsaved === status.unsaved && before.people === status.people)
      return;
    this.#showPeople(status.people, !before || before.state !== status.state);
    this.#port.host.requestUpdate();
    this.#port.host.dispatchEvent(new SamenspelStatusEvent(status));
  }

  /** The count in the status line follows the room at most once per interval; the host hears every change at once. */
  #showPeople(people: number, now: boolean): void {
    if (people === this.#peopleShown) return;
    const wait = this.#peopleShownAt + ANNOUNCE_INTERVAL - performance.now();
    if (now || wait <= 0) {
      clearTimeout(this.#peopleTimer);
      this.#peopleTimer = undefined;
      this.#peopleShown = people;
      this.#peopleShownAt = performance.now();
      return;
    }
    this.#peopleTimer ??= setTimeout(() => {
      this.#peopleTimer = undefined;
      this.#showPeople(this.status?.people ?? 0, true);
      this.#port.host.requestUpdate();
    }, wait);
  }
}

/** Resolves once the element is done loading `src`. */
async function loaded(port: LiveRoomPort): Promise<void> {
  while (port.loading()) await new Promise((r) => setTimeout(r, 50));
}

/** One stay in one room. */
class Session {
  readonly store: Store;
  readonly doc = new Y.Doc();
  readonly presence: Presence;
  readonly #socket: HocuspocusProviderWebsocket;
  readonly #provider: HocuspocusProvider;
  readonly #emit: (status: LiveStatus) => void;
  #binding?: LiveBinding;
  #offline?: { destroy(): Promise<void> | void };
  #state: LiveStatus['state'] = 'connecting';
  #reason?: string;
  #unsaved = 0;
  #synced = false;
  #destroyed = false;
  #pending: Change[] = [];
  #stopWatching: () => void;

  constructor(store: Store, config: LiveRoomConfig, port: LiveRoomPort, emit: (status: LiveStatus) => void) {
    this.store = store;
    this.#emit = emit;
    let url = '';
    try {
      const parsed = new URL(config.server, document.baseURI);
      if (parsed.protocol === 'wss:' || parsed.protocol === 'ws:') url = parsed.href;
    } catch {
      url = '';
    }
    this.#socket = new HocuspocusProviderWebsocket({ url: url || 'ws://invalid.invalid', autoConnect: false });
    this.#provider = new HocuspocusProvider({
      websocketProvider: this.#socket,
      name: config.room,
      document: this.doc,
      token: config.token,
      onAuthenticationFailed: ({ reason }) => this.#refuse(reason),
      onClose: ({ event }) => {
        if (STOPPING_CLOSES.has(event.reason)) this.#refuse(event.reason);
      },
      onStatus: ({ status }) => {
        if (status === 'connected' || this.#state === 'refused') return;
        this.#synced = false;
        if (this.#state !== 'connecting') this.#set(this.#unsaved ? 'offline' : 'reconnecting');
      },
      onSynced: ({ state }) => {
        if (!state || this.#destroyed) return;
        this.#synced = true;
        void loaded(port).then(() => this.#bind(port));
      },
      onUnsyncedChanges: ({ number }) => {
        if (number === 0 && this.#synced && this.#binding) {
          this.#unsaved = 0;
          this.#set('connected');
        }
      },
    });
    this.presence = new Presence(this.#provider.awareness as unknown as AwarenessLike, config.name);
    this.presence.subscribe(() => this.#set(this.#state));
    // Edits made before the room is joined, and while it is out of reach, are counted (and kept).
    this.#stopWatching = store.subscribe((event) => {
      if (event.origin !== 'local' && event.origin !== 'undo' && event.origin !== 'redo') return;
      if (!this.#binding) this.#pending.push(...event.changes);
      if (!this.#binding || !this.#synced) {
        this.#unsaved += event.changes.length ? 1 : 0;
        if (this.#state !== 'connecting' && this.#state !== 'refused') this.#set('offline');
        else this.#set(this.#state);
      }
    });
    if (!url) {
      this.#refuse('bad-server');
      return;
    }
    if (config.storage === 'indexeddb') void this.#keepOffline(config, port);
    this.#provider.attach();
    void this.#socket.connect();
    this.#set('connecting');
  }

  destroy(): void {
    this.#destroyed = true;
    this.#stopWatching();
    this.#binding?.destroy();
    this.presence.destroy();
    this.#provider.destroy();
    this.#socket.destroy();
    void this.#offline?.destroy();
    this.doc.destroy();
  }

  /** A copy of the room in this browser (IndexedDB), only when the host asks: the room opens offline too. */
  async #keepOffline(config: LiveRoomConfig, port: LiveRoomPort): Promise<void> {
    const { IndexeddbPersistence } = await import('y-indexeddb');
    if (this.#destroyed) return;
    const copy = new IndexeddbPersistence(`samenspel:${config.server}:${config.room}`, this.doc);
    this.#offline = copy;
    await copy.whenSynced;
    if (!this.#destroyed && !this.#binding && this.doc.store.clients.size > 0) {
      await loaded(port);
      this.#bind(port);
    }
  }

  #bind(port: LiveRoomPort): void {
    if (this.#binding || this.#destroyed) return;
    // Edits of others that arrive within one frame are one change of the store: the tools render once for them.
    this.#binding = bindStore(this.store, this.doc, { onIssues: (issues) => port.reportIssues(issues), gather: 16 });
    // What was typed before the room was joined goes in now (checked again: the room may have changed).
    const pending = this.#pending.splice(0);
    if (pending.length) this.store.apply(pending);
    this.#unsaved = 0;
    this.#set(this.#synced ? 'connected' : 'offline');
  }

  #refuse(reason: string): void {
    this.#reason = reason;
    this.#set('refused');
    // No retrying a refusal: the socket stops, the store and the user's edits stay as they are.
    this.#socket.disconnect();
  }

  #set(state: LiveStatus['state']): void {
    if (this.#destroyed) return;
    if (this.#state === 'refused' && state !== 'refused') return;
    this.#state = state;
    const people = this.#state === 'connected' ? this.presence.people.length : 0;
    this.#emit({ state, unsaved: this.#unsaved, people, ...(state === 'refused' ? { reason: this.#reason } : {}) });
  }
}
