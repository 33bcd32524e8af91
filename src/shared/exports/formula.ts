/**
 * CSV formula injection: a spreadsheet runs a cell that starts with = + - @ (or a tab or
 * carriage return) as a formula. Exports prefix such text with one apostrophe, which
 * LibreOffice and Excel keep as text (LibreOffice shows the apostrophe); the importer strips
 * exactly that apostrophe again, so "+447911123456" and "=Zoë" round-trip unchanged.
 */
const formulaStart = /^[=+\-@\t\r]/;
const neutralised = /^'[=+\-@\t\r]/;

export function neutraliseFormula(text: string): string {
  return formulaStart.test(text) ? `'${text}` : text;
}

/** The inverse, for importers: removes the apostrophe an export added, nothing else. */
export function restoreNeutralised(text: string): string {
  return neutralised.test(text) ? text.slice(1) : text;
}
