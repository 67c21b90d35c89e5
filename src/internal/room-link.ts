/**
 * An element's link to a live room: the room it joins itself, or that of the `<samenspel-data room>`
 * around it. Part of the live chunk, with Yjs: the element's core holds only the answers of an element
 * without a room (room-element.ts) and loads this the first time an element on the page has a `room`;
 * `install` then gives every element the members that go through its link.
 */
import { nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { LiveRoom, type LiveRoomPort } from './live-room.js';
import type { PresenceViewer } from './live-presence.js';
import type { PresenceSelection } from '../sdk/live/presence.js';
import type { Change, Store } from '../sdk/store.js';
import type { Issue } from '../sdk/issues.js';
import type { Lang } from '../translations/localize.js';

/** What the link reads of its element: the room settings (public properties). */
interface RoomSettings {
  room?: string;
  server?: string;
  token?: string;
  userName?: string;
  roomStorage?: 'indexeddb';
}
type Host = ReactiveControllerHost & PresenceViewer & RoomSettings;

/** What the link needs of the element besides (RoomElement's members, protected there). */
interface RoomElementLike extends Host {
  readonly activeStore: Store;
  readonly contextStore?: Store;
  readonly loadState: string;
  readonly localize: { readonly lang: Lang };
  edit(changes: readonly Change[]): boolean;
  reportError(during: 'parse', issues: readonly Issue[]): void;
  joinsRoom(): boolean;
}

/** Each element's link, so an element finds the room of the one around it. */
const links = new WeakMap<Node, RoomLink>();

export class RoomLink implements ReactiveController {
  #live?: LiveRoom;
  /** The room this element shows: its own, or that of the `<samenspel-data room>` around it. */
  #room?: LiveRoom;
  #unwatch?: () => void;

  constructor(
    private readonly host: Host,
    private readonly options: Omit<LiveRoomPort, 'host'>,
  ) {
    host.addController(this);
    links.set(host, this);
  }

  /** Who is in the room and what each has selected; undefined without a room. */
  get presence() {
    return this.#room?.presence;
  }

  othersOn(kind: PresenceSelection['kind'], id: string) {
    return this.#room?.othersOn(kind, id) ?? [];
  }

  mark(kind: PresenceSelection['kind'], id: string) {
    return this.#room?.mark(kind, id) ?? nothing;
  }

  /** The line that says where the connection stands, or the follow switch in the room around. */
  render() {
    return this.#live?.render() ?? this.#room?.renderFollow(this.host) ?? nothing;
  }

  /** The room (and its server) this element works in: its own, or that of the one around it. */
  get roomInUse(): { room: string; server: string } | undefined {
    const at = this.host.room ? this.host : this.#withRoomAround()?.host;
    return at?.room ? { room: at.room, server: at.server ?? '' } : undefined;
  }

  /** Joins, leaves or follows the room as the settings say; `joins` is false where `room` means sending apart. */
  update(joins: boolean, inProvider: boolean): void {
    const { room, server, token, userName, roomStorage } = this.host;
    if (joins && room && !this.#live) {
      this.#live = new LiveRoom({ host: this.host, ...this.options });
      // The tools inside a <samenspel-data room> show this room too.
      for (const el of this.host.querySelectorAll('*')) (el as Partial<ReactiveControllerHost>).requestUpdate?.();
    }
    this.#live?.update(
      joins && room && this.host.isConnected
        ? { room, server: server ?? '', token: token ?? '', name: userName ?? '', storage: roomStorage }
        : undefined,
    );
    const around = inProvider && this.host.isConnected ? this.#withRoomAround() : undefined;
    const shown = this.#live ?? (around && around.#live);
    if (shown !== this.#room) {
      this.#unwatch?.();
      this.#room = shown;
      this.#unwatch = shown?.watch(this.host);
    }
  }

  hostDisconnected(): void {
    this.#live?.destroy();
    this.#unwatch?.();
    this.#unwatch = this.#room = undefined;
  }

  /** The link of the nearest element around this one (across shadow roots) with a room. */
  #withRoomAround(): RoomLink | undefined {
    for (let at: Node | null = this.host.parentNode; at; at = at instanceof ShadowRoot ? at.host : at.parentNode) {
      const link = links.get(at);
      if (link?.host.room) return link;
    }
    return undefined;
  }
}

/**
 * Gives every element (RoomElement's prototype) the members that go through its link, in place of
 * the answers of an element without a room; each element gets its link on its next update.
 */
export function install(proto: object): void {
  const { get: ownRoom } = Object.getOwnPropertyDescriptor(proto, 'roomInUse')!;
  type El = RoomElementLike;
  Object.defineProperties(proto, {
    presence: {
      get(this: El) {
        return links.get(this)?.presence;
      },
    },
    roomInUse: {
      get(this: El) {
        const link = links.get(this);
        return link ? link.roomInUse : ownRoom!.call(this);
      },
    },
    othersOn: {
      value(this: El, kind: PresenceSelection['kind'], id: string) {
        return links.get(this)?.othersOn(kind, id) ?? [];
      },
    },
    presenceMark: {
      value(this: El, kind: PresenceSelection['kind'], id: string) {
        return links.get(this)?.mark(kind, id) ?? nothing;
      },
    },
    renderRoom: {
      value(this: El) {
        return links.get(this)?.render() ?? nothing;
      },
    },
    updateRoom: {
      value(this: El) {
        const link =
          links.get(this) ??
          new RoomLink(this, {
            store: () => this.activeStore,
            loading: () => this.loadState === 'loading',
            lang: () => this.localize.lang,
            reportIssues: (issues) => this.reportError('parse', issues),
            restore: (changes) => this.edit(changes),
          });
        link.update(Boolean(this.room && this.joinsRoom()), Boolean(this.contextStore));
      },
    },
  });
}
