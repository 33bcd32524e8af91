import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import supportedLocales from 'i18n-iso-countries/supportedLocales.json' with { type: 'json' };
import { countryLocales } from '../../shared/reference/country-locales';
import {
  ambiguousCountryNames,
  matchCountry,
  settledCountryNames,
  type CountryMatch,
} from '../../shared/reference/country-names';
import { isCountryCode } from '../../shared/reference/countries';

const fixture = join(import.meta.dirname, '../../../tests/fixtures/import/country-spellings.csv');
const spellings = Papa.parse<{ spelling: string; expected: string }>(readFileSync(fixture, 'utf8'), {
  header: true,
  comments: '#',
  skipEmptyLines: true,
}).data;

/** The fixture's expectation: a code, codes joined by | (ambiguous), or empty (no country). */
function expected(text: string): CountryMatch {
  const codes = text.split('|').filter(Boolean);
  if (codes.length === 0) return { kind: 'unknown' };
  if (codes.length === 1) return { kind: 'country', code: codes[0] as string };
  return { kind: 'ambiguous', codes };
}

function sorted(match: CountryMatch): CountryMatch {
  return match.kind === 'ambiguous' ? { kind: 'ambiguous', codes: [...match.codes].sort() } : match;
}

describe('country names as files write them', () => {
  it('has the fixture it claims', () => {
    expect(spellings.length).toBeGreaterThan(60);
  });

  it.each(spellings)('reads "$spelling" as $expected', ({ spelling, expected: want }) => {
    expect(sorted(matchCountry(spelling))).toEqual(sorted(expected(want)));
  });

  it('never settles a name it lists as ambiguous, and lists only real countries', () => {
    for (const [name, codes] of Object.entries(ambiguousCountryNames)) {
      expect(matchCountry(name).kind).toBe('ambiguous');
      expect(codes.every(isCountryCode)).toBe(true);
    }
    expect(Object.values(settledCountryNames).every(isCountryCode)).toBe(true);
  });

  it('reads every name of every language the package ships as that country, or leaves it to the user', () => {
    for (const locale of countryLocales) {
      for (const [code, names] of Object.entries(locale.countries)) {
        for (const name of typeof names === 'string' ? [names] : names) {
          const match = matchCountry(name);
          // A name can be another country's too (in another language): then never this one alone.
          if (match.kind === 'country' && match.code !== code) continue;
          expect(match.kind === 'country' ? match.code : match.kind === 'ambiguous' && match.codes, name).toSatisfy(
            (found: unknown) => found === code || (Array.isArray(found) && found.includes(code)),
          );
        }
      }
    }
  });

  it('imports every language of the package', () => {
    expect(countryLocales.map((locale) => locale.locale).sort()).toEqual([...supportedLocales].sort());
  });
});
