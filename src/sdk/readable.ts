/**
 * Whether input could be read at all, in one place: the elements, `<samenspel-data>` and the
 * autosave judge a parse result and a size by the same rule.
 */
import { issue, type Issue } from './issues.js';

/** Bytes as megabytes, to a tenth (1.5), as every size message shows them. */
export const megabytes = (bytes: number): number => Math.round((bytes / 1048576) * 10) / 10;

/** The issue for input larger than `maxBytes`. */
export const tooLargeIssue = (bytes: number, maxBytes: number): Issue =>
  issue('$', 'error', 'too-large', 'tooLarge', megabytes(bytes), megabytes(maxBytes));

/** The issues that mean input cannot be read as a whole: a newer version, or an error in its root, format or version. */
export function unreadableIssues(issues: readonly Issue[]): Issue[] {
  return issues.filter(
    (i) =>
      i.code === 'newer-version' ||
      (i.severity === 'error' && (i.path === '$' || i.path === '$.format' || i.path === '$.version')),
  );
}
