/**
 * What a phone sends to the samenspel server to answer a cooperation check, and what it gets back.
 * No Yjs and no dataset code here: a respondent's page loads only this (the server side is fill.ts).
 */
import type { Response } from '../model.js';

/** The largest request body the server takes for one response. */
export const MAX_FILL_BYTES = 32 * 1024;

/** Why the server did not add a response; each has its own message on the phone. */
export type FillRefusal =
  | 'too-large' // the body is larger than MAX_FILL_BYTES
  | 'invalid' // not a response as a dataset holds one
  | 'no-round' // the room has no such check or round (yet)
  | 'room-full' // the room is at its size limit
  | 'not-allowed' // the token is not for answering (a `read` token)
  | 'too-many' // the room takes no more answers this moment: not final, the phone tries again
  | 'missing'
  | 'malformed'
  | 'forged'
  | 'expired'
  | 'wrong-room'
  | 'bad-room';

/** What the phone sends: the check and round from the join link, and the response without its round. */
export interface FillRequest {
  check?: string;
  round?: string;
  /** `id` is chosen on the phone and doubles as the idempotency key: sending it again adds nothing. */
  response: Omit<Response, 'round' | 'submitted'>;
}

/** The server's answer: only whether it was taken, never anything from the room. */
export type FillReply = { ok: true } | { ok: false; reason: FillRefusal };

/**
 * The HTTP address of the fill endpoint for a room on a samenspel server given as `ws(s)://…`
 * (the same host and path, so a reverse proxy in front of the server needs nothing more).
 */
export function fillEndpoint(server: string, room: string, base?: string): string | undefined {
  try {
    const url = new URL(server, base);
    if (url.protocol !== 'ws:' && url.protocol !== 'wss:') return undefined;
    url.protocol = url.protocol === 'wss:' ? 'https:' : 'http:';
    url.pathname = `${url.pathname.replace(/\/$/, '')}/fill/${encodeURIComponent(room)}`;
    url.search = '';
    url.hash = '';
    return url.href;
  } catch {
    return undefined;
  }
}
