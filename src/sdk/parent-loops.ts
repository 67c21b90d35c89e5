/**
 * Finds every loop in a list of parents in one pass: `up[k]` is the place of k's parent, -1 for none. Each walk up
 * from a place not yet seen that meets itself is a loop; `cut` gets the loop's lowest place (its first item in the
 * input) and must point `up` of it out of the loop. Typed arrays, so trees of 50,000 goals cost no map per goal.
 */
export function breakParentLoops(up: Int32Array, cut: (first: number) => void): void {
  const WALKING = 1;
  const DONE = 2;
  const state = new Uint8Array(up.length);
  const walk = new Int32Array(up.length);
  for (let start = 0; start < up.length; start++) {
    let length = 0;
    let k = start;
    while (k >= 0 && !state[k]) {
      state[k] = WALKING;
      walk[length++] = k;
      k = up[k];
    }
    if (k >= 0 && state[k] === WALKING) {
      let first = k;
      for (let w = length - 1; walk[w] !== k; w--) first = Math.min(first, walk[w]);
      cut(first);
    }
    for (let w = 0; w < length; w++) state[walk[w]] = DONE;
  }
}
