import type { CustomerCount } from '../../../shared/customers/contract';

/** Numbers in the desk always use English grouping: 1,000,000. */
export function formatCount(value: number): string {
  return value.toLocaleString('en');
}

/** "1 customer", "100,000 customers". */
export function counted(value: number, noun: string, nouns = `${noun}s`): string {
  return `${formatCount(value)} ${value === 1 ? noun : nouns}`;
}

/**
 * The list's count as the core gave it: exact ("3 matches"), counted up to its cap ("10,000+
 * matches") or estimated from a sample ("about 2,100 matches").
 */
export function countText({ total, capped, estimated }: CustomerCount, filtered: boolean): string {
  const noun = filtered ? (total === 1 ? 'match' : 'matches') : 'customers';
  return `${estimated ? 'about ' : ''}${formatCount(total)}${capped ? '+' : ''} ${noun}`;
}

/**
 * The count beside the rows loaded (`all`: the list was read to its end): those rows are the
 * exact count, and an estimate (a sample can miss a few customers) is never below them.
 */
export function countWithRows(count: CustomerCount, rows: number, all: boolean): CustomerCount {
  if (all) return { total: rows, capped: false, estimated: false };
  return count.estimated && count.total < rows ? { ...count, total: rows } : count;
}

/** The count when it is exact: what the grid's row count and the export dialog may say. */
export function exactTotal(count: CustomerCount | undefined): number | undefined {
  return count && !count.capped && !count.estimated ? count.total : undefined;
}

export { countryWithDialCode, customerName, formatPhoneNumber } from '../../../shared/customers/display';
