import type { LayoutGraph, LayoutRequest, LayoutResponse } from '../../workers/layout-protocol.js';

export interface LayoutOptions {
  iterations: number;
  /** Called once with part-way positions, for a first picture. */
  onFirst?: (x: Float64Array, y: Float64Array) => void;
  /** Where the worker script is; by default next to the package's own files. */
  workerUrl?: string;
  signal?: AbortSignal;
}

const WORKER_OPTIONS: WorkerOptions = { type: 'module', name: 'samenspel-layout' };

/**
 * `true` in the package (rollup.config.mjs defines it), undefined when run from source. The package
 * build then drops the source's URL below, which a host's bundler would otherwise try to bundle.
 */
declare const SAMENSPEL_PACKAGE: boolean | undefined;

/**
 * Starts the layout worker. From source (tests, Storybook) this module sits in `src/elements/who-is-who/`
 * next to `src/workers/`, and a Vite build rewrites that URL to its own copy of the worker; in the built
 * package the code sits one folder below `dist/` (in `elements/` or `chunks/`), with the worker in
 * `dist/workers/`. Either way it is a same-origin script, so a `default-src 'self'` CSP allows it.
 */
export function startLayoutWorker(url?: string): Worker {
  if (url) return new Worker(url, WORKER_OPTIONS);
  if (
    typeof SAMENSPEL_PACKAGE === 'undefined' &&
    (/\.ts(\?|$)/.test(import.meta.url) || (import.meta as { env?: unknown }).env)
  ) {
    return new Worker(new URL('../../workers/layout.worker.ts', import.meta.url), {
      type: 'module',
      name: 'samenspel-layout',
    });
  }
  // Built as a plain string so that bundlers do not try to resolve it from the source folder.
  const built = ['..', 'workers', 'layout.worker.js'].join('/');
  return new Worker(new URL(built, import.meta.url), WORKER_OPTIONS);
}

let nextId = 1;

/**
 * Lays out a graph with ForceAtlas2 in a Web Worker. When no worker can be started (a CSP without
 * `worker-src`, a bundler that did not copy it), it runs on the main thread in slices of a few
 * milliseconds, so the page never freezes either way.
 */
export async function runLayout(
  graph: LayoutGraph,
  options: LayoutOptions,
): Promise<{ x: Float64Array; y: Float64Array }> {
  try {
    return await inWorker(graph, options);
  } catch (e) {
    if (options.signal?.aborted) throw e;
    return inSlices(graph, options);
  }
}

function inWorker(graph: LayoutGraph, options: LayoutOptions): Promise<{ x: Float64Array; y: Float64Array }> {
  return new Promise((resolve, reject) => {
    let worker: Worker;
    try {
      worker = startLayoutWorker(options.workerUrl);
    } catch (e) {
      reject(e);
      return;
    }
    const id = nextId++;
    const stop = () => worker.terminate();
    options.signal?.addEventListener('abort', () => {
      stop();
      reject(new DOMException('aborted', 'AbortError'));
    });
    worker.onerror = (e) => {
      e.preventDefault();
      stop();
      reject(new Error('layout worker failed'));
    };
    worker.onmessage = (e: MessageEvent<LayoutResponse>) => {
      if (e.data.id !== id) return;
      if (!e.data.done) {
        options.onFirst?.(e.data.x, e.data.y);
        return;
      }
      stop();
      resolve({ x: e.data.x, y: e.data.y });
    };
    const request: LayoutRequest = {
      id,
      x: graph.x,
      y: graph.y,
      fixed: graph.fixed,
      edges: graph.edges,
      iterations: options.iterations,
      firstAfter: options.onFirst ? Math.ceil(options.iterations / 4) : 0,
    };
    worker.postMessage(request);
  });
}

async function inSlices(graph: LayoutGraph, options: LayoutOptions): Promise<{ x: Float64Array; y: Float64Array }> {
  const { ForceLayout, normalizeLayout } = await import('../../workers/force-layout.js');
  const layout = new ForceLayout(graph);
  const first = Math.ceil(options.iterations / 4);
  let shown = false;
  while (layout.iterations < options.iterations) {
    if (options.signal?.aborted) throw new DOMException('aborted', 'AbortError');
    const start = performance.now();
    while (layout.iterations < options.iterations && performance.now() - start < 12) layout.run(1);
    if (!shown && layout.iterations >= first) {
      shown = true;
      const first = { ...graph, x: graph.x.slice(), y: graph.y.slice() };
      normalizeLayout(first);
      options.onFirst?.(first.x, first.y);
    }
    await new Promise((r) => setTimeout(r, 0));
  }
  normalizeLayout(graph);
  return { x: graph.x, y: graph.y };
}
