import type { z } from 'zod';
import type { customerFilters } from '../../shared/customers/contract';
import { customerStatuses, statusLabels, verificationChecks, verifiedFlag } from '../../shared/customers/fields';
import { countryName } from '../../shared/reference/countries';
import { whereOf } from '../customers/sqlite-list';
import type { ReadableDB } from '../db/handles';
import { sqliteOf } from '../db/sqlite/database';

type Filters = z.output<typeof customerFilters>;

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
const checkColumns = verificationChecks.map((check) =>
  verifiedFlag[check].replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`),
);
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

/**
 * Counts with GROUP BY over the list's own WHERE (SQLite's, with FTS5): a few indexed scans,
 * never rows in memory.
 */
export function summariseCustomers(db: ReadableDB, filters: Filters): CustomerSummaryData {
  const where = whereOf(filters);
  const described = describeFilters(filters);
  if (!where) {
    return { total: 0, filters: described, byStatus: [], byVerification: [], byCheck: [], byCountry: [], countries: 0 };
  }
  const clause = where.clauses.length ? `WHERE ${where.clauses.join(' AND ')}` : '';
  const client = sqliteOf(db).$client;
  const totals = client
    .prepare(
      `SELECT count(*) AS total,
        coalesce(sum(verification_progress = 100), 0) AS complete,
        coalesce(sum(verification_progress = 0), 0) AS none,
        ${checkColumns.map((column) => `coalesce(sum(${column}), 0) AS ${column}`).join(', ')}
      FROM customers c ${clause}`,
    )
    .get(...where.params) as Record<string, number>;
  const total = totals.total ?? 0;
  const statusCounts = new Map(
    (
      client
        .prepare(`SELECT status, count(*) AS count FROM customers c ${clause} GROUP BY status`)
        .all(...where.params) as {
        status: string;
        count: number;
      }[]
    ).map((row) => [row.status, row.count]),
  );
  const countryRows = client
    .prepare(
      `SELECT country, count(*) AS count FROM customers c ${clause} GROUP BY country ORDER BY count DESC, country`,
    )
    .all(...where.params) as { country: string; count: number }[];
  const shown = countryRows
    .slice(0, topCountries)
    .map((row) => ({ label: countryName(row.country), count: row.count }));
  const others = countryRows.slice(topCountries).reduce((sum, row) => sum + row.count, 0);
  const complete = totals.complete ?? 0;
  const none = totals.none ?? 0;
  return {
    total,
    filters: described,
    byStatus: customerStatuses.map((status) => ({ label: statusLabels[status], count: statusCounts.get(status) ?? 0 })),
    byVerification: [
      { label: 'Complete (100 %)', count: complete },
      { label: 'In progress', count: total - complete - none },
      { label: 'Not started (0 %)', count: none },
    ],
    byCheck: verificationChecks.map((check, i) => ({
      label: checkNames[check],
      count: totals[checkColumns[i] as string] ?? 0,
    })),
    byCountry:
      others > 0 ? [...shown, { label: `${countryRows.length - topCountries} other countries`, count: others }] : shown,
    countries: countryRows.length,
  };
}
