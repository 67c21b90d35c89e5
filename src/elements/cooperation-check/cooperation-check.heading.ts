import type { TemplateResult } from 'lit';
import { heading as headingAt } from '../../internal/heading.js';

/** The check's headings: one with an id is where focus goes after a step. */
export const heading = (level: number, content: unknown, id?: string): TemplateResult =>
  headingAt(level, content, { id, focusable: Boolean(id) });
