/** The port the parts of <cooperation-check> (the two views, the join panel, the actions) get instead of the element. */
import type { TemplateResult } from 'lit';
import type { Port } from '../../internal/port.js';
import type { CooperationCheck } from '../../sdk/model.js';
import type { CooperationCheckMessages } from '../../translations/cooperation-check.js';

/** The element's settings the parts read. */
export interface CheckOptions {
  readonly checkId?: string;
  readonly roundId?: string;
  readonly headingLevel: number;
  readonly workshop: boolean;
  readonly editable: boolean;
  readonly carerLens: boolean;
  readonly storage?: 'local' | 'session';
  readonly strongFrom: number;
  readonly attentionFrom: number;
  readonly fillToken?: string;
  readonly joinUrl?: string;
  /** The check shown: the one with id `check`, else the first. */
  readonly check?: CooperationCheck;
  /** The element's own room, which a respondent's form sends its answer to. */
  readonly room?: string;
  readonly server?: string;
  readonly token?: string;
  /** The room (its own or that of the `<samenspel-data>` around it) the results follow. */
  readonly roomInUse?: { room: string; server: string };
}

export type CheckPort = Port<CooperationCheckMessages, CheckOptions>;

export interface CheckView {
  render(): TemplateResult;
}
