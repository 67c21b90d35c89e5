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
