/**
 * A server in the page that keeps one dataset and speaks the contract of docs/http-adapter.md, with
 * faults to switch on and off: a status, no answer at all (a hang), a refused connection, a slow
 * answer, or a body of the test's choosing on GET. Only requests to its URL are answered by it.
 */
import type { Dataset } from '../../src/sdk/index.js';

export type Fault =
  { status: number } | { hang: true } | { refuse: true } | { delay: number } | { body: string; type?: string };

export interface LoggedRequest {
  method: string;
  headers: Record<string, string>;
  body?: string;
}

export function fakeServer(url: string, initial?: Dataset) {
  let body = initial ? JSON.stringify(initial) : undefined;
  let version = 1;
  const requests: LoggedRequest[] = [];
  const faults: { get?: Fault; put?: Fault } = {};
  const before = window.fetch;
  const etag = () => `"v${version}"`;
  window.fetch = async (input, init = {}) => {
    const target = String(input instanceof Request ? input.url : input);
    if (!target.startsWith(url)) return before(input, init);
    const method = init.method ?? 'GET';
    const headers = (init.headers ?? {}) as Record<string, string>;
    requests.push({ method, headers, body: init.body as string | undefined });
    const fault = method === 'GET' ? faults.get : faults.put;
    const signal = init.signal ?? undefined;
    if (fault && 'refuse' in fault) throw new TypeError('Failed to fetch');
    if (fault && 'hang' in fault)
      return new Promise<Response>((_, reject) =>
        signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
      );
    if (fault && 'delay' in fault) await wait(fault.delay, signal);
    if (fault && 'status' in fault) return new Response('', { status: fault.status });
    if (method === 'GET') {
      if (fault && 'body' in fault)
        return new Response(fault.body, {
          headers: { ETag: etag(), 'Content-Type': fault.type ?? 'application/json' },
        });
      return body === undefined
        ? new Response('', { status: 404 })
        : new Response(body, { headers: { ETag: etag(), 'Content-Type': 'application/json' } });
    }
    if (
      (headers['If-Match'] && headers['If-Match'] !== etag()) ||
      (headers['If-None-Match'] === '*' && body !== undefined)
    )
      return new Response('', { status: 412 });
    body = init.body as string;
    version++;
    return new Response(null, { status: 204, headers: { ETag: etag() } });
  };
  return {
    requests,
    faults,
    get puts() {
      return requests.filter((r) => r.method === 'PUT');
    },
    /** What the server keeps now. */
    get dataset(): Dataset | undefined {
      return body === undefined ? undefined : (JSON.parse(body) as Dataset);
    },
    get etag() {
      return etag();
    },
    /** Someone else saves. */
    overwrite(d: Dataset) {
      body = JSON.stringify(d);
      version++;
    },
    restore() {
      window.fetch = before;
    },
  };
}

function wait(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(new DOMException('aborted', 'AbortError'));
    });
  });
}
