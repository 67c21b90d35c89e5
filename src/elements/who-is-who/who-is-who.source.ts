import { COLLECTION_NAMES, type Dataset } from '../../sdk/model.js';
import { nextTask } from '../../sdk/next-task.js';
import { PARSE_SLICE_MS, parseDataset, parseDatasetInSlices, type ParseResult } from '../../sdk/parse.js';
import { readsInSlices } from '../../internal/samenspel-element.js';

/** Which reader a `src` is read with. */
export type WhoIsWhoFormat = 'samenspel' | 'hsds' | 'csv';

/** The format of a fetched source, from its content type, its extension, or a look at its content. */
export function detectFormat(text: string, contentType: string, url: string): WhoIsWhoFormat {
  const path = url.split(/[?#]/)[0].toLowerCase();
  if (contentType === 'text/csv' || path.endsWith('.csv')) return 'csv';
  const start = text.replace(/^\uFEFF/, '').trimStart();
  if (!start.startsWith('{') && !start.startsWith('['))
    return contentType.includes('json') || path.endsWith('.json') ? 'samenspel' : 'csv';
  try {
    const doc: unknown = JSON.parse(start);
    const isSamenspel =
      !!doc &&
      typeof doc === 'object' &&
      !Array.isArray(doc) &&
      ((doc as { format?: unknown }).format === 'samenspel' || Array.isArray((doc as { parties?: unknown }).parties));
    return isSamenspel ? 'samenspel' : 'hsds';
  } catch {
    // Not JSON after all: the samenspel reader says so clearly.
    return 'samenspel';
  }
}

/** Reads a dataset; a large one over several tasks, so that the page answers meanwhile. */
export function readDataset(input: unknown): ParseResult | Promise<ParseResult> {
  return readsInSlices(input) ? readInSlices(input) : parseDataset(input);
}

/**
 * Reads a large dataset a slice per task, and freezes its records the same way: the store freezes what it
 * is given, and at city scale (40,000 records) that alone held the page for a long task. The reading starts
 * after the task that asked for it, and the store, the list and what they need start in a task of their own
 * after the last slice.
 */
async function readInSlices(input: unknown): Promise<ParseResult> {
  // The first slice too: the task that set `data` mounts the element and renders it already.
  await nextTask();
  const result = await parseDatasetInSlices(input);
  await nextTask();
  await freezeInSlices(result.dataset);
  await nextTask();
  return result;
}

async function freezeInSlices(dataset: Dataset): Promise<void> {
  let end = performance.now() + PARSE_SLICE_MS;
  for (const name of COLLECTION_NAMES) {
    const list: readonly object[] = dataset[name];
    for (let i = 0; i < list.length; i++) {
      deepFreeze(list[i]);
      if (i % 50 !== 49 || performance.now() < end) continue;
      await nextTask();
      end = performance.now() + PARSE_SLICE_MS;
    }
  }
}

/** As the store freezes: a value frozen already is taken as frozen through, so the store passes over these records. */
function deepFreeze(value: unknown): void {
  if (!value || typeof value !== 'object' || Object.isFrozen(value)) return;
  Object.freeze(value);
  for (const child of Object.values(value)) deepFreeze(child);
}
