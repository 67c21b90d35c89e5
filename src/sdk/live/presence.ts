/**
 * Who is in a room and what each person has selected, over Yjs awareness (the provider's `awareness`).
 * Names are what each person's host passed, never read from the data; what others send is checked,
 * since any client can send anything.
 */

/** The part of a `y-protocols` Awareness that presence uses. */
export interface AwarenessLike {
  readonly clientID: number;
  getStates(): Map<number, Record<string, unknown>>;
  setLocalStateField(field: string, value: unknown): void;
  on(event: 'change', listener: () => void): void;
  off(event: 'change', listener: () => void): void;
}

/** What a person has selected in a tool. */
export interface PresenceSelection {
  kind: 'party' | 'goal' | 'relation' | 'aspect';
  id: string;
}

export interface Person {
  /** The Yjs client id: stable for one open page. */
  id: number;
  /** The display name their host passed; empty when it passed none. */
  name: string;
  selection: PresenceSelection | null;
  /** True for this page's own person. */
  self: boolean;
}

const KINDS = new Set(['party', 'goal', 'relation', 'aspect']);
const MAX_NAME = 80;

export class Presence {
  readonly #awareness: AwarenessLike;
  #people: readonly Person[] = [];
  readonly #listeners = new Set<(people: readonly Person[]) => void>();
  readonly #onChange = () => {
    this.#people = readPeople(this.#awareness);
    for (const listener of [...this.#listeners]) listener(this.#people);
  };

  constructor(awareness: AwarenessLike, name = '') {
    this.#awareness = awareness;
    awareness.setLocalStateField('samenspel', { name: cleanName(name), selection: null });
    awareness.on('change', this.#onChange);
    this.#people = readPeople(awareness);
  }

  /** Everyone in the room now, this page's person first. */
  get people(): readonly Person[] {
    return this.#people;
  }

  /** Tells the others what this person selected (or `null`). */
  select(selection: PresenceSelection | null): void {
    const own = this.#awareness.getStates().get(this.#awareness.clientID)?.samenspel as { name?: string } | undefined;
    this.#awareness.setLocalStateField('samenspel', { name: own?.name ?? '', selection: cleanSelection(selection) });
  }

  /** Calls `listener` whenever someone comes, goes or selects; returns a function that stops it. */
  subscribe(listener: (people: readonly Person[]) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  destroy(): void {
    this.#awareness.off('change', this.#onChange);
    this.#listeners.clear();
  }
}

function readPeople(awareness: AwarenessLike): Person[] {
  const people: Person[] = [];
  for (const [id, state] of awareness.getStates()) {
    const entry = state?.samenspel as { name?: unknown; selection?: unknown } | undefined;
    if (!entry || typeof entry !== 'object') continue;
    people.push({
      id,
      name: cleanName(entry.name),
      selection: cleanSelection(entry.selection),
      self: id === awareness.clientID,
    });
  }
  return people.sort((a, b) => Number(b.self) - Number(a.self) || a.id - b.id);
}

function cleanName(value: unknown): string {
  // Control characters and bidirectional overrides could disguise a name; they are dropped.
  return typeof value === 'string'
    ? value
        .replace(/[\p{Cc}\u202a-\u202e\u2066-\u2069]/gu, '')
        .trim()
        .slice(0, MAX_NAME)
    : '';
}

function cleanSelection(value: unknown): PresenceSelection | null {
  if (!value || typeof value !== 'object') return null;
  const { kind, id } = value as { kind?: unknown; id?: unknown };
  return typeof kind === 'string' && KINDS.has(kind) && typeof id === 'string' && id.length > 0 && id.length <= 200
    ? { kind: kind as PresenceSelection['kind'], id }
    : null;
}
