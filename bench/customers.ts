import type Database from 'better-sqlite3';
import type { CustomerCount, CustomerListInput, CustomerFilters } from '../src/shared/customers/contract';
import type { Core } from '../src/main/core';
import { searchPlan } from '../src/main/customers/sqlite-search';
import {
  benchCustomers,
  callCore,
  measure,
  openBenchCore,
  printTable,
  seededDataDir,
  type BenchSection,
  type Row,
} from './harness';

const customers = benchCustomers;
const targetMs = 10;
const pageSize = 50;

type Sort = NonNullable<CustomerListInput['sort']>;
/** ORDER BY of each sort. */
const sortSql: Record<Sort, string[]> = {
  name: ['name_key'],
  email: ['email'],
  country: ['country', 'name_key'],
  status: ['status', 'name_key'],
  createdAt: ['created_at'],
  verificationProgress: ['verification_progress'],
};

/**
 * The question of a list call asked of SQLite directly, as one would write it by hand: the
 * filters as WHERE terms, ORDER BY the sort, LIMIT, and SQLite's planner left to itself.
 */
function rawWhere(filters: CustomerFilters): { sql: string; params: unknown[] } {
  const terms: string[] = [];
  const params: unknown[] = [];
  // What the search means is the core's (searchPlan); how SQLite finds it is left to SQLite.
  const plan = filters.search ? searchPlan(filters.search) : null;
  if (plan?.kind === 'words') {
    terms.push('id IN (SELECT rowid FROM customer_search WHERE customer_search MATCH ?)');
    params.push(plan.match);
  } else if (plan?.kind === 'nameStart') {
    terms.push('name_key >= ? AND name_key < ?');
    params.push(plan.from, plan.to);
  }
  if (filters.status?.length) {
    terms.push(`status IN (${filters.status.map(() => '?').join(', ')})`);
    params.push(...filters.status);
  }
  if (filters.country) {
    terms.push('country = ?');
    params.push(filters.country);
  }
  if (filters.label) {
    terms.push('id IN (SELECT customer_id FROM customer_labels WHERE label = ?)');
    params.push(filters.label);
  }
  if (filters.verification) {
    terms.push(
      {
        complete: 'verification_progress = 100',
        none: 'verification_progress = 0',
        incomplete: 'verification_progress BETWEEN 1 AND 99',
      }[filters.verification],
    );
  }
  return { sql: terms.length ? `WHERE ${terms.join(' AND ')}` : '', params };
}

class CustomerBench {
  private readonly rows: Row[] = [];

  constructor(
    private readonly core: Core,
    private readonly raw: Database.Database,
  ) {}

  private call(op: string, input: unknown): Promise<unknown> {
    return callCore(this.core, op, input);
  }

  async list(name: string, input: CustomerListInput, rawSql?: { sql: string; params: unknown[] }) {
    const value = (await this.call('customers.list', { limit: pageSize, ...input })) as { items: unknown[] };
    const core = await measure(() => this.call('customers.list', { limit: pageSize, ...input }));
    const sort = sortSql[input.sort ?? 'name'];
    const dir = input.direction === 'desc' ? 'DESC' : 'ASC';
    const where = rawSql ?? rawWhere(input);
    const statement = this.raw.prepare(
      `SELECT id, first_name, last_name, email, phone, country, status, verification_progress, reference_id,
        document_number, created_at, (SELECT json_group_array(label) FROM customer_labels WHERE customer_id = customers.id) AS labels
      FROM customers ${where.sql} ORDER BY ${[...sort, 'id'].map((c) => `${c} ${dir}`).join(', ')} LIMIT ?`,
    );
    const raw = await measure(() => statement.all(...where.params, pageSize + 1));
    this.rows.push({ name, core, raw, rows: value.items.length });
  }

  async count(name: string, filters: CustomerFilters) {
    const value = (await this.call('customers.count', filters)) as CustomerCount;
    const core = await measure(() => this.call('customers.count', filters));
    const where = rawWhere(filters);
    const statement = this.raw.prepare(`SELECT count(*) FROM customers ${where.sql}`).pluck();
    const raw = await measure(() => statement.get(...where.params), 20);
    const total = value.total.toLocaleString('en');
    // An estimate beside the exact count, to see how close it came.
    const exact = value.estimated ? ` (exact ${(statement.get(...where.params) as number).toLocaleString('en')})` : '';
    this.rows.push({
      name,
      core,
      raw,
      rows: `${value.estimated ? '≈' : ''}${total}${value.capped ? '+' : ''}${exact}`,
    });
  }

  /** Walks `pages` pages of 500 through the core, then times the next page from there. */
  async deep(name: string, input: CustomerListInput, pages: number) {
    let cursor: string | undefined;
    for (let i = 0; i < pages; i++) {
      const page = (await this.call('customers.list', { ...input, limit: 500, cursor })) as { nextCursor: string };
      cursor = page.nextCursor;
    }
    const sort = sortSql[input.sort ?? 'name'];
    const dir = input.direction === 'desc' ? 'DESC' : 'ASC';
    const order = [...sort, 'id'];
    const key = this.raw
      .prepare(
        `SELECT ${order.join(', ')} FROM customers ORDER BY ${order.map((c) => `${c} ${dir}`).join(', ')} LIMIT 1 OFFSET ?`,
      )
      .raw()
      .get(pages * 500 - 1) as unknown[];
    // The leading term lets SQLite seek the index (a row value alone does not, on an expression).
    const op = dir === 'ASC' ? '>' : '<';
    const rawSql = {
      sql: `WHERE ${order[0]} ${op}= ? AND (${order.join(', ')}) ${op} (${order.map(() => '?').join(', ')})`,
      params: [key[0], ...key],
    };
    await this.list(`${name} (after ${(pages * 500).toLocaleString('en')} rows)`, { ...input, cursor }, rawSql);
  }

