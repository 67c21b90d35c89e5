/**
 * Answers from phones: a respondent with a `fill` token never joins the room (they would read every
 * answer in it). Their response goes to the samenspel server over HTTP, and the server adds it to the
 * room's document itself. This module is the server's side: what it checks and writes (the phone's side
 * is fill-request.ts). The server runs a bundle of it (scripts/build-server-sdk.mjs), so a response is
 * checked there exactly as `parseDataset` checks one in a file.
 */
import * as v from 'valibot';
import * as Y from 'yjs';
import { ResponseSchema, type Response } from '../model.js';
import type { FillRequest } from './fill-request.js';
import { Id } from '../values.js';
import { orderName } from './binding.js';
import { toY } from './y-json.js';

export * from './fill-request.js';

const Request = v.strictObject({ check: v.optional(Id), round: v.optional(Id), response: v.looseObject({}) });

/**
 * Checks a request as the server receives it. The round and the day it was sent are the server's: the
 * phone cannot put a response in a round other than the one it names, and only the day is kept (in a
 * workshop the time of day could tell who answered what).
 */
export function checkFillRequest(
  input: unknown,
): { ok: true; request: FillRequest } | { ok: false; reason: 'invalid' } {
  const outer = v.safeParse(Request, input);
  if (!outer.success) return { ok: false, reason: 'invalid' };
  // The response as the room would hold it, with a placeholder round: every field is checked as a file's.
  const { round: _round, submitted: _submitted, ...rest } = outer.output.response as Record<string, unknown>;
  const inner = v.safeParse(ResponseSchema, { ...rest, round: 'r' });
  if (!inner.success) return { ok: false, reason: 'invalid' };
  const { round: _r, submitted: _s, ...response } = inner.output;
  return {
    ok: true,
    request: {
      check: outer.output.check,
      round: outer.output.round,
      response: {
        ...response,
        answers: { ...response.answers },
        ...(response.comments ? { comments: { ...response.comments } } : {}),
      },
    },
  };
}

/**
 * Adds a checked response to a room's document, in the layout `bindStore` uses. The check is the one
 * named, else the first; the round the one named, else the latest. A response whose id is already there
 * is not added again (a phone that sent twice), and that is a success.
 */
export function addResponse(
  doc: Y.Doc,
  request: FillRequest,
  today: string,
): { ok: true; added: boolean } | { ok: false; reason: 'no-round' } {
  const checks = doc.getMap<unknown>('checks');
  const checkId =
    request.check ??
    doc
      .getArray<string>(orderName('checks'))
      .toArray()
      .find((id) => checks.get(id) instanceof Y.Map);
  const check = checkId === undefined ? undefined : checks.get(checkId);
  if (!(check instanceof Y.Map)) return { ok: false, reason: 'no-round' };
  const rounds = check.get('rounds');
  const list =
    rounds instanceof Y.Array ? (rounds.toArray().filter((r) => r instanceof Y.Map) as Y.Map<unknown>[]) : [];
  const round = request.round
    ? list.find((r) => r.get('id') === request.round)
    : list.reduce<Y.Map<unknown> | undefined>(
        (a, b) => (a && String(a.get('date')) > String(b.get('date')) ? a : b),
        undefined,
      );
  if (!round || typeof round.get('id') !== 'string') return { ok: false, reason: 'no-round' };
  let responses = check.get('responses');
  let added = false;
  doc.transact(() => {
    if (!(responses instanceof Y.Array)) check.set('responses', (responses = new Y.Array<unknown>()));
    const existing = responses as Y.Array<unknown>;
    if (existing.toArray().some((r) => r instanceof Y.Map && r.get('id') === request.response.id)) return;
    const response: Response = { ...request.response, round: round.get('id') as string, submitted: today };
    existing.push([toY(response)]);
    added = true;
  });
  return { ok: true, added };
}
