import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import { getCountryCallingCode, isSupportedCountry } from 'libphonenumber-js/min';
import { recentAnswers } from '../recent-answers';

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

/** Resolves a code ("de", "DEU") or an English name or alias ("Germany", "UK") to alpha-2. */
export const resolveCountry = recentAnswers((text: string): string | undefined => {
  const value = text.trim();
  if (!value) return undefined;
  const upper = value.toUpperCase();
  if (value.length === 2 && byCode.has(upper)) return upper;
  if (value.length === 3) {
    const alpha2 = countries.alpha3ToAlpha2(upper);
    if (alpha2) return alpha2;
  }
  return countries.getAlpha2Code(value, 'en') ?? countries.getSimpleAlpha2Code(value, 'en');
}, 1024);
