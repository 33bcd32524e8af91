import { formatDay } from '../customers/display';
import { countryName } from '../reference/countries';
import type { DocumentField } from './fields';

/** Hundredths of a percent as people read them: 9712 → "97.1%". */
export const percent = (hundredths: number) => `${(hundredths / 100).toFixed(1)}%`;

/** A compared value as the desk writes it elsewhere: dates and countries in words, names and numbers as printed. */
export function shownValue(field: DocumentField, value: string): string {
  if (field === 'birthDate' || field === 'expiry') return formatDay(value);
  if (field === 'nationality') {
    return value
      .split('/')
      .map((code) => `${countryName(code)} (${code})`)
      .join(' / ');
  }
  return value;
}
