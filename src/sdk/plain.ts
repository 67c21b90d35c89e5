/**
 * Plain JSON values as the reader builds them: an own property whatever its name, an empty object like
 * another, no keys whose value is undefined.
 */

/** Drops keys whose value is undefined, at every depth (valibot keeps an optional key that was present). */
export function withoutUndefined(value: unknown): unknown {
  // Most records have none (a text never does): copy only what holds one.
  if (!hasUndefined(value)) return value;
  if (Array.isArray(value)) return value.map(withoutUndefined);
  if (value !== null && typeof value === 'object') {
    const copy = emptyLike(value);
    for (const [key, item] of Object.entries(value)) if (item !== undefined) define(copy, key, withoutUndefined(item));
    return copy;
  }
  return value;
}

function hasUndefined(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return value === undefined;
  if (Array.isArray(value)) return value.some(hasUndefined);
  for (const key in value)
    if (Object.prototype.hasOwnProperty.call(value, key) && hasUndefined((value as Record<string, unknown>)[key]))
      return true;
  return false;
}

/** An empty object like `like`: without a prototype when `like` has none (objects keyed by ids). */
export function emptyLike(like: object): Record<string, unknown> {
  return Object.getPrototypeOf(like) === null ? Object.create(null) : {};
}

/** Sets an own property, even one named `__proto__`: data never reaches a prototype. */
export function define(target: Record<string, unknown>, key: string, value: unknown): void {
  // Only `__proto__` is not an own property when assigned; defining every key is many times slower.
  if (key === '__proto__')
    Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
  else target[key] = value;
}
