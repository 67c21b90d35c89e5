/** The languages samenspel speaks: Dutch (the source) and English. */
export const LANGS = ['nl', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** A message catalogue in both languages; English must have every key Dutch has. */
export interface Catalog<T> {
  nl: T;
  en: T;
}

/** A catalogue whose English sits in a module of its own, loaded on an English page only. */
export interface LazyCatalog<T> {
  nl: T;
  en: () => Promise<T>;
}

/** Picks a language from a BCP 47 tag (`nl-NL` → `nl`); anything unknown falls back to Dutch. */
export function toLang(tag: string | null | undefined): Lang {
  const primary = (tag ?? '').trim().toLowerCase().split('-')[0];
  return (LANGS as readonly string[]).includes(primary) ? (primary as Lang) : 'nl';
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
