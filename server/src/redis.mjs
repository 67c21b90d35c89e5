// @ts-check
/**
 * Rooms shared between server instances through Redis: Hocuspocus's Redis extension, with one change.
 *
 * The extension answers every change with a state-vector exchange: the instance that changed publishes its
 * state vector, each other instance answers with its own, and only then is the change itself published —
 * three trips through Redis and a diff of the whole room on each side, for every keystroke. Here the change
 * goes out at once as it is (one trip, nothing to compute). Redis pub/sub may drop a message (a subscriber
 * that reconnects misses what was sent meanwhile), so the state-vector exchange still runs: when a room goes
 * quiet, and at least every few seconds while it is busy. Whatever was missed arrives then.
 */
import { Redis } from '@hocuspocus/extension-redis';
import { OutgoingMessage } from '@hocuspocus/server';
import * as encoding from 'lib0/encoding';
import { messageYjsSyncStep2 } from 'y-protocols/sync';

/** @typedef {import('@hocuspocus/server').onChangePayload} ChangePayload */

export class RedisRooms extends Redis {
  /** @param {ConstructorParameters<typeof Redis>[0] & { checkAfter?: number; checkAtLeastEvery?: number }} configuration */
  constructor(configuration) {
    super(configuration);
    this.#quiet = configuration.checkAfter ?? 500;
    this.#atLeast = configuration.checkAtLeastEvery ?? 5000;
  }

  #quiet;
  #atLeast;
  /** Per room: the pending state-vector exchange and when the first change it covers was made. */
  #checks = new Map();

  /** @param {ChangePayload} data */
  async onChange(data) {
    if (data.transactionOrigin === this.redisTransactionOrigin) return;
    // As a sync step 2, which the other instances apply with the Redis origin: not published again, not stored twice.
    const message = new OutgoingMessage(data.documentName).createSyncMessage();
    encoding.writeVarUint(message.encoder, messageYjsSyncStep2);
    encoding.writeVarUint8Array(message.encoder, data.update);
    this.#scheduleCheck(data);
    await this['pub'].publish(this['pubKey'](data.documentName), this['encodeMessage'](message.toUint8Array()));
  }

  /** @param {ChangePayload} data */
  #scheduleCheck({ documentName, document }) {
    const now = Date.now();
    const pending = this.#checks.get(documentName);
    const since = pending?.since ?? now;
    clearTimeout(pending?.timer);
    const wait = Math.max(0, Math.min(this.#quiet, since + this.#atLeast - now));
    const timer = setTimeout(() => {
      this.#checks.delete(documentName);
      void this['publishFirstSyncStep'](documentName, document).catch(() => undefined);
    }, wait);
    timer.unref?.();
    this.#checks.set(documentName, { timer, since });
  }

  async onDestroy() {
    for (const { timer } of this.#checks.values()) clearTimeout(timer);
    this.#checks.clear();
    await super.onDestroy();
  }
}
