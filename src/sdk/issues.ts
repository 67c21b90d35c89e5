/** Problems found in data: every one has a JSON path, a severity and a message in Dutch and English. */
import type { SdkMessages } from './messages/issues.js';
import type { Catalog } from './messages/lang.js';

/** `error`: something was left out; `warning`: something was changed or skipped; `info`: filled in, nothing lost. */
export type Severity = 'error' | 'warning' | 'info';

/** The record an issue is about: its collection, its index in the input, and its id and name when it has them. */
export interface IssueRecord {
  collection: string;
  index: number;
  id?: string;
  name?: string;
}

export interface Issue {
  /** JSON path of the problem, e.g. `$.parties[3].contact.website`. */
  path: string;
  severity: Severity;
  /** A stable code for hosts: `unsafe-url`, `missing-party`, `duplicate-id` … */
  code: string;
  message: { nl: string; en: string };
  /** Row and column, for problems found in a spreadsheet (1-based). */
  row?: number;
  column?: string;
  /** The record it is about, for problems found in a dataset. */
  record?: IssueRecord;
}

/** Names the record an issue is about (see {@link IssueRecord}). */
export function aboutRecord(i: Issue, record: IssueRecord): void {
  i.record = record;
}

type Messages = Record<string, string | ((...args: never[]) => string)>;
type MessageArgs<M, K extends keyof M> = M[K] extends (...args: infer A) => string ? A : [];

/** Builds an issue whose message comes from a catalogue, in both languages. */
export function issueFrom<M extends Messages, K extends keyof M & string>(
  catalog: Catalog<M>,
  path: string,
  severity: Severity,
  code: string,
  key: K,
  ...args: MessageArgs<M, K>
): Issue {
  const say = (m: M) => {
    const entry = m[key] as string | ((...a: unknown[]) => string);
    return typeof entry === 'function' ? entry(...args) : entry;
  };
  return { path, severity, code, message: { nl: say(catalog.nl), en: say(catalog.en) } };
}

/*
 * The SDK's own messages are not loaded with the code that finds problems, since valid data never
 * needs them: a page with one tool then downloads less. The SDK entry sets them at once, so every
 * SDK function returns issues with their messages; the elements load them when they report an issue.
 */
let sdkMessages: Catalog<SdkMessages> | undefined;
/** Issues made before the SDK messages were set, with how to write their message. */
const unwritten = new WeakMap<Issue, (messages: Catalog<SdkMessages>) => Issue['message']>();

/** Sets the SDK's messages: from then on every issue is made with its message. */
export function useSdkMessages(messages: Catalog<SdkMessages>): void {
  sdkMessages = messages;
}

/** Builds an issue whose message comes from the SDK catalogue (its code stands in until that is loaded; see {@link withMessages}). */
export function issue<K extends keyof SdkMessages & string>(
  path: string,
  severity: Severity,
  code: string,
  key: K,
  ...args: MessageArgs<SdkMessages, K>
): Issue {
  if (sdkMessages) return issueFrom(sdkMessages, path, severity, code, key, ...args);
  const made: Issue = { path, severity, code, message: { nl: code, en: code } };
  unwritten.set(made, (messages) => issueFrom(messages, path, severity, code, key, ...args).message);
  return made;
}

/** Resolves when every one of these issues has its message, loading the SDK messages if need be. */
export async function withMessages<T extends readonly Issue[]>(issues: T): Promise<T> {
  if (issues.some((i) => unwritten.has(i))) {
    const messages = (sdkMessages ??= (await import('./messages/issues.js')).sdkMessages);
    for (const i of issues) {
      const write = unwritten.get(i);
      unwritten.delete(i);
      if (write) i.message = write(messages);
    }
  }
  return issues;
}

/** `['parties', 3, 'name']` → `$.parties[3].name` */
export function jsonPath(keys: readonly (string | number)[]): string {
  return keys.reduce<string>(
    (p, k) =>
      typeof k === 'number' ? `${p}[${k}]` : /^[A-Za-z_$][\w$]*$/.test(k) ? `${p}.${k}` : `${p}[${JSON.stringify(k)}]`,
    '$',
  );
}
