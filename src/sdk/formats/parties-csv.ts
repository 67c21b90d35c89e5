/**
 * The sociale kaart as a spreadsheet: one row per party, with the columns of the template
 * (docs/wie-is-wie-sjabloon.csv). Reads what Dutch Excel writes (`;` or `,`, with or without a BOM,
 * CRLF, dates as 2026-09-01 or 1-9-2026) and English headers and values too. Every problem becomes
 * an Issue with its row and column; the valid rows are kept.
 */
import { emptyDataset, type Dataset, type Field, type Party, type PartyKind, type Relation } from '../model.js';
import { parseRecord } from '../parse-record.js';
import type { Issue, Severity } from '../issues.js';
import { csvText, toCsv } from './csv.js';
import { normalizeSearchText } from '../analysis/party-search.js';
import { formatMessages } from '../messages/parties-csv.js';

/** The template's columns, in order (Dutch, as the template has them). */
export const PARTY_COLUMNS = [
  'id',
  'naam',
  'soort',
  'veld',
  'wijk',
  'wat doen we',
  'voor wie',
  'rol',
  'telefoon',
  'e-mail',
  'website',
  'adres',
  'werkt samen met',
  'laatst gecontroleerd',
] as const;
export type PartyColumn = (typeof PARTY_COLUMNS)[number];

/** Header words (normalised) for each column, Dutch and English. */
const HEADERS: Record<PartyColumn, string[]> = {
  id: ['id', 'nr', 'nummer', 'code'],
  naam: ['naam', 'name', 'organisatie', 'organisation', 'organization'],
  soort: ['soort', 'kind', 'type', 'soort partij'],
  veld: ['veld', 'field', 'domein', 'domain', 'sector'],
  wijk: ['wijk', 'wijken', 'area', 'areas', 'neighbourhood', 'neighborhood', 'buurt'],
  'wat doen we': [
    'wat doen we',
    'wat doen wij',
    'omschrijving',
    'beschrijving',
    'description',
    'what we do',
    'activiteiten',
  ],
  'voor wie': ['voor wie', 'doelgroep', 'doelgroepen', 'target group', 'target groups', 'for whom'],
  rol: ['rol', 'role', 'functie'],
  telefoon: ['telefoon', 'telefoonnummer', 'tel', 'phone', 'telephone'],
  'e-mail': ['e mail', 'email', 'mail', 'e mailadres', 'emailadres'],
  website: ['website', 'web', 'url', 'site', 'internet'],
  adres: ['adres', 'address', 'bezoekadres'],
  'werkt samen met': [
    'werkt samen met',
    'samenwerking',
    'samenwerkingspartners',
    'partners',
    'works with',
    'cooperates with',
  ],
  'laatst gecontroleerd': [
    'laatst gecontroleerd',
    'gecontroleerd',
    'gecontroleerd op',
    'laatste controle',
    'last verified',
    'last checked',
    'verified',
  ],
};

const KINDS: Record<string, PartyKind> = {
  persoon: 'persoon',
  person: 'persoon',
  organisatie: 'organisatie',
  organisation: 'organisatie',
  organization: 'organisatie',
  team: 'team',
  initiatief: 'initiatief',
  initiative: 'initiatief',
  burgerinitiatief: 'initiatief',
  'citizen initiative': 'initiatief',
};
const FIELD_WORDS: Record<string, Field> = {
  zorg: 'zorg',
  care: 'zorg',
  welzijn: 'welzijn',
  welfare: 'welzijn',
  wellbeing: 'welzijn',
  'well being': 'welzijn',
  medisch: 'medisch',
  medical: 'medisch',
  informeel: 'informeel',
  informal: 'informeel',
  overig: 'overig',
  other: 'overig',
  anders: 'overig',
};
const FORBIDDEN_IDS = new Set(['__proto__', 'constructor', 'prototype']);

/** Spreadsheet rows read at most; a bigger file is cut off with an issue. */
export const MAX_ROWS = 50_000;

export interface PartiesCsvOptions {
  /** Called now and then while rows are read: rows done, rows in all. */
  onProgress?: (done: number, total: number) => void;
}

export interface PartiesCsvResult {
  dataset: Dataset;
  issues: Issue[];
}

function csvIssue(
  severity: Severity,
  code: string,
  row: number,
  column: string | undefined,
  key: keyof typeof formatMessages.nl,
  ...args: string[]
): Issue {
  const say = (m: typeof formatMessages.nl) => {
    const entry = m[key] as string | ((...a: string[]) => string);
    return typeof entry === 'function' ? entry(...args) : entry;
  };
  return {
    path: `$[${row}]${column ? `[${JSON.stringify(column)}]` : ''}`,
    severity,
    code,
    message: { nl: say(formatMessages.nl), en: say(formatMessages.en) },
    row,
    ...(column ? { column } : {}),
  };
}

const headerKey = (h: string) =>
  normalizeSearchText(h.replace(/^\uFEFF/, ''))
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/** `;` or `,`, whichever the header row has more of outside quotes. */
export function detectDelimiter(text: string): ';' | ',' {
  let semi = 0;
  let comma = 0;
  let quoted = false;
  for (const ch of text.slice(0, 10_000)) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && ch === ';') semi++;
    else if (!quoted && ch === ',') comma++;
  }
  return semi >= comma && semi > 0 ? ';' : comma > 0 ? ',' : ';';
}

