/** Language helpers of the elements; the languages themselves belong to the SDK (`sdk/messages/lang.ts`). */
import type { Lang } from '../sdk/messages/lang.js';

export { LANGS, toLang, type Lang, type Catalog } from '../sdk/messages/lang.js';

/** A catalogue whose English sits in a module of its own, loaded on an English page only. */
export interface LazyCatalog<T> {
  nl: T;
  en: () => Promise<T>;
}

// Making an Intl formatter costs far more than using one (a table of figures asks for dozens per render): one per kind.
const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<Lang, Intl.DateTimeFormat>();
const locale = (lang: Lang) => (lang === 'nl' ? 'nl-NL' : 'en-GB');

/** Formats a number the way the language writes it (3,5 in Dutch). */
export function formatNumber(lang: Lang, value: number, maximumFractionDigits = 1): string {
  const key = `${lang}${maximumFractionDigits}`;
  let format = numberFormats.get(key);
  if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(locale(lang), { maximumFractionDigits })));
  return format.format(value);
}

/** Formats an ISO date (`2026-09-01`) for reading: 1 september 2026. */
export function formatDate(lang: Lang, iso: string): string {
  const d = new Date(`${iso.slice(0, 10)}T12:00:00Z`);
  if (Number.isNaN(d.getTime())) return iso;
  let format = dateFormats.get(lang);
  if (!format) {
    format = new Intl.DateTimeFormat(locale(lang), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    dateFormats.set(lang, format);
  }
  return format.format(d);
}
