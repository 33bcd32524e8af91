import countries from 'i18n-iso-countries';
import { recentAnswers } from '../recent-answers';
import { countryLocales } from './country-locales';
import { isCountryCode } from './countries';

/**
 * What a country cell names: one country, several that the name fits equally ("Congo"), which
 * the user decides between, or none known.
 */
export type CountryMatch =
  { kind: 'country'; code: string } | { kind: 'ambiguous'; codes: string[] } | { kind: 'unknown' };

/**
 * Names that i18n-iso-countries lacks and common usage settles: former names, UN and ISO
 * spellings, short forms CRMs export. Each is one country; where usage does not settle a name,
 * it belongs in `ambiguousCountryNames` instead.
 */
export const settledCountryNames: Readonly<Record<string, string>> = {
  // ISO's own short name for KR is "Korea, Republic of": plain "Korea" means the Republic.
  Korea: 'KR',
  'Korea South': 'KR',
  'Korea North': 'KP',
  "Democratic People's Republic of Korea": 'KP',
  DPRK: 'KP',
  'Kingdom of Eswatini': 'SZ',
  'Federated States of Micronesia': 'FM',
  BVI: 'VG',
  'United States Virgin Islands': 'VI',
  'Slovak Republic': 'SK',
  'Former Yugoslav Republic of Macedonia': 'MK',
  FYROM: 'MK',
  Zaire: 'CD',
  DRC: 'CD',
  'DR Congo': 'CD',
  'East Timor': 'TL',
  'Czech Rep': 'CZ',
  'Vatican City': 'VA',
  Vatican: 'VA',
  'St Kitts': 'KN',
  'St Vincent': 'VC',
  'Palestinian Territories': 'PS',
  'Hong Kong SAR': 'HK',
  'Hong Kong, China': 'HK',
  'Macao, China': 'MO',
  England: 'GB',
  Scotland: 'GB',
  Wales: 'GB',
  'Northern Ireland': 'GB',
  Britain: 'GB',
  'United Kingdom of Great Britain and Northern Ireland': 'GB',
  'Kingdom of Saudi Arabia': 'SA',
  KSA: 'SA',
};

/** Names that fit several countries: never guessed, the user picks one. */
export const ambiguousCountryNames: Readonly<Record<string, readonly string[]>> = {
  Congo: ['CG', 'CD'],
  'Virgin Islands': ['VG', 'VI'],
  'Saint Martin': ['MF', 'SX'],
  'Netherlands Antilles': ['CW', 'SX', 'BQ'],
  'Serbia and Montenegro': ['RS', 'ME'],
  Yugoslavia: ['RS', 'ME', 'MK', 'BA', 'HR', 'SI'],
  Czechoslovakia: ['CZ', 'SK'],
};

/**
 * A name folded for comparison: accents of Latin letters, case, punctuation and "the" dropped,
 * "St." and "&" spelled out. Marks of other scripts stay: they are letters there.
 */
export function foldCountryName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['’.]/g, '')
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the /, '')
    .replace(/\bst\b/g, 'saint')
    .replace(/\bste\b/g, 'sainte');
}

type Index = Map<string, Set<string>>;

function add(index: Index, name: string, codes: Iterable<string>) {
  const key = foldCountryName(name);
  if (!key) return;
  const known = index.get(key) ?? new Set<string>();
  for (const code of codes) known.add(code);
  index.set(key, known);
}

/**
 * Two tiers: English names (official, short and aliases), ours and the ambiguous ones first,
 * then every other language. A name English settles is not unsettled by a namesake elsewhere.
 * Built on the first name asked for: a file of ISO codes never needs it.
 */
let tiers: [Index, Index] | null = null;
function indexes(): [Index, Index] {
  const first: Index = new Map();
  const rest: Index = new Map();
  for (const locale of countryLocales) {
    const target = locale.locale === 'en' ? first : rest;
    for (const [code, names] of Object.entries(locale.countries)) {
      for (const name of typeof names === 'string' ? [names] : names) add(target, name, [code]);
    }
  }
  for (const [name, code] of Object.entries(settledCountryNames)) first.set(foldCountryName(name), new Set([code]));
  for (const [name, codes] of Object.entries(ambiguousCountryNames)) first.set(foldCountryName(name), new Set(codes));
  tiers = [first, rest];
  return tiers;
}

function lookUp(name: string): CountryMatch {
  const key = foldCountryName(name);
  const [english, others] = tiers ?? indexes();
  const codes = english.get(key) ?? others.get(key);
  if (!codes) return { kind: 'unknown' };
  const [only, ...more] = codes;
  return more.length === 0 && only ? { kind: 'country', code: only } : { kind: 'ambiguous', codes: [...codes] };
}

/**
 * The spellings a name may stand for besides itself: "Korea, South" as "South Korea",
 * "Slovakia (Slovak Republic)" as "Slovakia" or "Slovak Republic", "Virgin Islands (British)"
 * as "British Virgin Islands".
 */
function rearranged(name: string): string[][] {
  const comma = /^([^,]+),\s*([^,]+)$/.exec(name);
  if (comma) return [[`${comma[2]} ${comma[1]}`]];
  const brackets = /^(.+?)\s*\((.+)\)$/.exec(name);
  if (brackets) {
    const [, outside = '', inside = ''] = brackets;
    return [
      [`${inside} ${outside}`, `${outside} ${inside}`],
      [outside, inside],
    ];
  }
  return [];
}

/**
 * What a cell of a country column names: an ISO code (alpha-2 or alpha-3), or a name in any
 * language i18n-iso-countries knows, or one of ours. A rearranged name resolves when every
 * part that names a country names the same one.
 */
export const matchCountry = recentAnswers((text: string): CountryMatch => {
  const value = text.trim();
  if (!value) return { kind: 'unknown' };
  const upper = value.toUpperCase();
  if (value.length === 2 && isCountryCode(upper)) return { kind: 'country', code: upper };
  if (value.length === 3 && countries.alpha3ToAlpha2(upper)) {
    return { kind: 'country', code: countries.alpha3ToAlpha2(upper) as string };
  }
  const whole = lookUp(value);
  if (whole.kind !== 'unknown') return whole;
  let fallback: CountryMatch = whole;
  for (const spellings of rearranged(value)) {
    const matches = spellings.map(lookUp).filter((match) => match.kind !== 'unknown');
    const codes = new Set(matches.flatMap((match) => (match.kind === 'country' ? [match.code] : [])));
    const ambiguous = matches.find((match) => match.kind === 'ambiguous');
    const [only, ...more] = codes;
    // "Congo (DRC)": the part that names one country picks among the other part's.
    if (only && more.length === 0 && (!ambiguous || ambiguous.codes.includes(only))) {
      return { kind: 'country', code: only };
    }
    if (fallback.kind === 'unknown' && (ambiguous || codes.size > 1)) {
      fallback = ambiguous ?? { kind: 'ambiguous', codes: [...codes] };
    }
  }
  return fallback;
}, 4096);
