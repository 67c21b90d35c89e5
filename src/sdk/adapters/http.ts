/**
 * A dataset on a server, by the REST contract in docs/http-adapter.md: `GET` loads it and gives an
 * ETag, `PUT` with `If-Match` saves it; a 412 means someone else saved first. Requests go only to
 * the URL the host configured.
 */
import { AdapterError, adapterIssue, type Adapter } from './adapter.js';

export interface HttpAdapterOptions {
  /** The dataset's URL (http or https). */
  url: string;
  /** Extra request headers, e.g. an authorization header the host manages. */
  headers?: Record<string, string>;
  /** `same-origin` by default; `include` sends cookies to another origin. */
  credentials?: RequestCredentials;
  /** The fetch to use; default the global one. */
  fetch?: typeof fetch;
}

/** What the adapter knows of the server's copy. */
type ServerState = { kind: 'unknown' } | { kind: 'absent' } | { kind: 'present'; etag?: string };

export interface HttpAdapter extends Adapter {
  /** The ETag of the server's copy as last seen, if the server sends one. */
  readonly etag: string | undefined;
}

/** An adapter that loads with GET and saves with PUT and If-Match. */
export function httpAdapter(options: HttpAdapterOptions): HttpAdapter {
  let state: ServerState = { kind: 'unknown' };
  const doFetch = (input: string, init: RequestInit) => (options.fetch ?? fetch)(input, { credentials: options.credentials ?? 'same-origin', ...init });

  const send = async (init: RequestInit): Promise<Response> => {
    try {
      return await doFetch(options.url, init);
    } catch (e) {
      throw new AdapterError('network', [adapterIssue('error', 'network', 'networkFailed', e instanceof Error ? e.message : String(e))]);
    }
  };

  return {
    get etag() {
      return state.kind === 'present' ? state.etag : undefined;
    },
    async load() {
      const response = await send({ method: 'GET', headers: { Accept: 'application/json', ...options.headers } });
      if (response.status === 404) {
        state = { kind: 'absent' };
        return undefined;
      }
      if (!response.ok) throw httpError(response.status);
      state = { kind: 'present', etag: response.headers.get('ETag') ?? undefined };
      return response.text();
    },
    async save(dataset) {
      const headers: Record<string, string> = { 'Content-Type': 'application/json', ...options.headers };
      // Never overwrite what we have not seen: a copy we did not load may only be created, not replaced.
      if (state.kind === 'present' && state.etag) headers['If-Match'] = state.etag;
      else if (state.kind !== 'present') headers['If-None-Match'] = '*';
      const response = await send({ method: 'PUT', headers, body: JSON.stringify(dataset) });
      if (response.status === 412) throw new AdapterError('conflict', [adapterIssue('error', 'conflict', 'saveConflict')]);
      if (!response.ok) throw httpError(response.status);
      state = { kind: 'present', etag: response.headers.get('ETag') ?? undefined };
    },
  };
}

function httpError(status: number): AdapterError {
  return new AdapterError('http', [adapterIssue('error', 'http-status', 'httpFailed', status)]);
}
