/**
 * CSV as Swedish Excel opens it with a double-click (decision 011): UTF-8 with a byte-order mark (without it
 * Excel reads Windows-1252 and breaks å, ä, ö), semicolons between fields (the list separator where the comma
 * is the decimal sign), CRLF line ends, and fields quoted per RFC 4180.
 */
export const CSV_BOM = '\uFEFF';
export const CSV_SEPARATOR = ';';
export const CSV_LINE_END = '\r\n';

/**
 * A cell starting with one of these is run as a formula by Excel and LibreOffice ("CSV injection"): a report's
 * description of "=HYPERLINK(…)" must stay text. A leading apostrophe makes the spreadsheet show it as text.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[";\r\n]/;

export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvLine(cells: readonly (string | number | null | undefined)[]): string {
  return cells.map(csvCell).join(CSV_SEPARATOR) + CSV_LINE_END;
}

const stockholm = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Stockholm',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});
const stockholmDate = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Stockholm',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** `2026-11-22 14:05`, Swedish time: what a Swedish spreadsheet reads as a date and time. */
export const stockholmDateTime = (at: Date) => stockholm.format(at);
/** `2026-11-22`, the day in Sweden (for the file name). */
export const stockholmDay = (at: Date) => stockholmDate.format(at);

/** Coordinates with a decimal comma, as a Swedish spreadsheet expects numbers. */
export const swedishDecimal = (value: number | null, digits = 6) =>
  value === null ? null : Number(value.toFixed(digits)).toString().replace('.', ',');
