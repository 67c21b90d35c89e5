// @ts-check
/**
 * Where rooms are kept: one SQLite file, one row per room with its Yjs state and when it was last
 * changed. Nothing else: no names, no addresses, no tokens.
 */
import Database from 'better-sqlite3';

export class RoomStore {
  /** @param {string} file the SQLite file (created when missing) */
  constructor(file) {
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    // Writes run on the server's event loop: with WAL, NORMAL syncs to disk at checkpoints, not on every write,
    // so a busy disk does not hold up every room. The file cannot be corrupted by a crash; a power cut may lose
    // the last writes, which the clients still hold and send again when they reconnect.
    this.db.pragma('synchronous = NORMAL');
    this.db.exec(
      'CREATE TABLE IF NOT EXISTS rooms (name TEXT PRIMARY KEY, state BLOB NOT NULL, updated_at INTEGER NOT NULL)',
    );
    this.#get = this.db.prepare('SELECT state FROM rooms WHERE name = ?');
    this.#put = this.db.prepare(
      'INSERT INTO rooms (name, state, updated_at) VALUES (?, ?, ?) ON CONFLICT(name) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at',
    );
    this.#delete = this.db.prepare('DELETE FROM rooms WHERE name = ?');
  }

  #get;
  #put;
  #delete;

  /** @param {string} name @returns {Uint8Array | null} */
  load(name) {
    const row = /** @type {{ state: Buffer } | undefined} */ (this.#get.get(name));
    return row ? new Uint8Array(row.state) : null;
  }

  /** @param {string} name @param {Uint8Array} state @param {number} [now] */
  save(name, state, now = Date.now()) {
    this.#put.run(name, Buffer.from(state), now);
  }

  /** Removes one room; true when it was there. @param {string} name */
  delete(name) {
    return this.#delete.run(name).changes > 0;
  }

  /**
   * Removes the rooms untouched for `days` days, except those in `keep` (open right now).
   * @param {number} days @param {ReadonlySet<string>} [keep] @param {number} [now] @returns {number} how many
   */
  removeOlderThan(days, keep = new Set(), now = Date.now()) {
    const before = now - days * 24 * 60 * 60 * 1000;
    const old = /** @type {{ name: string }[]} */ (
      this.db.prepare('SELECT name FROM rooms WHERE updated_at < ?').all(before)
    );
    let n = 0;
    for (const { name } of old) if (!keep.has(name) && this.delete(name)) n++;
    return n;
  }

  /** @returns {number} */
  get count() {
    return /** @type {{ n: number }} */ (this.db.prepare('SELECT COUNT(*) AS n FROM rooms').get()).n;
  }

  close() {
    this.db.close();
  }
}
