import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import { getCountryCallingCode, isSupportedCountry } from 'libphonenumber-js/min';

countries.registerLocale(en);

export interface Country {
  /** ISO 3166-1 alpha-2 */
  code: string;
  name: string;
  /** "+44", or "" where no telephone numbering plan is known */
  dialCode: string;
}

function dialCodeOf(code: string): string {
  return isSupportedCountry(code) ? `+${getCountryCallingCode(code)}` : '';
}

/** Every ISO 3166-1 country, sorted by English name. */
export const countryList: readonly Country[] = Object.entries(countries.getNames('en', { select: 'official' }))
  .map(([code, name]) => ({ code, name, dialCode: dialCodeOf(code) }))
  .sort((a, b) => a.name.localeCompare(b.name, 'en'));

const byCode = new Map(countryList.map((country) => [country.code, country]));

export function isCountryCode(code: string): boolean {
  return byCode.has(code);
}

export function countryName(code: string): string {
  return byCode.get(code)?.name ?? code;
}

export function dialCode(code: string): string {
  return byCode.get(code)?.dialCode ?? '';
}
