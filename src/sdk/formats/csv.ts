/** Writing CSV that spreadsheets open safely: RFC 4180 quoting, and no cell that runs as a formula. */

/*
 * A cell starting with = + - @ tab or CR is read as a formula by Excel, LibreOffice or Sheets. Where an apostrophe goes: before a formula character at the start of a cell, or after a `,` or `;`
 * inside it (a program that splits on the other delimiter makes a cell of the rest). Apostrophes that
 * were there already get one more, so that reading takes exactly one off and gives back the text.
 */
const GUARD_START = /^(?='*[=+\-@\t\r])/;
const GUARD_INNER = /([,;][ "]*)(?='*[=+\-@\t\r])/g;

/** Takes off the apostrophes {@link csvCell} put in front of formula characters, so text read back is the text written. */
export function csvText(cell: string): string {
  return cell.replace(/^'(?='*[=+\-@\t\r])/, '').replace(/([,;][ "]*)'(?='*[=+\-@\t\r])/g, '$1');
}

/**
 * One cell, neutralised against formula injection (a leading apostrophe) and quoted where needed. A cell
 * with a `,` or a `;` is quoted whatever the delimiter: a file opened by a program that splits on the
 * other one still reads it as one cell, so no part of it can start a formula.
 */
export function csvCell(value: unknown, delimiter = ';'): string {
  let text = value === undefined || value === null ? '' : String(value);
  text = text.replace(GUARD_START, "'").replace(GUARD_INNER, "$1'");
  return text.includes(delimiter) || /[",;\r\n]/.test(text) || text !== text.trim()
    ? `"${text.replace(/"/g, '""')}"`
    : text;
}

/**
 * A CSV document: a header row and the rows, `;`-separated by default (what Dutch Excel expects),
 * CRLF line ends, and a byte-order mark so Excel reads UTF-8.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly unknown[])[], delimiter = ';'): string {
  const line = (cells: readonly unknown[]) => cells.map((c) => csvCell(c, delimiter)).join(delimiter);
  return `\uFEFF${[line(header), ...rows.map(line)].join('\r\n')}\r\n`;
}
