import dayjs from 'dayjs';
import { countryName, dialCode } from '../../../shared/reference/countries';
import { formatPhone } from '../../../shared/reference/phone';

/** Numbers in the desk always use English grouping: 1,000,000. */
export function formatCount(value: number): string {
  return value.toLocaleString('en');
}

/** "1 customer", "100,000 customers". */
export function counted(value: number, noun: string, nouns = `${noun}s`): string {
  return `${formatCount(value)} ${value === 1 ? noun : nouns}`;
}

export function customerName(customer: { firstName: string; lastName: string | null }): string {
  return customer.lastName ? `${customer.firstName} ${customer.lastName}` : customer.firstName;
}

export function formatDate(iso: string): string {
  return dayjs(iso).format('D MMM YYYY');
}

export function formatDateTime(iso: string): string {
  return dayjs(iso).format('D MMM YYYY, HH:mm');
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
