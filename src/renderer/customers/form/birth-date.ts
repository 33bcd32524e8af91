import { isRealDate } from '../../../shared/customers/fields';

/**
 * Reads a birth date typed as DD-MM-YYYY (also with / or .), or as YYYY-MM-DD, into the
 * stored YYYY-MM-DD. Returns null while the text is not yet a real calendar date.
 */
export function parseDayMonthYear(text: string): string | null {
  const value = text.trim();
  const dayFirst = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(value);
  const iso = dayFirst ? `${dayFirst[3]}-${dayFirst[2]?.padStart(2, '0')}-${dayFirst[1]?.padStart(2, '0')}` : value;
  return isRealDate(iso) ? iso : null;
}
