/** What the component hands its two views (fill and results), which load on first use. */
import type { TemplateResult } from 'lit';
import type { Lang } from '../../translations/localize.js';
import type { Change } from '../../sdk/store.js';
import type { CooperationCheckMessages } from '../../translations/cooperation-check.js';
import type { CooperationCheckElement } from './cooperation-check.component.js';

/** The English messages, loaded on an English page only. */
export type English = typeof import('../../translations/cooperation-check.en.js');

export interface ViewContext {
  el: CooperationCheckElement;
  t(): CooperationCheckMessages;
  lang(): Lang;
  /** The English messages once loaded (always loaded before a view renders in English). */
  english(): English | undefined;
  /** Applies changes through the element: one undo step, `samenspel-change` or `samenspel-error`. */
  edit(changes: Change | readonly Change[]): boolean;
  /** Tracks a part that loads on demand: the element re-renders when it is there, and `updateComplete` waits for it. */
  load<T>(module: Promise<T>): Promise<T>;
}

export interface CheckView {
  render(): TemplateResult;
}
