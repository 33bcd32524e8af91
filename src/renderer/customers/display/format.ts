/** Numbers in the desk always use English grouping: 1,000,000. */
export function formatCount(value: number): string {
  return value.toLocaleString('en');
}

/** "1 customer", "100,000 customers". */
export function counted(value: number, noun: string, nouns = `${noun}s`): string {
  return `${formatCount(value)} ${value === 1 ? noun : nouns}`;
}

export { countryWithDialCode, customerName, formatPhoneNumber } from '../../../shared/customers/display';
