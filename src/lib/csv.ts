/**
 * A small CSV writer: RFC 4180 quoting, "\n" line endings and a final newline
 * (like the data CSV).
 *
 * - `csvField` quotes a field that holds a comma, a double quote, CR or LF,
 *   doubling the quotes inside; anything else is written as is.
 * - `guardFormula` is for text that came from people (titles, ids, names): a
 *   value starting with `=`, `+`, `-`, `@`, TAB or CR gets a leading
 *   apostrophe (OWASP "CSV injection"), so Excel, LibreOffice and Sheets show
 *   it as text instead of running it. Numbers must not go through it, so that
 *   `-0.5` stays a number.
 */

const NEEDS_QUOTES = /[",\r\n]/;
const FORMULA_START = /^[=+\-@\t\r]/;

/** One field, quoted per RFC 4180 when needed. */
export function csvField(value: string): string {
  return NEEDS_QUOTES.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Text that a spreadsheet would take for a formula, prefixed with an apostrophe. */
export function guardFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** One line (without its line ending) from raw fields. */
export function csvLine(fields: readonly string[]): string {
  return fields.map(csvField).join(',');
}

/** A whole file from raw fields, each line ended by "\n". */
export function toCsv(rows: readonly (readonly string[])[]): string {
  let out = '';
  for (const row of rows) out += csvLine(row) + '\n';
  return out;
}