  print(title: string) {
    printTable(title, this.rows.splice(0), targetMs);
  }
}

interface Sample {
  id: number;
  first_name: string;
  last_name: string;
  email: string;
  phone_national: string;
  reference_id: string;
  document_number: string;
}

export const customersBench: BenchSection = {
  name: 'customers',
  async run() {
    const dataDir = await seededDataDir(customers);
    const core = await openBenchCore(dataDir);
    const raw = core.storage.reader.$client;
    try {
      const bench = new CustomerBench(core, raw);
      // Realistic values read from the seeded data: a customer with everything filled in.
      const sample = raw
        .prepare(
          `SELECT id, first_name, last_name, email, phone_national, reference_id, document_number FROM customers
          WHERE id >= ? AND last_name GLOB '[A-Z][a-z][a-z][a-z]*' AND phone_national IS NOT NULL
            AND reference_id IS NOT NULL AND document_number IS NOT NULL LIMIT 1`,
        )
        .get(Math.floor(customers * 0.61)) as Sample;
      const lastPrefix = sample.last_name.slice(0, 4);
      const spacedPhone = `0${sample.phone_national.slice(0, 3)} ${sample.phone_national.slice(3, 6)} ${sample.phone_national.slice(6)}`;
      const searches: [string, string][] = [
        [`last name prefix "${lastPrefix}"`, lastPrefix],
        ['accent-free "muller"', 'muller'],
        ['1 letter "m" (names starting with it)', 'm'],
        ['2 letters "ma"', 'ma'],
        ['3 letters "mar" (broad)', 'mar'],
        [`first + last "${sample.first_name} ${lastPrefix}"`, `${sample.first_name} ${lastPrefix}`],
        ['full email', sample.email],
        [`phone "${spacedPhone}"`, spacedPhone],
        [`reference id ${sample.reference_id}`, sample.reference_id],
        [`document number ${sample.document_number}`, sample.document_number],
      ];

      for (const sort of Object.keys(sortSql) as Sort[]) {
        await bench.list(`sort ${sort} asc`, { sort });
        await bench.list(`sort ${sort} desc`, { sort, direction: 'desc' });
      }
      bench.print(`First page of ${customers.toLocaleString('en')} customers, no filter`);

      for (const [name, search] of searches) await bench.list(name, { search });
      await bench.list('"mar" sorted by created desc', { search: 'mar', sort: 'createdAt', direction: 'desc' });
      bench.print('First page with a search (sorted by name unless said)');

      await bench.list('status active', { status: ['active'] });
      await bench.list('status locked+restricted, created desc', {
        status: ['locked', 'restricted'],
        sort: 'createdAt',
        direction: 'desc',
      });
      await bench.list('country KR, created desc', { country: 'KR', sort: 'createdAt', direction: 'desc' });
      await bench.list('label vip', { label: 'vip' });
      await bench.list('label newsletter-bounce, by email', { label: 'newsletter-bounce', sort: 'email' });
      await bench.list('verification complete', { verification: 'complete' });
      await bench.list('verification none, created desc', {
        verification: 'none',
        sort: 'createdAt',
        direction: 'desc',
      });
      await bench.list('status active + "mar"', { status: ['active'], search: 'mar' });
      await bench.list(`country DE + "${lastPrefix}"`, { country: 'DE', search: lastPrefix });
      await bench.list('country DE + "muller"', { country: 'DE', search: 'muller' });
      await bench.list('label vip + "mar"', { label: 'vip', search: 'mar' });
      await bench.list(`verification incomplete + "${lastPrefix}"`, { verification: 'incomplete', search: lastPrefix });
      await bench.list('locked + label pep + US', { status: ['locked'], label: 'pep', country: 'US' });
      await bench.list('locked+restricted + label pep + US', {
        status: ['locked', 'restricted'],
        label: 'pep',
        country: 'US',
      });
      bench.print('First page with filters (and search)');

      await bench.deep('next page by name', { sort: 'name' }, 200);
      await bench.deep('next page by created desc', { sort: 'createdAt', direction: 'desc' }, 200);
      bench.print('Keyset next page deep in the list (50 rows)');

      await bench.count('all customers', {});
      await bench.count('status active', { status: ['active'] });
      await bench.count('label vip', { label: 'vip' });
      await bench.count(`search "${lastPrefix}"`, { search: lastPrefix });
      await bench.count('search "mar"', { search: 'mar' });
      await bench.count('search "m"', { search: 'm' });
      await bench.count('search "ma"', { search: 'ma' });
      await bench.count('country US + status active', { country: 'US', status: ['active'] });
      await bench.count('label pep + "mar"', { label: 'pep', search: 'mar' });
      await bench.count('status locked + "mar"', { status: ['locked'], search: 'mar' });
      bench.print(
        'Counts (the core counts up to 10,000 and says "+" when there are more, or estimates (≈) several broad filters from a sample; raw counts all)',
      );
      console.log("\nraw = the same question asked of better-sqlite3 directly with plain SQL and SQLite's own plan.");
    } finally {
      await core.close();
    }
  },
};
