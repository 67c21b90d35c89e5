/** Taking a care network from a file (FHIR R4 Bundle or samenspel JSON) into the dataset shown. */
import { fromFhirBundle } from '../../sdk/formats/fhir.js';
import { DEFAULT_MAX_BYTES, parseDataset } from '../../sdk/parse.js';
// A file may ask for the built-in instrument: reading it stays synchronous.
import '../../sdk/instrument.js';
import { newId, type Change } from '../../sdk/store.js';
import type { Dataset } from '../../sdk/model.js';
import type { Issue } from '../../sdk/issues.js';
import { tooLargeIssue } from '../../sdk/readable.js';

export interface NetworkImport {
  /** One undoable step: the parties that are new to the dataset, and the networks. */
  changes: Change[];
  /** Id of the first imported network, to show it. */
  network?: string;
  issues: Issue[];
}

/**
 * Reads a file's text: a FHIR Bundle (resourceType `Bundle`) or a samenspel dataset. Parties whose id
 * is already in the dataset are kept as they are; a network whose id is taken gets a new one.
 */
export function importNetworks(current: Dataset, text: string): NetworkImport {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    raw = text;
  }
  const isBundle =
    typeof raw === 'object' && raw !== null && (raw as { resourceType?: unknown }).resourceType === 'Bundle';
  const { dataset, issues } = isBundle ? fromFhirBundle(raw) : parseDataset(raw);
  const known = new Set(current.parties.map((p) => p.id));
  const takenNetworks = new Set(current.careNetworks.map((n) => n.id));
  const changes: Change[] = [];
  for (const p of dataset.parties) if (!known.has(p.id)) changes.push({ op: 'put', collection: 'parties', record: p });
  let first: string | undefined;
  for (const n of dataset.careNetworks) {
    const id = takenNetworks.has(n.id) ? newId('netwerk') : n.id;
    takenNetworks.add(id);
    first ??= id;
    changes.push({ op: 'put', collection: 'careNetworks', record: { ...n, id } });
  }
  return { changes: first ? changes : [], network: first, issues };
}

/** Reads a file the user chose: too large a file is refused with an issue, without reading it. */
export async function readNetworkFile(current: Dataset, file: Blob): Promise<NetworkImport> {
  if (file.size > DEFAULT_MAX_BYTES) return { changes: [], issues: [tooLargeIssue(file.size, DEFAULT_MAX_BYTES)] };
  return importNetworks(current, await file.text());
}
