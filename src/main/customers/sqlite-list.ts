import type Database from 'better-sqlite3';
import type { Statement } from 'better-sqlite3';
import { afterCursor, decodeCursor, encodeCursor } from '../db/keyset';
import type { CustomerSummary } from '../../shared/customers/schema';
import type { ReadableDB } from '../db/handles';
import { sqliteOf } from '../db/sqlite/database';
import type { CustomerCount, CustomerSortKey } from '../../shared/customers/contract';
import type { CustomerFilters as Filters, CustomerListInput as ListInput, CustomerListing } from './listing';
import { searchPlan } from './sqlite-search';

/** Columns each sort orders by, before the id that makes every key unique. Each has an index. */
export const sortColumns: Record<CustomerSortKey, readonly string[]> = {
  name: ['name_key'],
  email: ['email'],
  country: ['country', 'name_key'],
  status: ['status', 'name_key'],
  createdAt: ['created_at'],
  verificationProgress: ['verification_progress'],
};

/** The index that reads customers in each sort order. */
const sortIndexes: Record<CustomerSortKey, string> = {
  name: 'customers_sort_name',
  email: 'customers_email',
  country: 'customers_country',
  status: 'customers_status',
  createdAt: 'customers_created_at',
  verificationProgress: 'customers_progress',
};

/**
 * A filter matching at most this many customers drives the query: its rows are read from the
 * table and sorted (a few microseconds each). Broader filters are tested on the entries of a
 * sort index (which carries status, country and progress) while it is walked in order, which
 * stops as soon as a page is full. Walking is cheap only when matches are spread along the
 * sort order; a name search sorted by name finds its matches bunched together, far along.
 */
const defaultDriveLimit = 5_000;
/**
 * Rows of the narrowest filter a count with several filters tests one by one (about 10 ms); when
 * each filter has more, the count is an estimate from a sample of about `defaultSampleRows` of them
 * (its error is about one in √(matches in the sample)).
 */
const defaultExactCountRows = 5_000;
const defaultSampleRows = 4_000;
/** The first limit `fewest` counts each filter's matches up to. */
const firstCountRound = 50_000;
/**
 * What a walk of the sort index costs per row it tests against a words search, in microseconds
 * (measured at a million customers): an FTS look-up of the row (`defaultLookupUs`), or, having
 * read every match into a set first, a look-up in the set (the reading costs `matchReadUs` a match).
 */
const defaultLookupUs = 23;
const matchReadUs = 0.11;
/** Matches of a words search read to judge what share of customers it matches. */
const shareMatches = 1_000;

export interface Where {
  clauses: string[];
  params: unknown[];
}

type FilterKey = 'search' | 'status' | 'verification' | 'country' | 'label';

/** One filter as SQL, in the two ways a query can use it. */
interface Condition {
  key: FilterKey;
  /** Tests one row; cheap while another index is walked. */
  test: string;
  params: unknown[];
  /** Reads only this filter's rows: the FROM clause and its WHERE term. */
  driven: { from: string; where: string };
  /** How many customers this filter alone matches, counted up to `cap`. */
  matches: { sql: string; params: unknown[] };
  /** `driven.where` for a sample of its rows: those whose id hashes below a threshold (the last parameter). */
  sampled: string;
  /** A words search: tested by a look-up per row instead; and its first matches counted, with the last one's id (see `walkTests`). */
  lookedUp?: { test: string; firstMatches: string };
}

/** Null when the search cannot match anything (only punctuation typed). */
function conditionsOf(filters: Filters): Condition[] | null {
  const conditions: Condition[] = [];
  if (filters.search) {
    const plan = searchPlan(filters.search);
    if (plan === null) return null;
    conditions.push(plan.kind === 'nameStart' ? nameStartCondition(plan) : wordsCondition(plan.match));
  }
  if (filters.status && filters.status.length > 0) {
    const test = `c.status IN (${filters.status.map(() => '?').join(', ')})`;
    conditions.push(indexed('status', test, filters.status, 'customers_status'));
  }
  if (filters.verification) {
    const test = {
      complete: 'c.verification_progress = 100',
      none: 'c.verification_progress = 0',
      incomplete: 'c.verification_progress BETWEEN 1 AND 99',
    }[filters.verification];
    conditions.push(indexed('verification', test, [], 'customers_progress'));
  }
  if (filters.country) {
    conditions.push(indexed('country', 'c.country = ?', [filters.country], 'customers_country'));
  }
  if (filters.label) {
    conditions.push({
      key: 'label',
      // A correlated scalar lookup of the label's primary key: EXISTS would make SQLite build
      // a Bloom filter over every label row first.
      test: '(SELECT 1 FROM customer_labels l WHERE l.customer_id = c.id AND l.label = ?) = 1',
      params: [filters.label],
      driven: {
        from: 'customers c NOT INDEXED',
        where: 'c.id IN (SELECT customer_id FROM customer_labels WHERE label = ?)',
      },
      matches: {
        sql: 'SELECT min(coalesce((SELECT count FROM label_counts WHERE label = ?), 0), ?)',
        params: [filters.label],
      },
      sampled: `c.id IN (SELECT customer_id FROM customer_labels WHERE label = ? AND ${sampledId('customer_id')})`,
    });
  }
  return conditions;
}

