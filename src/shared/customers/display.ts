import { countryName, dialCode } from '../reference/countries';
import { formatPhone } from '../reference/phone';

// A calendar date names a day, not a moment: formatted at UTC midnight in UTC, so no time zone
// moves it to the day before. The locale is the reader's (the renderer's, or the report's host).
const calendarDays = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' });

/** "17 May 1990" (en-GB), "May 17, 1990" (en-US) for a calendar date (YYYY-MM-DD), read as written. */
export function formatDay(isoDate: string): string {
  const [year, month, day] = isoDate.slice(0, 10).split('-').map(Number) as [number, number, number];
  return calendarDays.format(Date.UTC(year, month - 1, day));
}

/** "Ada Lovelace", or "Ada" without a last name: how every screen names a customer, and the name sort's order. */
export function customerName(customer: { firstName: string; lastName: string | null }): string {
  return customer.lastName ? `${customer.firstName} ${customer.lastName}` : customer.firstName;
}

/** "+44 7911 123456 ext. 12" */
export function formatPhoneNumber(e164: string, extension?: string | null): string {
  const phone = formatPhone(e164);
  return extension ? `${phone} ext. ${extension}` : phone;
}

/** "United Kingdom (+44)", or just the name where no dial code is known. */
export function countryWithDialCode(code: string): string {
  const dial = dialCode(code);
  return dial ? `${countryName(code)} (${dial})` : countryName(code);
}

type PostalLine = string | null | undefined;

/** Postal details as the lines of a letter: name, company, street, "postal code city", state, country. */
export function postalLines(postal: {
  name?: PostalLine;
  companyName?: PostalLine;
  street?: PostalLine;
  city?: PostalLine;
  state?: PostalLine;
  postalCode?: PostalLine;
  country?: PostalLine;
}): string[] {
  const cityLine = [postal.postalCode, postal.city].filter(Boolean).join(' ');
  return [
    postal.name,
    postal.companyName,
    postal.street,
    cityLine,
    postal.state,
    postal.country ? countryName(postal.country) : null,
  ].filter((line): line is string => Boolean(line));
}
