import { createContext } from '@lit/context';
import type { Store } from '../sdk/store.js';

/**
 * The store shared by every samenspel element inside a `<samenspel-data>` provider.
 * A string key, so that two copies of the package on one page still find each other.
 */
export const storeContext = createContext<Store | undefined>('samenspel-store');
