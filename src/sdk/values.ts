/** The value shapes every record uses: ids, names, texts, dates. Shared by model.ts and the route model. */
import * as v from 'valibot';

/** True for `YYYY-MM-DD` naming a day that exists (no 2026-02-31). */
export function isCalendarDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(2000, mo - 1, d));
  date.setUTCFullYear(y);
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

export const MAX_TEXT = 10_000;
export const Id = v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(200));
export const Name = v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(500));
export const Text = v.pipe(v.string(), v.maxLength(MAX_TEXT));
export const ShortText = v.pipe(v.string(), v.maxLength(500));
/** A calendar date, `YYYY-MM-DD`. */
export const IsoDate = v.pipe(v.string(), v.check(isCalendarDate, 'invalid_date'));
