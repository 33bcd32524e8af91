import type { Statement } from 'better-sqlite3';
import type { z } from 'zod';
import { ApiError } from '../../shared/errors';
import type { CustomerSortKey, customerFilters, customerListInput } from '../../shared/customers/contract';
import type { CustomerSummary } from '../../shared/customers/schema';
import type { Db } from '../db/connection';
import { ftsQuery } from './search';

type Filters = z.output<typeof customerFilters>;
type ListInput = z.output<typeof customerListInput>;

/** Columns each sort orders by, before the id that makes every key unique. Each has an index. */
const sortColumns: Record<CustomerSortKey, readonly string[]> = {
  name: ['sort_name'],
  email: ['email'],
  country: ['country', 'sort_name'],
  status: ['status', 'sort_name'],
  createdAt: ['created_at'],
  verificationProgress: ['verification_progress'],
};

interface Where {
  clauses: string[];
  params: unknown[];
}

/** Null when the search cannot match anything (only punctuation typed). */
function whereOf(filters: Filters): Where | null {
  const where: Where = { clauses: [], params: [] };
  if (filters.search) {
    const match = ftsQuery(filters.search);
    if (match === null) return null;
    where.clauses.push('c.id IN (SELECT rowid FROM customer_search WHERE customer_search MATCH ?)');
    where.params.push(match);
  }
  if (filters.status && filters.status.length > 0) {
    where.clauses.push(`c.status IN (${filters.status.map(() => '?').join(', ')})`);
    where.params.push(...filters.status);
  }
  if (filters.verification === 'complete') where.clauses.push('c.verification_progress = 100');
  if (filters.verification === 'none') where.clauses.push('c.verification_progress = 0');
  if (filters.verification === 'incomplete') where.clauses.push('c.verification_progress BETWEEN 1 AND 99');
  if (filters.country) {
    where.clauses.push('c.country = ?');
    where.params.push(filters.country);
  }
  if (filters.label) {
    where.clauses.push('c.id IN (SELECT customer_id FROM customer_labels WHERE label = ?)');
    where.params.push(filters.label);
  }
  return where;
}

function encodeCursor(values: unknown[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

function decodeCursor(cursor: string, width: number): unknown[] {
  try {
    const values: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(values) && values.length === width) return values;
  } catch {
    // fall through to the error below
  }
  throw new ApiError('VALIDATION', 'This page link is no longer valid; reload the list', {
    cursor: 'Invalid cursor',
  });
}

interface SummaryRow {
  id: number;
  first_name: string;
  last_name: string | null;
  email: string;
  phone: string | null;
  country: string;
  status: CustomerSummary['status'];
  verification_progress: number;
  reference_id: string | null;
  document_number: string | null;
  labels: string;
  created_at: string;
  [sortKey: string]: unknown;
}

/** Reads customer pages with prepared statements cached by their SQL text. */
export class CustomerLists {
  private readonly statements = new Map<string, Statement>();

  constructor(private readonly db: Db) {}

  private prepare(sql: string): Statement {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.db.$client.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }

  page(input: ListInput): { items: CustomerSummary[]; nextCursor: string | null } {
    const where = whereOf(input);
    if (!where) return { items: [], nextCursor: null };
    const columns = [...sortColumns[input.sort], 'id'];
    const direction = input.direction === 'desc' ? 'DESC' : 'ASC';
    if (input.cursor) {
      const tuple = `(${columns.map((c) => `c.${c}`).join(', ')})`;
      where.clauses.push(`${tuple} ${direction === 'ASC' ? '>' : '<'} (${columns.map(() => '?').join(', ')})`);
      where.params.push(...decodeCursor(input.cursor, columns.length));
    }
    const sql = `SELECT c.id, c.first_name, c.last_name, c.email, c.phone, c.country, c.status,
        c.verification_progress, c.reference_id, c.document_number, c.created_at, c.sort_name,
        (SELECT json_group_array(label) FROM customer_labels WHERE customer_id = c.id) AS labels
      FROM customers c
      ${where.clauses.length ? `WHERE ${where.clauses.join(' AND ')}` : ''}
      ORDER BY ${columns.map((c) => `c.${c} ${direction}`).join(', ')}
      LIMIT ?`;
    const rows = this.prepare(sql).all(...where.params, input.limit + 1) as SummaryRow[];
    const hasMore = rows.length > input.limit;
    const page = hasMore ? rows.slice(0, input.limit) : rows;
    const last = page.at(-1);
    return {
      items: page.map((row) => ({
        id: row.id,
        firstName: row.first_name,
        lastName: row.last_name,
        email: row.email,
        phone: row.phone,
        country: row.country,
        status: row.status,
        verificationProgress: row.verification_progress,
        referenceId: row.reference_id,
        documentNumber: row.document_number,
        labels: JSON.parse(row.labels) as string[],
        createdAt: row.created_at,
      })),
      nextCursor: hasMore && last ? encodeCursor(columns.map((c) => last[c])) : null,
    };
  }

  count(filters: Filters): number {
    const where = whereOf(filters);
    if (!where) return 0;
    const sql = `SELECT count(*) AS total FROM customers c
      ${where.clauses.length ? `WHERE ${where.clauses.join(' AND ')}` : ''}`;
    return (this.prepare(sql).get(...where.params) as { total: number }).total;
  }
}
