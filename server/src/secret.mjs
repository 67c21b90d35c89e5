// @ts-check
/** The secret that signs tokens: from SAMENSPEL_SECRET, a file named by option or SAMENSPEL_SECRET_FILE, or a file beside the database. */
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { checkSecret } from './tokens.mjs';

/**
 * @param {{ db: string; file?: string; create: boolean; env?: NodeJS.ProcessEnv; log?: (message: string) => void }} options
 * @returns {string}
 */
export function loadSecret({ db, file, create, env = process.env, log = (m) => process.stderr.write(`${m}\n`) }) {
  if (env.SAMENSPEL_SECRET && !file) {
    checkSecret(env.SAMENSPEL_SECRET);
    return env.SAMENSPEL_SECRET;
  }
  const path = file ?? env.SAMENSPEL_SECRET_FILE ?? join(dirname(db), 'samenspel.secret');
  if (!existsSync(path)) {
    if (!create) throw new Error(`No secret: set SAMENSPEL_SECRET, or start the server once so that it makes ${path}.`);
    writeFileSync(path, `${randomBytes(32).toString('base64url')}\n`, { mode: 0o600 });
    log(`samenspel-server: made a new token secret in ${path} (keep it; tokens made with it stop working without it)`);
  }
  const secret = readFileSync(path, 'utf8').trim();
  checkSecret(secret);
  return secret;
}
