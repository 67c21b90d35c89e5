/**
 * A dataset on a server, by the REST contract in docs/http-adapter.md: `GET` loads it and gives an
 * ETag, `PUT` with `If-Match` saves it; a 412 means someone else saved first. Every request ends:
 * one that gets no answer in time is aborted. Requests go only to the URL the host configured.
 */
import { AdapterError, adapterIssue, type Adapter } from './adapter.js';

export interface HttpAdapterOptions {
  /** The dataset's URL (http or https). */
  url: string;
  /** Extra request headers, e.g. an authorization header the host manages. */
  headers?: Record<string, string>;
  /** `same-origin` by default; `include` sends cookies to another origin. */
  credentials?: RequestCredentials;
  /** Milliseconds a request may take, body included, before it is given up; default 15000. */
  timeout?: number;
  /** The fetch to use; default the global one. */
  fetch?: typeof fetch;
}

/** What the adapter knows of the server's copy. */
type ServerState = { kind: 'unknown' } | { kind: 'absent' } | { kind: 'present'; etag?: string };

export interface HttpAdapter extends Adapter {
  /** The ETag of the server's copy as last seen, if the server sends one. */
  readonly etag: string | undefined;
}

export const DEFAULT_TIMEOUT = 15_000;

/** Browsers send a `keepalive` request of at most 64 KiB; a larger one on closing goes as a normal request. */
const KEEPALIVE_LIMIT = 60_000;

/** An adapter that loads with GET and saves with PUT and If-Match. */
export function httpAdapter(options: HttpAdapterOptions): HttpAdapter {
  let state: ServerState = { kind: 'unknown' };
  const timeout = options.timeout ?? DEFAULT_TIMEOUT;

  /** Sends a request and reads its body, both within the timeout; `signal` aborts it early. */
  const send = async (init: RequestInit, signal?: AbortSignal): Promise<{ response: Response; text: string }> => {
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeout);
    const stop = () => controller.abort();
    signal?.addEventListener('abort', stop);
    try {
      const response = await (options.fetch ?? fetch)(options.url, {
        credentials: options.credentials ?? 'same-origin',
        ...init,
        signal: controller.signal,
      });
      return { response, text: await response.text() };
    } catch (e) {
      if (timedOut)
        throw new AdapterError('timeout', [
          adapterIssue('error', 'timeout', 'timedOut', Math.max(1, Math.round(timeout / 1000))),
        ]);
      throw new AdapterError('network', [
        adapterIssue('error', 'network', 'networkFailed', e instanceof Error ? e.message : String(e)),
      ]);
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', stop);
    }
  };

  return {
    get etag() {
      return state.kind === 'present' ? state.etag : undefined;
    },
    async load() {
      const { response, text } = await send({
        method: 'GET',
        headers: { Accept: 'application/json', ...options.headers },
      });
      if (response.status === 404) {
        state = { kind: 'absent' };
        return undefined;
      }
      if (!response.ok) throw httpError(response.status);
      // Only a body read to the end counts as seen: its ETag is what a deliberate replace may overwrite.
      state = { kind: 'present', etag: response.headers.get('ETag') ?? undefined };
      const type = response.headers.get('Content-Type') ?? '';
      // A login page answered with 200 is no dataset (and no reason to think the data is gone).
      if (/html/i.test(type) || /^\s*</.test(text))
        throw new AdapterError('unreadable', [adapterIssue('error', 'not-data', 'notData')]);
      return text;
    },
    async save(dataset, _changes, saveOptions = {}) {
      const headers: Record<string, string> = { 'Content-Type': 'application/json', ...options.headers };
      // Never overwrite what we have not seen: a copy we did not load may only be created, not replaced.
      if (state.kind === 'present' && state.etag) headers['If-Match'] = state.etag;
      else if (state.kind !== 'present') headers['If-None-Match'] = '*';
      const body = JSON.stringify(dataset);
      const keepalive = Boolean(saveOptions.closing) && body.length < KEEPALIVE_LIMIT;
      const { response } = await send({ method: 'PUT', headers, body, keepalive }, saveOptions.signal);
      if (response.status === 412)
        throw new AdapterError('conflict', [adapterIssue('error', 'conflict', 'saveConflict')]);
      if (!response.ok) throw httpError(response.status);
      state = { kind: 'present', etag: response.headers.get('ETag') ?? undefined };
    },
  };
}

function httpError(status: number): AdapterError {
  // 429: the server asks to wait (a rate limit); saying so keeps the user from looking for a broken connection.
  const issue =
    status === 429
      ? adapterIssue('error', 'server-busy', 'serverBusy')
      : adapterIssue('error', 'http-status', 'httpFailed', status);
  return new AdapterError('http', [issue], status);
}
