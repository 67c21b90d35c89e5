/** A part of a dataset as a samenspel document of its own. No DOM. */
import { emptyDataset, type CollectionName, type Dataset } from '../model.js';

/**
 * A samenspel document with one part of `from` (a care network, a goal tree, a route) and the parties it
 * names, so that it is read on its own — by `parseDataset`, or by a tool elsewhere — without an issue.
 */
export function partDocument(
  from: Dataset,
  title: string,
  part: Partial<Pick<Dataset, CollectionName>>,
  partyIds: Iterable<string>,
): Dataset {
  const named = new Set(partyIds);
  return { ...emptyDataset(title), ...part, parties: from.parties.filter((p) => named.has(p.id)) };
}
