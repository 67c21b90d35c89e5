/**
 * Cuts objects with more members than any dataset has out of JSON text before it is parsed. Parsing
 * a million keys only to keep the first thousand takes seconds (and listing the keys of the object
 * again as long); one scan of the text with `indexOf` over strings takes a fraction of that, and the
 * text parsed is then small.
 */

type Key = string | number;

/** UTF-8 length of `text` (as TextEncoder would write it), counted only when it could be over `limit`. */
export function byteLength(text: string, limit: number): number {
  if (text.length * 3 <= limit) return text.length;
  // Counted, not encoded: browsers take seconds to encode megabytes only for their length.
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    if (c < 0x800) bytes += 1;
    else if (c >= 0xd800 && c < 0xdc00 && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      // A surrogate pair: four bytes for two units.
      bytes += 2;
      i++;
    } else bytes += 2; // Three bytes; a lone surrogate is written as U+FFFD, also three.
  }
  return bytes;
}

interface Frame {
  object: boolean;
  /** Commas seen at this level: an array's index, or an object's members minus one. */
  count: number;
  /** Where the last key of an object starts and ends (with its quotes). */
  keyStart: number;
  keyEnd: number;
  expectKey: boolean;
  /** Where the members past the limit start (the comma before the first of them). */
  cutAt?: number;
}

export interface CutText {
  text: string;
  /** Paths (from the document) of the objects whose members past the limit were left out. */
  cut: Key[][];
}

/**
 * `text` with the members past the first `max` of every object left out (up to their closing brace),
 * or undefined when no object has more, or the text is not well-formed enough to tell (JSON.parse then
 * says what is wrong). Members are kept in the order the text has them.
 */
export function cutWideObjects(text: string, max: number): CutText | undefined {
  // An object with more than `max` members needs at least four characters for each.
  if (text.length <= max * 4) return undefined;
  const stack: Frame[] = [];
  const pieces: string[] = [];
  const cut: Key[][] = [];
  let copied = 0;
  /** The depth of the frame being cut, while inside it: what lies deeper goes anyway. */
  let cutting = -1;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) {
      let end = i;
      for (;;) {
        end = text.indexOf('"', end + 1);
        if (end < 0) return undefined;
        let slashes = 0;
        while (text.charCodeAt(end - 1 - slashes) === 92) slashes++;
        if (slashes % 2 === 0) break;
      }
      const top = stack[stack.length - 1];
      if (top?.object && top.expectKey) {
        top.keyStart = i;
        top.keyEnd = end + 1;
        top.expectKey = false;
      }
      i = end;
    } else if (c === 123 || c === 91) {
      stack.push({ object: c === 123, count: 0, keyStart: 0, keyEnd: 0, expectKey: c === 123 });
    } else if (c === 125 || c === 93) {
      const frame = stack.pop();
      if (!frame || frame.object !== (c === 125)) return undefined;
      if (frame.cutAt !== undefined) {
        pieces.push(text.slice(copied, frame.cutAt));
        copied = i;
        cutting = -1;
      }
    } else if (c === 44) {
      const top = stack[stack.length - 1];
      if (!top) return undefined;
      top.count++;
      if (top.object) {
        top.expectKey = true;
        if (top.count === max && cutting < 0) {
          top.cutAt = i;
          cutting = stack.length - 1;
          cut.push(pathOf(text, stack, cutting));
        }
      }
    }
  }
  if (stack.length || !cut.length) return undefined;
  pieces.push(text.slice(copied));
  return { text: pieces.join(''), cut };
}

/** The keys that lead from the document to the frame at `depth`. */
function pathOf(text: string, stack: readonly Frame[], depth: number): Key[] {
  const keys: Key[] = [];
  for (let d = 0; d < depth; d++) {
    const f = stack[d];
    keys.push(f.object ? (JSON.parse(text.slice(f.keyStart, f.keyEnd)) as string) : f.count);
  }
  return keys;
}
