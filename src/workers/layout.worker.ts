/**
 * The who-is-who force layout, off the main thread: receives a graph as typed arrays, runs
 * ForceAtlas2 and posts the positions back, once part-way (for a first picture) and once at the end.
 */
import { ForceLayout, normalizeLayout } from './force-layout.js';
import type { LayoutRequest, LayoutResponse } from './layout-protocol.js';

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<LayoutRequest>) => void) | null;
  postMessage(message: LayoutResponse, transfer: Transferable[]): void;
};

scope.onmessage = (event) => {
  const { id, x, y, fixed, edges, iterations, firstAfter } = event.data;
  const layout = new ForceLayout({ x, y, fixed, edges });
  if (firstAfter > 0 && firstAfter < iterations) {
    layout.run(firstAfter);
    const first = { x: x.slice(), y: y.slice(), fixed, edges };
    normalizeLayout(first);
    scope.postMessage({ id, done: false, x: first.x, y: first.y }, []);
  }
  layout.run(iterations - layout.iterations);
  normalizeLayout({ x, y, fixed, edges });
  scope.postMessage({ id, done: true, x, y }, [x.buffer, y.buffer]);
};
