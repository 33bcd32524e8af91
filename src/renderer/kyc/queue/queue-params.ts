import { verificationChecks, type VerificationCheck } from '../../../shared/customers/fields';
import { queueAges, type QueueFilters } from '../../../shared/kyc/contract';

/**
 * The queue's filters live in the address (`?check=document&age=7d`), so the review screen
 * walks the same queue the reviewer filtered, and a reload keeps them.
 */
export function filtersFromParams(params: URLSearchParams): QueueFilters {
  const check = params.get('check');
  const country = params.get('country');
  const age = params.get('age');
  return {
    check: verificationChecks.includes(check as VerificationCheck) ? (check as VerificationCheck) : undefined,
    country: country && /^[A-Z]{2}$/.test(country) ? country : undefined,
    age: queueAges.find((value) => value === age) ?? 'any',
  };
}

export function paramsFromFilters(filters: QueueFilters, extra: Record<string, string> = {}): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.check) params.set('check', filters.check);
  if (filters.country) params.set('country', filters.country);
  if (filters.age && filters.age !== 'any') params.set('age', filters.age);
  for (const [key, value] of Object.entries(extra)) params.set(key, value);
  return params;
}

/** The review screen of one customer, outside the queue (from the profile or the form). */
export function customerReviewPath(customerId: number): string {
  return `/verification/${customerId}`;
}

/** Where a queue row opens: the review screen, remembering the row's place and the filters. */
export function reviewPath(customerId: number, filters: QueueFilters, position: string): string {
  return `${customerReviewPath(customerId)}?${paramsFromFilters(filters, { position }).toString()}`;
}

export function queuePath(filters: QueueFilters): string {
  const query = paramsFromFilters(filters).toString();
  return query ? `/verification?${query}` : '/verification';
}