/** `2026-09-01`, `1-9-2026` or `1/9/2026` as an ISO date, or undefined when it is not a real date. */
export function parseDutchDate(value: string): string | undefined {
  const v = value.trim();
  let y: number, m: number, d: number;
  let match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(v);
  if (match) [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  else if ((match = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(v)))
    [d, m, y] = [Number(match[1]), Number(match[2]), Number(match[3])];
  else return undefined;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return undefined;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** A cell as written: an apostrophe that only kept a spreadsheet from reading a formula is taken off. */
function cell(value: unknown): string {
  return csvText(typeof value === 'string' ? value.trim() : '');
}

const splitList = (value: string) =>
  value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

function slug(name: string): string {
  return (
    normalizeSearchText(name)
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60) || 'partij'
  );
}

/** Reads the parties (and their "werkt samen met" relations) from a CSV text. Never throws. */
export async function parsePartiesCsv(text: string, options: PartiesCsvOptions = {}): Promise<PartiesCsvResult> {
  const dataset = emptyDataset();
  const issues: Issue[] = [];
  const body = text.replace(/^\uFEFF/, '');
  if (!body.trim())
    return { dataset, issues: [{ ...csvIssue('error', 'empty-file', 1, undefined, 'emptyFile'), path: '$' }] };
  // Fetched only when a spreadsheet is read.
  const Papa = (await import('papaparse')).default;
  const parsed = Papa.parse<string[]>(body, { delimiter: detectDelimiter(body), skipEmptyLines: 'greedy' });
  const rows = parsed.data;
  for (const e of parsed.errors.slice(0, 100)) {
    if (e.code === 'UndetectableDelimiter') continue;
    issues.push(csvIssue('warning', 'csv-syntax', (e.row ?? 0) + 1, undefined, 'parseError', e.message));
  }
  const header = (rows[0] ?? []).map((h) => String(h ?? ''));
  const columns: (PartyColumn | undefined)[] = header.map((h) => {
    const key = headerKey(h);
    return PARTY_COLUMNS.find((c) => HEADERS[c].includes(key));
  });
  header.forEach((h, i) => {
    if (!columns[i] && h.trim())
      issues.push(csvIssue('warning', 'unknown-column', 1, h.trim(), 'unknownColumn', h.trim()));
  });
  if (!columns.includes('naam'))
    return { dataset, issues: [...issues, { ...csvIssue('error', 'no-header', 1, undefined, 'noHeader'), path: '$' }] };
  const headerOf = (c: PartyColumn) => header[columns.indexOf(c)]?.trim() ?? c;

  let dataRows = rows.slice(1);
  if (dataRows.length > MAX_ROWS) {
    issues.push(csvIssue('warning', 'too-many-rows', MAX_ROWS + 1, undefined, 'tooManyRows', String(MAX_ROWS)));
    dataRows = dataRows.slice(0, MAX_ROWS);
  }
  const ids = new Set<string>();
  const partners: { row: number; source: string; values: string[] }[] = [];
  for (let r = 0; r < dataRows.length; r++) {
    if (r % 500 === 499) {
      options.onProgress?.(r + 1, dataRows.length);
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    const row = r + 2;
    const values: Partial<Record<PartyColumn, string>> = {};
    dataRows[r].forEach((v, i) => {
      const c = columns[i];
      if (c && values[c] === undefined) values[c] = cell(v);
    });
    if (Object.values(values).every((v) => !v)) continue;
    const name = values.naam ?? '';
    if (!name) {
      issues.push(csvIssue('error', 'missing-name', row, headerOf('naam'), 'missingName'));
      continue;
    }
    let id = values.id ?? '';
    if (id && (FORBIDDEN_IDS.has(id) || id.length > 200)) {
      issues.push(csvIssue('warning', 'bad-id', row, headerOf('id'), 'badId', id.slice(0, 80)));
      id = '';
    }
    if (id && ids.has(id)) {
      issues.push(csvIssue('error', 'duplicate-id', row, headerOf('id'), 'duplicateId', id));
      continue;
    }
    if (!id) {
      const base = slug(name);
      id = base;
      for (let n = 2; ids.has(id) || FORBIDDEN_IDS.has(id); n++) id = `${base}-${n}`;
    }
    const kindWord = headerKey(values.soort ?? '');
    let kind: PartyKind = KINDS[kindWord] ?? 'organisatie';
    if (kindWord && !KINDS[kindWord])
      issues.push(csvIssue('warning', 'unknown-value', row, headerOf('soort'), 'unknownKind', values.soort!, kind));
    if (!kindWord) kind = 'organisatie';
    const fieldWord = headerKey(values.veld ?? '');
    const field: Field = FIELD_WORDS[fieldWord] ?? 'overig';
    if (fieldWord && !FIELD_WORDS[fieldWord])
      issues.push(csvIssue('warning', 'unknown-value', row, headerOf('veld'), 'unknownField', values.veld!, field));
    const candidate: Record<string, unknown> = { id, name, kind, field };
    if (values['wat doen we']) candidate.description = values['wat doen we'];
    if (values.rol) candidate.role = values.rol;
    if (values['voor wie']) candidate.targetGroups = splitList(values['voor wie']);
    if (values.wijk) candidate.areas = splitList(values.wijk);
    const contact: Record<string, string> = {};
    if (values.telefoon) contact.phone = values.telefoon;
    if (values['e-mail']) contact.email = values['e-mail'].replace(/^mailto:/i, '');
    if (values.website)
      contact.website = /^[a-z][a-z0-9+.-]*:/i.test(values.website) ? values.website : `https://${values.website}`;
    if (values.adres) contact.address = values.adres;
    if (Object.keys(contact).length) candidate.contact = contact;
    if (values['laatst gecontroleerd']) {
      const date = parseDutchDate(values['laatst gecontroleerd']);
      if (date) candidate.lastVerified = date;
      else
        issues.push(
          csvIssue(
            'warning',
            'invalid-date',
            row,
            headerOf('laatst gecontroleerd'),
            'badDate',
            values['laatst gecontroleerd'],
          ),
        );
    }
    const found: Issue[] = [];
    const party = parseRecord('parties', candidate, ['parties', dataset.parties.length], found);
    // The same issue objects (not copies): their messages may still be written when the SDK messages load.
    for (const i of found) {
      i.row = row;
      const column = columnOfPath(i.path, headerOf);
      if (column) i.column = column;
      issues.push(i);
    }
    if (!party) continue;
    ids.add(party.id);
    dataset.parties.push(party);
    if (values['werkt samen met'])
      partners.push({ row, source: party.id, values: splitList(values['werkt samen met']) });
  }
  options.onProgress?.(dataRows.length, dataRows.length);
  dataset.relations = relationsFromPartners(dataset.parties, partners, issues, headerOf('werkt samen met'));
  return { dataset, issues };
}

function columnOfPath(path: string, headerOf: (c: PartyColumn) => string): string | undefined {
  const map: [RegExp, PartyColumn][] = [
    [/\.name$/, 'naam'],
    [/\.description$/, 'wat doen we'],
    [/\.role$/, 'rol'],
    [/\.targetGroups/, 'voor wie'],
    [/\.areas/, 'wijk'],
    [/\.phone$/, 'telefoon'],
    [/\.email$/, 'e-mail'],
    [/\.website$/, 'website'],
    [/\.address$/, 'adres'],
    [/\.lastVerified$/, 'laatst gecontroleerd'],
    [/\.id$/, 'id'],
  ];
  const hit = map.find(([re]) => re.test(path));
  return hit ? headerOf(hit[1]) : undefined;
}

/** "werkt samen met" names or ids → one undirected relation per pair. */
function relationsFromPartners(
  parties: readonly Party[],
  partners: { row: number; source: string; values: string[] }[],
  issues: Issue[],
  column: string,
): Relation[] {
  const byId = new Map(parties.map((p) => [p.id, p.id]));
  const byName = new Map<string, string>();
  for (const p of parties) if (!byName.has(normalizeSearchText(p.name))) byName.set(normalizeSearchText(p.name), p.id);
  const seen = new Set<string>();
  const relations: Relation[] = [];
  for (const { row, source, values } of partners) {
    for (const value of values) {
      const target = byId.get(value) ?? byName.get(normalizeSearchText(value));
      if (!target) {
        issues.push(csvIssue('warning', 'missing-party', row, column, 'danglingPartner', value.slice(0, 200)));
        continue;
      }
      if (target === source) continue;
      const key = source < target ? `${source}\u0000${target}` : `${target}\u0000${source}`;
      if (seen.has(key)) continue;
      seen.add(key);
      let id = `r-${relations.length + 1}`;
      while (byId.has(id)) id = `${id}-r`;
      relations.push({ id, source, target, kind: 'werkt-samen', directed: false });
    }
  }
  return relations;
}

/**
 * The parties as a spreadsheet in the template's columns, `;`-separated with a BOM (what Dutch Excel
 * opens), formula-safe. "werkt samen met" lists the ids of the parties each relation leads to.
 */
export function partiesToCsv(dataset: Pick<Dataset, 'parties' | 'relations'>): string {
  const partnersOf = new Map<string, string[]>();
  for (const r of dataset.relations) {
    const list = partnersOf.get(r.source);
    if (list) list.push(r.target);
    else partnersOf.set(r.source, [r.target]);
  }
  const rows = dataset.parties.map((p) => [
    p.id,
    p.name,
    p.kind,
    p.field,
    (p.areas ?? []).join(', '),
    p.description ?? '',
    (p.targetGroups ?? []).join(', '),
    p.role ?? '',
    p.contact?.phone ?? '',
    p.contact?.email ?? '',
    p.contact?.website ?? '',
    p.contact?.address ?? '',
    (partnersOf.get(p.id) ?? []).join(', '),
    p.lastVerified ?? '',
  ]);
  return toCsv(PARTY_COLUMNS, rows);
}
