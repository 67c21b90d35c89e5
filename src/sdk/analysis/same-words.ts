/**
 * Whether two lists of words are equal. By content, not by reference: a stored position puts every party
 * through the store's check again, which gives each its own copy of these lists.
 */
export function sameWords(a: readonly string[] | undefined, b: readonly string[] | undefined): boolean {
  if (a === b) return true;
  if (!a || !b || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
