/** Writing CSV that spreadsheets open safely: RFC 4180 quoting, and no cell that runs as a formula. */

/** Cells starting with these characters would be read as a formula by Excel, LibreOffice or Sheets. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell, neutralised against formula injection (a leading apostrophe) and quoted where needed. */
export function csvCell(value: unknown, delimiter = ';'): string {
  let text = value === undefined || value === null ? '' : String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return text.includes(delimiter) || /["\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * A CSV document: a header row and the rows, `;`-separated by default (what Dutch Excel expects),
 * CRLF line ends, and a byte-order mark so Excel reads UTF-8.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly unknown[])[], delimiter = ';'): string {
  const line = (cells: readonly unknown[]) => cells.map((c) => csvCell(c, delimiter)).join(delimiter);
  return `\uFEFF${[line(header), ...rows.map(line)].join('\r\n')}\r\n`;
}
