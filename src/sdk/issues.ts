/** Problems found in data: every one has a JSON path, a severity and a message in Dutch and English. */
import { sdkMessages, type SdkMessages } from '../translations/sdk.js';
import type { Catalog } from '../translations/localize.js';

export type Severity = 'error' | 'warning';

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
}

type Messages = Record<string, string | ((...args: never[]) => string)>;
type MessageArgs<M, K extends keyof M> = M[K] extends (...args: infer A) => string ? A : [];

/** Builds an issue whose message comes from a catalogue, in both languages. */
export function issueFrom<M extends Messages, K extends keyof M & string>(
  catalog: Catalog<M>, path: string, severity: Severity, code: string, key: K, ...args: MessageArgs<M, K>
): Issue {
  const say = (m: M) => {
    const entry = m[key] as string | ((...a: unknown[]) => string);
    return typeof entry === 'function' ? entry(...args) : entry;
  };
  return { path, severity, code, message: { nl: say(catalog.nl), en: say(catalog.en) } };
}

/** Builds an issue whose message comes from the SDK catalogue. */
export function issue<K extends keyof SdkMessages & string>(path: string, severity: Severity, code: string, key: K, ...args: MessageArgs<SdkMessages, K>): Issue {
  return issueFrom(sdkMessages, path, severity, code, key, ...args);
}

/** `['parties', 3, 'name']` → `$.parties[3].name` */
export function jsonPath(keys: readonly (string | number)[]): string {
  return keys.reduce<string>((p, k) => (typeof k === 'number' ? `${p}[${k}]` : /^[A-Za-z_$][\w$]*$/.test(k) ? `${p}.${k}` : `${p}[${JSON.stringify(k)}]`), '$');
}

/** An error whose issues a host can read; thrown only by APIs that cannot return them (e.g. adapters). */
export class DatasetError extends Error {
  constructor(readonly issues: Issue[]) {
    super(issues.map((i) => `${i.path}: ${i.message.en}`).join('\n'));
    this.name = 'DatasetError';
  }
}