function wordsCondition(match: string): Condition {
  const inSearch = 'c.id IN (SELECT rowid FROM customer_search WHERE customer_search MATCH ?)';
  return {
    key: 'search',
    test: inSearch,
    params: [match],
    driven: { from: 'customers c NOT INDEXED', where: inSearch },
    matches: {
      sql: 'SELECT count(*) FROM (SELECT 1 FROM customer_search WHERE customer_search MATCH ? LIMIT ?)',
      params: [match],
    },
    sampled: `c.id IN (SELECT rowid FROM customer_search WHERE customer_search MATCH ? AND ${sampledId('rowid')})`,
    lookedUp: {
      test: 'EXISTS (SELECT 1 FROM customer_search s WHERE s.customer_search MATCH ? AND s.rowid = c.id)',
      firstMatches:
        'SELECT count(*) AS matches, max(rowid) AS lastId FROM (SELECT rowid FROM customer_search WHERE customer_search MATCH ? LIMIT ?)',
    },
  };
}

/** Names that start with a letter: a range of the name index, in its order. */
function nameStartCondition({ from, to }: { from: string; to: string }): Condition {
  return indexed('search', 'c.name_key >= ? AND c.name_key < ?', [from, to], sortIndexes.name);
}

/** A filter on columns of `customers` that `index` starts with. */
function indexed(key: FilterKey, test: string, params: unknown[], index: string): Condition {
  return {
    key,
    test,
    params,
    driven: { from: `customers c INDEXED BY ${index}`, where: test },
    matches: {
      sql: `SELECT count(*) FROM (SELECT 1 FROM customers c INDEXED BY ${index} WHERE ${test} LIMIT ?)`,
      params,
    },
    sampled: `${test} AND ${sampledId('c.id')}`,
  };
}

/**
 * A sample of customers by id, for estimates: a multiplicative (Fibonacci) hash of the id, below
 * a threshold out of 2^32. Unlike \`id % n\`, it does not fall in step with a pattern in the
 * ids (every third customer of an import, say), so the sample is spread over them all.
 */
function sampledId(id: string): string {
  return `((${id} * 2654435761) & 4294967295) < ?`;
}

/** The filters as plain WHERE terms (exports scan every matching row anyway). */
export function whereOf(filters: Filters): Where | null {
  const conditions = conditionsOf(filters);
  if (!conditions) return null;
  return { clauses: conditions.map((c) => c.test), params: conditions.flatMap((c) => c.params) };
}

/** The index to walk for a sort: one that also narrows by a filter when the sort allows it. */
function walkIndex(sort: CustomerSortKey, conditions: readonly Condition[]): string {
  if (sort === 'name') {
    if (conditions.some((c) => c.key === 'country')) return 'customers_country';
    if (conditions.some((c) => c.key === 'status')) return 'customers_status';
  }
  return sortIndexes[sort];
}

