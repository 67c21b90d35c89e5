/**
 * Exports of the samenwerkingscheck: the responses as CSV (one row per respondent × statement,
 * formula-safe) and the aggregated results as JSON (which never holds a suppressed group's numbers).
 */
import { ownValue, type CooperationCheck } from '../model.js';
import type { CheckResult } from '../analysis/cooperation-check.js';
import { toCsv } from './csv.js';

const HEADERS = {
  nl: [
    'ronde',
    'ronde_datum',
    'deelnemer',
    'rol',
    'organisatie',
    'ingevuld',
    'onderdeel',
    'stelling',
    'stelling_tekst',
    'antwoord',
  ],
  en: [
    'round',
    'round_date',
    'respondent',
    'role',
    'organisation',
    'submitted',
    'aspect',
    'statement',
    'statement_text',
    'answer',
  ],
} as const;
const UNKNOWN = { nl: 'weet niet', en: 'don’t know' } as const;

/**
 * The responses of a check as CSV: one row per respondent × statement of the instrument. The answer
 * is 1–5, "weet niet" for "weet ik niet / n.v.t.", or empty when left open.
 * @param lang language of the header and the statement texts (default Dutch)
 */
export function responsesToCsv(check: CooperationCheck, lang: 'nl' | 'en' = 'nl'): string {
  const rounds = new Map(check.rounds.map((r) => [r.id, r]));
  const rows: unknown[][] = [];
  for (const r of check.responses) {
    const round = rounds.get(r.round);
    for (const aspect of check.instrument.aspects) {
      for (const s of aspect.statements) {
        const a = ownValue(r.answers, s.id);
        rows.push([
          round?.title ?? r.round,
          round?.date ?? '',
          r.id,
          r.role,
          r.party ?? '',
          r.submitted ?? '',
          aspect.id,
          s.id,
          s.text[lang] ?? s.text.nl,
          a === null ? UNKNOWN[lang] : (a ?? ''),
        ]);
      }
    }
  }
  return toCsv(HEADERS[lang], rows);
}

/**
 * The aggregated results as JSON: per round and aspect the mean, spread, number, band, change,
 * statement distributions and the role groups that may be shown. Numbers are not rounded.
 */
export function resultsToJson(check: CooperationCheck, result: CheckResult): string {
  return JSON.stringify(
    {
      format: 'samenspel-cooperation-check-results',
      version: 1,
      check: { id: check.id, title: check.title, instrument: check.instrument.id },
      rounds: result.rounds,
      actions: check.actions,
    },
    null,
    2,
  );
}
