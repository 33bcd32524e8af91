import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import { recentAnswers } from '../recent-answers';
import { countryName } from './countries';

export type PhoneCheck =
  { ok: true; e164: string; national: string; extension?: string } | { ok: false; message: string };

/**
 * More than an import chunk. The number as typed is asked first, then its E.164 form (the
 * schema's transform, the stored national number): both get the one answer.
 */
const parseRecent = recentAnswers(
  (key) => {
    const split = key.indexOf(' ');
    return parsePhone(key.slice(split + 1), key.slice(0, split) || undefined);
  },
  1024,
  (answer) => (answer.ok && !answer.extension ? ` ${answer.e164}` : null),
);

/**
 * Validates a phone number as people write it ("07911 123456", "+1 415-555-2671 ext. 12"),
 * using the customer's country for numbers without a dial code, and returns E.164.
 * The answer is shared: do not change it.
 */
export function checkPhone(text: string, country?: string): PhoneCheck {
  // A number with its dial code means the same whatever the country.
  return parseRecent(text.startsWith('+') ? ` ${text}` : `${country ?? ''} ${text}`);
}

function parsePhone(text: string, country?: string): PhoneCheck {
  const parsed = parsePhoneNumberFromString(text, {
    defaultCountry: country as CountryCode | undefined,
    extract: false,
  });
  if (parsed?.isValid()) {
    const valid = { ok: true as const, e164: parsed.number, national: parsed.nationalNumber };
    return parsed.ext ? { ...valid, extension: parsed.ext } : valid;
  }
  // The number as given and the country it was read for: on an import's report row, that is
  // what the user needs to see to put it right. (Made only for a refused number: an import
  // parses a million valid ones.)
  const given = `"${text.trim()}"`;
  const inCountry = country && !text.trim().startsWith('+') ? ` for ${countryName(country)}` : '';
  if (!parsed) {
    if (text.trim().startsWith('+')) return { ok: false, message: `${given} has no valid dial code` };
    return {
      ok: false,
      message: country
        ? `${given} is not a phone number${inCountry}`
        : `${given} needs its dial code (e.g. +44 7911 123456), or choose the country first`,
    };
  }
  return { ok: false, message: `${given} is not a valid phone number${inCountry}` };
}

/** The number without its country's dial code, which the search index also holds. */
export function nationalNumberOf(e164: string | null): string | null {
  const checked = e164 ? checkPhone(e164) : null;
  return checked?.ok ? checked.national : null;
}

/** "+44 7911 123456" for display. */
export function formatPhone(e164: string): string {
  return parsePhoneNumberFromString(e164)?.formatInternational() ?? e164;
}

/** Digits a search index needs: the full E.164 digits and the national number. */
export function phoneSearchTokens(e164: string): string {
  const parsed = parsePhoneNumberFromString(e164);
  return parsed ? `${parsed.countryCallingCode}${parsed.nationalNumber} ${parsed.nationalNumber}` : '';
}