/** ORDER BY terms of a sort, id last, written so SQLite can read them in index order (exports use it too). */
export function orderBySql(sort: CustomerSortKey, direction: 'asc' | 'desc'): string {
  return [...sortColumns[sort], 'id'].map((column) => `c.${column} ${direction.toUpperCase()}`).join(', ');
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

interface Query {
  from: string;
  clauses: string[];
  params: unknown[];
}

/** The list on SQLite: each connection's prepared statements are cached by their SQL text. */
export class SqliteCustomerListing implements CustomerListing {
  private readonly statements = new WeakMap<Database.Database, Map<string, Statement>>();
  private readonly driveLimit: number;

  private readonly exactCountRows: number;
  private readonly sampleRows: number;
  private readonly lookupUs: number;

  /** The limits and costs are there for tests, which check that every way of reading gives the same pages, and estimates. */
  constructor(options: { driveLimit?: number; exactCountRows?: number; sampleRows?: number; lookupUs?: number } = {}) {
    this.driveLimit = options.driveLimit ?? defaultDriveLimit;
    this.exactCountRows = options.exactCountRows ?? defaultExactCountRows;
    this.sampleRows = options.sampleRows ?? defaultSampleRows;
    this.lookupUs = options.lookupUs ?? defaultLookupUs;
  }

  private prepare(db: ReadableDB, sql: string): Statement {
    const client = sqliteOf(db).$client;
    let statements = this.statements.get(client);
    if (!statements) {
      statements = new Map();
      this.statements.set(client, statements);
    }
    let statement = statements.get(sql);
    if (!statement) {
      statement = client.prepare(sql);
      statements.set(sql, statement);
    }
    return statement;
  }

  private matches(db: ReadableDB, condition: Condition, cap: number): number {
    return this.prepare(db, condition.matches.sql)
      .pluck()
      .get(...condition.matches.params, cap) as number;
  }

  /** The condition matching the fewest customers, with that number (counted up to `cap`). */
  private narrowest(
    db: ReadableDB,
    conditions: readonly Condition[],
    cap: number,
  ): { condition: Condition; matches: number } | null {
    let best: { condition: Condition; matches: number } | null = null;
    for (const condition of conditions) {
      const matches = this.matches(db, condition, best ? Math.min(cap, best.matches) : cap);
      if (!best || matches < best.matches) best = { condition, matches };
    }
    return best;
  }

  /**
   * The conditions as a walk of the sort index tests them. A words search is read whole into a
   * set, which costs `matchReadUs` a match; but one that matches a large share of customers finds
   * a page in few rows, each cheaper to look up in the search index itself ("ma": 8 ms instead
   * of 17 at a million customers). Its share is judged from its first `shareMatches` matches and
   * the id of the last of them (the index lists matches by id).
   */
  private walkTests(db: ReadableDB, conditions: readonly Condition[], rows: number): readonly Condition[] {
    return conditions.map((condition) => {
      const { lookedUp } = condition;
      if (!lookedUp) return condition;
      const first = this.prepare(db, lookedUp.firstMatches).get(...condition.params, shareMatches) as {
        matches: number;
        lastId: number | null;
      };
      if (!first.lastId) return condition;
      const customers = this.prepare(db, 'SELECT max(id) FROM customers').pluck().get() as number;
      // Fewer than asked for: those are all its matches.
      const share = first.matches / (first.matches < shareMatches ? customers : first.lastId);
      const lookingUp = (rows / share) * this.lookupUs;
      const readingAll = share * customers * matchReadUs;
      return lookingUp < readingAll ? { ...condition, test: lookedUp.test } : condition;
    });
  }

  /** Every filter tested on rows read from `from`, the driving filter through its own index. */
  private query(from: string, conditions: readonly Condition[], driver: Condition | null): Query {
    const query: Query = { from, clauses: [], params: [] };
    for (const condition of conditions) {
      query.clauses.push(condition === driver ? condition.driven.where : condition.test);
      query.params.push(...condition.params);
    }
    return query;
  }

  async page(db: ReadableDB, input: ListInput): Promise<{ items: CustomerSummary[]; nextCursor: string | null }> {
    const conditions = conditionsOf(input);
    if (!conditions) return { items: [], nextCursor: null };
    const narrowest = this.narrowest(db, conditions, this.driveLimit + 1);
    const driver = narrowest && narrowest.matches <= this.driveLimit ? narrowest.condition : null;
    const query = driver
      ? this.query(driver.driven.from, conditions, driver)
      : this.query(
          `customers c INDEXED BY ${walkIndex(input.sort, conditions)}`,
          this.walkTests(db, conditions, input.limit + 1),
          null,
        );

    const columns = [...sortColumns[input.sort], 'id'];
    const keys = columns.map((column) => `c.${column}`);
    const direction = input.direction === 'desc' ? 'DESC' : 'ASC';
    if (input.cursor) {
      const after = afterCursor(keys, direction === 'ASC' ? '>' : '<', decodeCursor(input.cursor, columns.length));
      query.clauses.push(after.sql);
      query.params.push(...after.params);
    }
    const order = orderBySql(input.sort, input.direction);
    // The inner query finds the page's ids reading as little as it can (often the index
    // alone); only the rows of the page are then read whole, with their labels. CROSS JOIN
    // keeps that order: left to itself SQLite may walk the whole table to skip a 50-row sort.
    const sql = `SELECT c.id, c.first_name, c.last_name, c.email, c.phone, c.country, c.status,
        c.verification_progress, c.reference_id, c.document_number, c.created_at, c.name_key,
        (SELECT json_group_array(label) FROM customer_labels WHERE customer_id = c.id) AS labels
      FROM (SELECT c.id FROM ${query.from}
        ${query.clauses.length ? `WHERE ${query.clauses.join(' AND ')}` : ''}
        ORDER BY ${order} LIMIT ?) AS page
      CROSS JOIN customers c ON c.id = page.id
      ORDER BY ${order}`;
    const rows = this.prepare(db, sql).all(...query.params, input.limit + 1) as SummaryRow[];
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

  async count(db: ReadableDB, filters: Filters): Promise<number> {
    const conditions = conditionsOf(filters);
    if (!conditions) return 0;
    if (conditions.length === 0) return this.countAll(db);
    const [only] = conditions;
    if (conditions.length === 1 && only) return this.matches(db, only, Number.MAX_SAFE_INTEGER);
    const driver = this.narrowest(db, conditions, Number.MAX_SAFE_INTEGER)?.condition ?? null;
    return this.countDriven(db, conditions, driver, Number.MAX_SAFE_INTEGER);
  }

  async countUpTo(db: ReadableDB, filters: Filters, cap: number): Promise<CustomerCount> {
    const conditions = conditionsOf(filters);
    if (!conditions) return exactly(0, cap);
    if (conditions.length === 0) return { total: this.countAll(db), capped: false, estimated: false };
    if (conditions.length === 1 && conditions[0]) return exactly(this.matches(db, conditions[0], cap + 1), cap);
    const narrowest = this.narrowest(db, conditions, cap + 1);
    if (!narrowest || narrowest.matches <= this.exactCountRows) {
      return exactly(this.countDriven(db, conditions, narrowest?.condition ?? null, cap + 1), cap);
    }
    return this.estimate(db, conditions);
  }

  private countAll(db: ReadableDB): number {
    return this.prepare(db, 'SELECT count(*) FROM customers').pluck().get() as number;
  }

  /** Rows matching every condition, counted up to `limit`: the driver's rows, each tested. */
  private countDriven(
    db: ReadableDB,
    conditions: readonly Condition[],
    driver: Condition | null,
    limit: number,
  ): number {
    const query = this.query(driver ? driver.driven.from : 'customers c', conditions, driver);
    const sql = `SELECT count(*) FROM (SELECT 1 FROM ${query.from} WHERE ${query.clauses.join(' AND ')} LIMIT ?)`;
    return this.prepare(db, sql)
      .pluck()
      .get(...query.params, limit) as number;
  }

  /**
   * The condition with the fewest matches, and how many: counted in rounds of a growing limit,
   * so the broadest is not counted to its end (country US beside status active: 63,000 rows
   * counted twice instead of 500,000 once).
   */
  private fewest(db: ReadableDB, conditions: readonly Condition[]): { condition: Condition; matches: number } {
    for (let limit = firstCountRound; ; limit *= 4) {
      // Never null: there are several conditions.
      const narrowest = this.narrowest(db, conditions, limit) as { condition: Condition; matches: number };
      if (narrowest.matches < limit || limit > Number.MAX_SAFE_INTEGER / 4) return narrowest;
    }
  }

  /**
   * Several filters that each match more than `exactCountRows` customers: counting them exactly
   * means testing every row of the narrowest until the cap is reached or its rows run out (tens
   * to hundreds of milliseconds at a million customers when they have few in common). Instead,
   * the filter with the fewest rows is counted (cheap on its own index), a sample of about
   * `sampleRows` of them is tested against the others, and the share scales the count.
   */
  private estimate(db: ReadableDB, conditions: readonly Condition[]): CustomerCount {
    const { condition: driver, matches: rows } = this.fewest(db, conditions);
    const threshold = Math.min(2 ** 32, Math.ceil((this.sampleRows / Math.max(rows, 1)) * 2 ** 32));
    const others = conditions.filter((condition) => condition !== driver);
    const sql = `SELECT count(*) AS sampled, coalesce(sum(${others.map((c) => `(${c.test})`).join(' AND ')}), 0) AS matched
      FROM ${driver.driven.from} WHERE ${driver.sampled}`;
    const { sampled, matched } = this.prepare(db, sql).get(
      ...others.flatMap((c) => c.params),
      ...driver.params,
      threshold,
    ) as { sampled: number; matched: number };
    if (sampled === 0) return { total: 0, capped: false, estimated: true };
    return { total: roughly((matched / sampled) * rows), capped: false, estimated: true };
  }
}

/** A count made exactly, up to `cap`. */
function exactly(total: number, cap: number): CustomerCount {
  return { total: Math.min(total, cap), capped: total > cap, estimated: false };
}

/** An estimate to two significant digits ("about 2,100"): its sample says no more. */
export function roughly(value: number): number {
  if (value < 100) return Math.round(value);
  const unit = 10 ** (Math.floor(Math.log10(value)) - 1);
  return Math.round(value / unit) * unit;
}
