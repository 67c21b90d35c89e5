/**
 * The value shapes records are made of: ids, names, texts, dates, links, contact details, lists and
 * objects keyed by ids. Shared by model.ts and the route model.
 */
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

/** Only these URL schemes are ever linked. */
export const SAFE_URL_SCHEMES = ['http:', 'https:', 'mailto:', 'tel:'] as const;

/** True for an absolute URL with a scheme from {@link SAFE_URL_SCHEMES}. */
export function isSafeUrl(value: string, schemes: readonly string[] = SAFE_URL_SCHEMES): boolean {
  // URL() strips tabs and newlines, so "java\tscript:" is caught as javascript:
  try {
    return schemes.includes(new URL(value.trim()).protocol);
  } catch {
    return false;
  }
}

export const IsoDateTime = v.pipe(
  v.string(),
  v.check((s) => !Number.isNaN(Date.parse(s)), 'not a date-time'),
);
export const Coordinate = v.pipe(v.number(), v.finite());
export const WebUrl = v.pipe(
  v.string(),
  v.maxLength(2000),
  v.check((s) => isSafeUrl(s, ['http:', 'https:']), 'unsafe_url'),
);
export const Email = v.pipe(v.string(), v.maxLength(320), v.email());
export const Phone = v.pipe(v.string(), v.maxLength(50), v.regex(/^[+()\d\s./-]{3,}$/));
/** A list that may be left out of the JSON: it is read as empty. */
export const list = <S extends v.GenericSchema>(item: S) => v.optional(v.array(item), () => []);

/** Reads an own value of an object keyed by ids: an id such as `toString` or `__proto__` is data, never a member of Object. */
export function ownValue<T>(map: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(map, key) ? map[key] : undefined;
}

/** An object keyed by ids (say statement id → answer) without a prototype, so any id, `__proto__` too, is just a key. */
export function idMap<T>(entries: Iterable<readonly [string, T]> = []): Record<string, T> {
  const map = Object.create(null) as Record<string, T>;
  for (const [key, value] of entries) map[key] = value;
  return map;
}

/**
 * A JSON object keyed by ids. valibot's `record` skips `__proto__`, `constructor` and `prototype` keys (to
 * keep prototypes safe); these keys are statement or aspect ids, so they are kept, in an object without a
 * prototype. Every key and value is checked, and a problem names the key.
 */
export function idRecord<T>(value: v.GenericSchema<unknown, T>, name: string) {
  return v.pipe(
    // The name tells the JSON Schema build (scripts/build-schema.mjs) what this object holds.
    v.custom<Record<string, unknown>>(
      (input) => input !== null && typeof input === 'object' && !Array.isArray(input),
      name,
    ),
    v.rawTransform(({ dataset, addIssue }) => {
      const input = dataset.value as Record<string, unknown>;
      const output = idMap<T>();
      for (const key of Object.keys(input)) {
        const at = { type: 'object', origin: 'value', input, key, value: input[key] } as const;
        const id = v.safeParse(Id, key);
        if (!id.success) {
          addIssue({ input: key, path: [{ ...at, origin: 'key' }] });
          continue;
        }
        const item = v.safeParse(value, input[key]);
        if (item.success) output[id.output] = item.output;
        else
          for (const i of item.issues)
            addIssue({
              input: i.input,
              expected: i.expected ?? undefined,
              received: i.received,
              message: i.message,
              path: [at, ...(i.path ?? [])],
            });
      }
      return output;
    }),
  );
}
