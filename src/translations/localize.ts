/** Language helpers of the elements; the languages themselves belong to the SDK (`sdk/messages/lang.ts`). */
import type { Lang } from '../sdk/messages/lang.js';

export { LANGS, toLang, type Lang, type Catalog } from '../sdk/messages/lang.js';

/** A catalogue whose English sits in a module of its own, loaded on an English page only. */
export interface LazyCatalog<T> {
  nl: T;
  en: () => Promise<T>;
}

/** Formats a number the way the language writes it (3,5 in Dutch). */
export function formatNumber(lang: Lang, value: number, maximumFractionDigits = 1): string {
  return new Intl.NumberFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { maximumFractionDigits }).format(value);
}

/** Formats an ISO date (`2026-09-01`) for reading: 1 september 2026. */
export function formatDate(lang: Lang, iso: string): string {
  const d = new Date(`${iso.slice(0, 10)}T12:00:00Z`);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(d);
}
