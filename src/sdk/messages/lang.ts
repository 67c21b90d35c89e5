/** The languages samenspel speaks: Dutch (the source) and English. */
export const LANGS = ['nl', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** A message catalogue in both languages; English must have every key Dutch has. */
export interface Catalog<T> {
  nl: T;
  en: T;
}

/** Picks a language from a BCP 47 tag (`nl-NL` → `nl`); anything unknown falls back to Dutch. */
export function toLang(tag: string | null | undefined): Lang {
  const primary = (tag ?? '').trim().toLowerCase().split('-')[0];
  return (LANGS as readonly string[]).includes(primary) ? (primary as Lang) : 'nl';
}
