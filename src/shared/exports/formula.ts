/**
 * Text that a spreadsheet would not keep as written when it opens a CSV file:
 * - a cell that starts with = + - @ (or a tab or carriage return) runs as a formula
 *   (formula injection), and a '+' phone becomes a number;
 * - text that reads as a number, date, time, percentage or truth value is converted and then
 *   shown differently: postal codes lose leading zeros ("01234" -> 1234), long digit strings
 *   such as document numbers turn into 1.23457E+18 and keep 15 digits, "1/2" becomes a date,
 *   "true" becomes TRUE.
 * A plain integer of up to 11 digits without a leading zero survives and stays as it is.
 */
const formulaStart = /^[=+\-@\t\r]/;
const numberCharacters = /^[\d\s.,:/%()+\-e]+$/i;
const digit = /\d/;
const survivingInteger = /^(?:0|[1-9]\d{0,10})$/;
const truthValue = /^(?:true|false)$/i;

export function spreadsheetWouldChange(text: string): boolean {
  // Most text (names, emails) starts with an ASCII letter that no rule starts with (e, t and f
  // may start a number or a truth value): decided without running a pattern, as an export
  // asks for every cell of a million rows.
  const lower = text.charCodeAt(0) | 0x20;
  if (lower >= 0x61 && lower <= 0x7a && lower !== 0x65 && lower !== 0x66 && lower !== 0x74) return false;
  return (
    formulaStart.test(text) ||
    (numberCharacters.test(text) && digit.test(text) && !survivingInteger.test(text)) ||
    truthValue.test(text)
  );
}

/** Excel and Google Sheets refuse longer text constants in a formula. */
const longestTextConstant = 255;
const textFormula = /^="((?:[^"]|"")*)"$/s;
const apostrophed = /^'[=+\-@\t\r]/;

/**
 * How a CSV export writes text that a spreadsheet would change: as the formula ="01234", which
 * LibreOffice (with its default "Evaluate formulas"), Excel and Google Sheets show as the text
 * 01234 and save back as 01234. The formula is a constant, so nothing of the value runs.
 * Text too long for a constant, or with a line break, keeps the older guard: one apostrophe,
 * which a spreadsheet shows but never runs.
 */
export function neutraliseForSpreadsheet(text: string): string {
  if (!spreadsheetWouldChange(text)) return text;
  if (text.length > longestTextConstant || /[\r\n]/.test(text)) return formulaStart.test(text) ? `'${text}` : text;
  return `="${text.replaceAll('"', '""')}"`;
}

/**
 * The inverse, for importers: unwraps ="..." and removes the apostrophe an export added before
 * a formula sign (files of older versions and of tools that guard that way), nothing else.
 */
export function restoreNeutralised(text: string): string {
  // Most cells start with neither guard: no pattern is run for them (an import reads millions).
  const first = text.charCodeAt(0);
  if (first !== 0x3d /* = */ && first !== 0x27 /* ' */) return text;
  const wrapped = textFormula.exec(text);
  if (wrapped) return (wrapped[1] as string).replaceAll('""', '"');
  return apostrophed.test(text) ? text.slice(1) : text;
}
