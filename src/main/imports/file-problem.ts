import { ApiError } from '../../shared/errors';
import { columnLetter } from '../../shared/imports/headers';

/** A file the import refuses whole, before reading a customer: the message says what and where. */
export function fileProblem(message: string): ApiError {
  return new ApiError('VALIDATION', message, { file: message });
}

/** What every reader (CSV, spreadsheet) says of the same problem. */
export const fileProblems = {
  empty: (what = 'The file') => fileProblem(`${what} is empty: it has no header row and no customers`),
  headerOnly: (what = 'The file') => fileProblem(`${what} has a header row but no customers`),
  widerRow: (row: number, where: string, width: number, headerWidth: number) =>
    fileProblem(
      `Row ${row}${where} has a value in column ${columnLetter(width)}, beyond the header's ${headerWidth} columns: a separator too many, or a quote missing`,
    ),
};
