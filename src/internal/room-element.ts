/**
 * All that live rooms add to the shared core, kept as small as it can be: the room's attributes (the
 * browser reads which attributes an element watches once, when its tag is defined, so they cannot come
 * later), the answers of an element without a room, and the line that loads the rest — the link to the
 * room, presence, Yjs and the provider (room-link.ts, a chunk of its own) — the first time an element on
 * the page has a `room`. That chunk then takes over the members below for every element (`install`).
 * A page without a room downloads none of it. The size bench swaps this file for one without rooms.
 */
import { LitElement, nothing, type TemplateResult } from 'lit';
import type { Change, Store } from '../sdk/store.js';
import type { Issue } from '../sdk/issues.js';
import type { ErrorDetail } from '../events/events.js';
import type { LocalizeController } from './localize.js';
import type { Presence, PresenceSelection, Person } from '../sdk/live/presence.js';

/** The live part, loading or installed once an element on the page had a room. */
let live: Promise<void> | undefined;

export abstract class RoomElement extends LitElement {
  // Declared without decorators: their helper would come into the core a second time, for this module.
  static override properties = {
    room: { reflect: true },
    server: {},
    token: {},
    userName: { attribute: 'user-name' },
    roomStorage: { attribute: 'room-storage' },
    follow: { reflect: true },
  };

  /** A live room to join (with `server` and `token`): everyone in it edits the same data at once. See docs/live.md. */
  room?: string;

  /** The samenspel server of the room, `wss://…`. */
  server?: string;

  /** The token that gives access to the room (from `samenspel-server token`). */
  token?: string;

  /** The name others in the room see for this person; never read from the data. */
  userName?: string;

  /** `indexeddb` keeps a copy of the room in this browser, so it opens offline too. Off by default. */
  roomStorage?: 'indexeddb';

  /** In a live room: the user-name of a person (e.g. the facilitator) whose selection this tool follows; a switch turns it off. */
  follow?: string;

  // What the room needs of the element (SamenspelElement has them).
  abstract get activeStore(): Store;
  protected abstract contextStore?: Store;
  protected abstract loadState: string;
  protected abstract readonly localize: LocalizeController;
  protected abstract edit(changes: readonly Change[]): boolean;
  protected abstract reportError(during: ErrorDetail['during'], issues: readonly Issue[]): void;

  /** Who is in the live room and what each has selected; undefined without a room. */
  // The type in the cast, not on the getter: the manifest has always listed `presence` without one.
  get presence() {
    return undefined as Presence | undefined;
  }

  /** @internal The room (and its server) this element works in: its own, or that of the `<samenspel-data room>` around it. */
  get roomInUse(): { room: string; server: string } | undefined {
    return this.room ? { room: this.room, server: this.server ?? '' } : undefined;
  }

  /** @internal Shows what the followed person selected; each tool takes the kinds it shows. */
  followSelection(_selection: PresenceSelection): void {}

  /** Everyone else in the room who has `kind`/`id` selected (empty without a room). */
  protected othersOn(_kind: PresenceSelection['kind'], _id: string): Person[] {
    return [];
  }

  /** A visible tag with the names of the others in the room on `kind`/`id`, or nothing. */
  protected presenceMark(_kind: PresenceSelection['kind'], _id: string): TemplateResult | typeof nothing {
    return nothing;
  }

  /** Whether `room` means joining it; a respondent's form sends its answer apart instead (cooperation-check). */
  protected joinsRoom(): boolean {
    return true;
  }

  /** The line that says where the room's connection stands (or the follow switch), or nothing. */
  protected renderRoom(): TemplateResult | typeof nothing {
    return nothing;
  }

  /** Joins, leaves or follows the room as the attributes say; called on every update. Until the live part is there, loads it when joining. */
  protected updateRoom(): void {
    if (this.room && this.joinsRoom())
      (live ??= import('./room-link.js').then((m) => m.install(RoomElement.prototype))).then(
        () => this.requestUpdate(),
        () => (live = undefined), // tried again on the next update
      );
  }
}
