/**
 * Loads the built-in instrument on demand. Apart from model.ts, which instrument.ts hands its maker to,
 * so that the model and the instrument do not import each other.
 */

/** Loads the built-in instrument; never rejects (a check that asks for it is then refused, with an issue). */
export function loadDefaultInstrument(): Promise<unknown> {
  return import('./instrument.js').catch(() => undefined);
}
