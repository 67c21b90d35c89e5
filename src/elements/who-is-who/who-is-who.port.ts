/** The port the parts of <who-is-who> (the network view, export and print) get instead of the element. */
import type { Port } from '../../internal/port.js';
import type { Change } from '../../sdk/change.js';
import type { Person } from '../../sdk/live/presence.js';
import type { Party } from '../../sdk/model.js';
import type { WhoIsWhoMessages } from '../../translations/who-is-who.js';

/** The element's settings the parts read. */
export interface WhoIsWhoOptions {
  readonly view: 'list' | 'graph';
  readonly selected: string | null;
  readonly editable: boolean;
  readonly present: boolean;
  /** The heading level of the element's sections, as set (`heading()` keeps it within 1–6). */
  readonly headingLevel: number;
  readonly workerUrl?: string;
  /** In a live room: everyone in it, with what each has chosen. */
  readonly people?: readonly Person[];
}

/** The parties the search and filters leave (see `WhoIsWhoModel`). */
export interface ShownParties {
  /** In list order. */
  readonly filtered: readonly Party[];
  /** Their ids, or null when nothing is filtered. */
  readonly visible: ReadonlySet<string> | null;
}

export interface WhoIsWhoPort extends Port<WhoIsWhoMessages, WhoIsWhoOptions> {
  readonly shown: ShownParties;
  /** The party with this id, if the dataset has it. */
  party(id: string): Party | undefined;
  /** Applies what a layout computed: one store step outside the undo history, sent with `origin: 'layout'`. */
  keep(changes: readonly Change[]): void;
}
