/** The domain events every samenspel element fires: bubbling, composed, with a typed readonly detail. */
import type { Change } from '../sdk/store.js';
import type { Issue } from '../sdk/issues.js';
import type { Response } from '../sdk/model.js';

abstract class SamenspelEvent<T> extends Event {
  constructor(
    type: string,
    readonly detail: Readonly<T>,
    cancelable = false,
  ) {
    super(type, { bubbles: true, composed: true, cancelable });
  }
}

export interface SelectDetail {
  /** What was selected: a party, a goal, a network member … */
  kind: 'party' | 'goal' | 'relation' | 'aspect';
  /** Its id, or null when the selection was cleared. */
  id: string | null;
}
/** The user selected something (or cleared the selection). */
export class SamenspelSelectEvent extends SamenspelEvent<SelectDetail> {
  constructor(detail: SelectDetail) {
    super('samenspel-select', detail);
  }
}

export interface ChangeDetail {
  /** The changes made, as applied to the store (plain JSON: store or send them as they are). */
  changes: readonly Change[];
  /** A user's edit, undo/redo, or positions a graph layout computed (kept so the map draws at once next time; not undoable). */
  origin: 'local' | 'undo' | 'redo' | 'layout';
}
/** The user changed the data. */
export class SamenspelChangeEvent extends SamenspelEvent<ChangeDetail> {
  constructor(detail: ChangeDetail) {
    super('samenspel-change', detail);
  }
}

export interface ErrorDetail {
  /** What went wrong, in a few words: `load`, `parse`, `save`, `edit`, `export`. */
  during: 'load' | 'parse' | 'save' | 'edit' | 'export';
  /** The problems, each with a path and a message in Dutch and English. */
  issues: readonly Issue[];
}
/** Something could not be loaded, read, saved or edited; the element shows it too. */
export class SamenspelErrorEvent extends SamenspelEvent<ErrorDetail> {
  constructor(detail: ErrorDetail) {
    super('samenspel-error', detail);
  }
}

export interface SubmitDetail {
  response: Response;
  /** The check it belongs to. */
  check: string;
}
/** A respondent submitted the cooperation check. */
export class SamenspelSubmitEvent extends SamenspelEvent<SubmitDetail> {
  constructor(detail: SubmitDetail) {
    super('samenspel-submit', detail);
  }
}

export interface LiveStatus {
  /** Where the live room stands: joining, joined, lost and retrying, lost with edits waiting, or refused. */
  state: 'connecting' | 'connected' | 'reconnecting' | 'offline' | 'refused';
  /** Edits made here that the room does not have yet (they are kept). */
  unsaved: number;
  /** How many people are in the room, this one included (0 when not connected). */
  people: number;
  /** Why the room was refused: `expired`, `forged`, `wrong-room`, `too-large` … */
  reason?: string;
}
/** The live room's connection changed (see `room`). */
export class SamenspelStatusEvent extends SamenspelEvent<LiveStatus> {
  constructor(detail: LiveStatus) {
    super('samenspel-status', detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'samenspel-status': SamenspelStatusEvent;
    'samenspel-select': SamenspelSelectEvent;
    'samenspel-change': SamenspelChangeEvent;
    'samenspel-error': SamenspelErrorEvent;
    'samenspel-submit': SamenspelSubmitEvent;
  }
}
