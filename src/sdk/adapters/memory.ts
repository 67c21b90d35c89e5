/** The default adapter: keeps a copy in memory and makes no request and no storage. */
import type { Dataset } from '../model.js';
import type { Adapter } from './adapter.js';

export interface MemoryAdapter extends Adapter {
  /** The dataset last saved, if any. */
  readonly saved: Dataset | undefined;
  /** How many times it was saved. */
  readonly saves: number;
}

/** An adapter that keeps the dataset in memory, optionally starting from one. */
export function memoryAdapter(initial?: Dataset): MemoryAdapter {
  let saved = initial;
  let saves = 0;
  return {
    get saved() {
      return saved;
    },
    get saves() {
      return saves;
    },
    load: () => Promise.resolve(saved),
    save(dataset) {
      saved = dataset;
      saves++;
      return Promise.resolve();
    },
  };
}
