/** JSON files: read one into a dataset, or write a dataset as a pretty-printed JSON file. */
import type { Dataset } from '../model.js';
import { DEFAULT_MAX_BYTES, parseDataset, type ParseOptions, type ParseResult } from '../parse.js';
// A file may ask for the built-in instrument: reading it stays synchronous.
import '../instrument.js';
import { emptyDataset } from '../model.js';
import { issue } from '../issues.js';
import { tooLargeIssue } from '../readable.js';

/** The media type of a samenspel file. */
export const DATASET_MEDIA_TYPE = 'application/json';

/** Reads a File or Blob with samenspel JSON; never rejects: what cannot be read comes back as issues. */
export async function importDatasetFile(file: Blob, options: ParseOptions = {}): Promise<ParseResult> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (file.size > maxBytes) {
    return { dataset: emptyDataset(), issues: [tooLargeIssue(file.size, maxBytes)] };
  }
  let text: string;
  try {
    text = await file.text();
  } catch (e) {
    return {
      dataset: emptyDataset(),
      issues: [issue('$', 'error', 'unreadable', 'unreadable', e instanceof Error ? e.message : String(e))],
    };
  }
  // A byte order mark is not JSON, but editors write one.
  return parseDataset(text.replace(/^\uFEFF/, ''), options);
}

/** The dataset as a JSON file, indented for people who open it. */
export function exportDatasetFile(dataset: Dataset): Blob {
  return new Blob([`${JSON.stringify(dataset, null, 2)}\n`], { type: DATASET_MEDIA_TYPE });
}
