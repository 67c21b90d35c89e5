/** Fetching a dataset's text for `src`: what the response said, or why there is none. */

/** The body of a response that came (2xx), or the status of one that did not (undefined: no answer at all). */
export type Fetched = { ok: true; text: string; contentType: string; url: string } | { ok: false; status?: number };

/** Fetches `url` with the page's own credentials only; never rejects. */
export async function fetchSource(url: string, signal: AbortSignal): Promise<Fetched> {
  try {
    const response = await fetch(url, { signal, credentials: 'same-origin' });
    if (!response.ok) return { ok: false, status: response.status };
    const contentType = (response.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase();
    return { ok: true, text: await response.text(), contentType, url: response.url || url };
  } catch {
    // No answer at all: offline, blocked, or a server that refuses this origin.
    return { ok: false };
  }
}

/** Whether a dataset holds nothing at all. */
export function isEmptyDataset(d: {
  parties: readonly unknown[];
  relations: readonly unknown[];
  careNetworks: readonly unknown[];
  goalTrees: readonly unknown[];
  checks: readonly unknown[];
  routes: readonly unknown[];
}): boolean {
  return (
    !d.parties.length &&
    !d.relations.length &&
    !d.careNetworks.length &&
    !d.goalTrees.length &&
    !d.checks.length &&
    !d.routes.length
  );
}
