/**
 * Sends a respondent's answers to the samenspel server (`POST /fill/<room>`) when the check is filled
 * in within a room. The page never joins the room and loads no Yjs: it only learns whether its answer
 * was taken. A lost connection keeps the answer (in memory, or in the storage the host chose) and sends
 * it when the connection is back; the response's id makes a second send add nothing.
 */
import { fillEndpoint, type FillRefusal, type FillRequest } from '../../sdk/live/fill-request.js';

export type OutboxState =
  | { state: 'idle' }
  | { state: 'sending' }
  | { state: 'sent' }
  /** Not sent yet: no connection, or (`busy`) the server asked to wait, as a room does that takes many answers at once. */
  | { state: 'waiting'; busy?: boolean }
  | { state: 'refused'; reason: FillRefusal | 'bad-server' };

export interface OutboxConfig {
  server: string;
  room: string;
  token: string;
  /** Where the unsent answer is kept besides memory: only what the host chose with `storage`. */
  storage?: Storage;
  key: string;
  onChange(state: OutboxState): void;
}

const REFUSALS: readonly string[] = [
  'too-large',
  'invalid',
  'no-round',
  'room-full',
  'not-allowed',
  'missing',
  'malformed',
  'forged',
  'expired',
  'wrong-room',
  'bad-room',
];
const FIRST_RETRY = 1000;
const LAST_RETRY = 15_000;

export class FillOutbox {
  readonly #config: OutboxConfig;
  #pending?: FillRequest;
  #state: OutboxState = { state: 'idle' };
  #timer?: ReturnType<typeof setTimeout>;
  #delay = FIRST_RETRY;
  #inFlight = false;
  readonly #online = () => void this.flush();

  constructor(config: OutboxConfig) {
    this.#config = config;
    window.addEventListener('online', this.#online);
    try {
      const kept = JSON.parse(config.storage?.getItem(config.key) ?? 'null') as FillRequest | null;
      if (kept && typeof kept === 'object' && kept.response) this.#pending = kept;
    } catch {
      // A broken copy is dropped; the server would refuse it anyway.
    }
    if (this.#pending) void this.flush();
  }

  get state(): OutboxState {
    return this.#state;
  }

  /** Whether the host's storage keeps the unsent answer (else it is only in this page). */
  get kept(): boolean {
    return Boolean(this.#config.storage);
  }

  /** Sends a response; while one is on its way or waiting, sending the same again changes nothing. */
  send(request: FillRequest): void {
    if (this.#pending?.response.id === request.response.id && this.#state.state !== 'refused') return;
    this.#pending = request;
    this.#keep();
    this.#delay = FIRST_RETRY;
    void this.flush();
  }

  /** Tries the waiting answer now (also on the `online` event and on a timer that backs off). */
  async flush(): Promise<void> {
    const request = this.#pending;
    if (!request || this.#inFlight) return;
    const url = fillEndpoint(this.#config.server, this.#config.room, document.baseURI);
    if (!url) return this.#settle({ state: 'refused', reason: 'bad-server' });
    clearTimeout(this.#timer);
    this.#inFlight = true;
    this.#set({ state: 'sending' });
    let reply: { status: number; reason?: string } | undefined;
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${this.#config.token}` },
        body: JSON.stringify(request),
        credentials: 'omit',
        cache: 'no-store',
      });
      const body = (await response.json().catch(() => ({}))) as { ok?: boolean; reason?: string };
      reply = { status: response.ok && body.ok ? 200 : response.status, reason: body.reason };
    } catch {
      reply = undefined;
    } finally {
      this.#inFlight = false;
    }
    if (this.#pending !== request) return;
    if (reply?.status === 200) return this.#settle({ state: 'sent' });
    // A refusal is final (sending it again gives the same answer); anything else is a connection to wait for.
    if (reply && reply.reason && REFUSALS.includes(reply.reason))
      return this.#settle({ state: 'refused', reason: reply.reason as FillRefusal });
    this.#set({ state: 'waiting', busy: reply?.status === 429 });
    this.#timer = setTimeout(() => void this.flush(), this.#delay);
    this.#delay = Math.min(this.#delay * 2, LAST_RETRY);
  }

  destroy(): void {
    clearTimeout(this.#timer);
    window.removeEventListener('online', this.#online);
  }

  #settle(state: OutboxState): void {
    this.#pending = undefined;
    this.#keep();
    this.#set(state);
  }

  #keep(): void {
    try {
      if (this.#pending) this.#config.storage?.setItem(this.#config.key, JSON.stringify(this.#pending));
      else this.#config.storage?.removeItem(this.#config.key);
    } catch {
      // Storage full or blocked: the answer stays in memory.
    }
  }

  #set(state: OutboxState): void {
    this.#state = state;
    this.#config.onChange(state);
  }
}
