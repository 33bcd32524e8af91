import type { z } from 'zod';
import type { customerFilters } from '../../shared/customers/contract';
import { customerStatuses, statusLabels, verificationChecks } from '../../shared/customers/fields';
import { countryName } from '../../shared/reference/countries';
import type { ReadableDB } from '../db/handles';

type Filters = z.output<typeof customerFilters>;
type VerificationCheck = (typeof verificationChecks)[number];

/** The customers matching some filters, counted (a port: sqlite-summary.ts). */
export interface CustomerCounts {
  total: number;
  /** Verification progress at 100 % and at 0 %. */
  complete: number;
  none: number;
  byCheck: Record<VerificationCheck, number>;
  byStatus: Map<string, number>;
  /** Most customers first. */
  byCountry: { country: string; count: number }[];
}
export type CountCustomers = (db: ReadableDB, filters: Filters) => Promise<CustomerCounts | null>;

export interface Count {
  label: string;
  count: number;
}

/** What the summary report shows: the customers matching the filters, counted several ways. */
export interface CustomerSummaryData {
  total: number;
  /** The filters in words, e.g. "Status: Active · Country: Germany"; empty when none. */
  filters: string[];
  byStatus: Count[];
  byVerification: Count[];
  byCheck: Count[];
  byCountry: Count[];
  countries: number;
}

const topCountries = 12;
const checkNames: Record<(typeof verificationChecks)[number], string> = {
  email: 'Email verified',
  phone: 'Phone verified',
  document: 'Document verified',
  selfie: 'Selfie verified',
  address: 'Address verified',
};

export function describeFilters(filters: Filters): string[] {
  const parts: string[] = [];
  if (filters.search) parts.push(`Search: “${filters.search}”`);
  if (filters.status?.length) parts.push(`Status: ${filters.status.map((s) => statusLabels[s]).join(', ')}`);
  if (filters.verification) parts.push(`Verification: ${filters.verification}`);
  if (filters.country) parts.push(`Country: ${countryName(filters.country)}`);
  if (filters.label) parts.push(`Label: ${filters.label}`);
  return parts;
}

/** The summary report's figures; `count` is null when the search can match nothing. */
export async function summariseCustomers(
  count: CountCustomers,
  db: ReadableDB,
  filters: Filters,
): Promise<CustomerSummaryData> {
  const described = describeFilters(filters);
  const counts = await count(db, filters);
  if (!counts) {
    return { total: 0, filters: described, byStatus: [], byVerification: [], byCheck: [], byCountry: [], countries: 0 };
  }
  const { total, complete, none, byCountry } = counts;
  const shown = byCountry.slice(0, topCountries).map((row) => ({ label: countryName(row.country), count: row.count }));
  const others = byCountry.slice(topCountries).reduce((sum, row) => sum + row.count, 0);
  return {
    total,
    filters: described,
    byStatus: customerStatuses.map((status) => ({
      label: statusLabels[status],
      count: counts.byStatus.get(status) ?? 0,
    })),
    byVerification: [
      { label: 'Complete (100 %)', count: complete },
      { label: 'In progress', count: total - complete - none },
      { label: 'Not started (0 %)', count: none },
    ],
    byCheck: verificationChecks.map((check) => ({ label: checkNames[check], count: counts.byCheck[check] })),
    byCountry:
      others > 0 ? [...shown, { label: `${byCountry.length - topCountries} other countries`, count: others }] : shown,
    countries: byCountry.length,
  };
}
