import type Database from 'better-sqlite3';
import type { Core } from '../src/main/core';
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

/** The target for the dashboard; the lists are held to the customer list's 100 ms. */
const dashboardTargetMs = 10;
export const pageSize = 50;
/** Customers asked in turn, so one customer's pages in the cache do not make every run a hit. */
export const sampleSize = 200;

/** Asks the core and SQLite the same question for each sample in turn. */
export class ActivityBench {
  private readonly rows: Row[] = [];
  private turn = 0;

  constructor(
    private readonly core: Core,
    private readonly raw: Database.Database,
  ) {}

  private call(op: string, input: unknown): Promise<unknown> {
    return callCore(this.core, op, input);
  }

  async compare<S>(
    name: string,
    samples: readonly S[],
    op: string,
    input: (sample: S) => unknown,
    rawSql: string,
    params: (sample: S) => unknown[],
  ) {
    const statement = this.raw.prepare(rawSql);
    const next = () => samples[this.turn++ % samples.length] as S;
    const first = (await this.call(op, input(samples[0] as S))) as { items?: unknown[] };
    const core = await measure(() => this.call(op, input(next())), 200);
    const raw = await measure(() => statement.all(...params(next())), 200);
    this.rows.push({ name, core, raw, rows: first.items?.length ?? '' });
  }

  print(title: string, targetMs: number) {
    printTable(title, this.rows.splice(0), targetMs);
  }
}

/** The dashboard's figures in one plain SQL statement of subqueries, as a hand-written report would ask. */
const rawDashboard = `SELECT
  (SELECT count(*) FROM exchanges WHERE customer_id = @id),
  (SELECT count(*) FROM exchanges WHERE customer_id = @id AND status = 'completed'),
  (SELECT count(*) FROM exchanges WHERE customer_id = @id AND status IN ('awaiting_payment', 'processing', 'on_hold')),
  (SELECT total(amount) FROM ledger_entries WHERE customer_id = @id AND status IN ('confirmed', 'paid')),
  (SELECT total(amount) FROM ledger_entries WHERE customer_id = @id AND status = 'pending'),
  (SELECT count(*) FROM referrals WHERE referrer_id = @id),
  (SELECT total(amount) FROM ledger_entries WHERE customer_id = @id AND kind IN ('referral_signup_bonus', 'exchange_affiliate_bonus') AND status <> 'cancelled'),
  (SELECT count(*) FROM withdrawals WHERE customer_id = @id AND status = 'pending'),
  (SELECT discount || ',' || affiliate_profit_share || ',' || verification_progress FROM customers WHERE id = @id)`;

const summary = `x.id, x.reference, x.customer_id, c.first_name, c.last_name, x.created_at, x.sent_currency, x.sent_amount,
  x.received_currency, x.received_amount, x.status FROM exchanges x JOIN customers c ON c.id = x.customer_id`;

export const activityBench: BenchSection = {
  name: 'activity',
  async run() {
    const dataDir = await seededDataDir(benchCustomers);
    const core = await openBenchCore(dataDir);
    const raw = core.storage.reader.$client;
    try {
      const exchanges = raw.prepare('SELECT max(id) FROM exchanges').pluck().get() as number;
      console.log(`\n${benchCustomers.toLocaleString('en')} customers, ${exchanges.toLocaleString('en')} exchanges`);
      // Customers spread over the id range, each with exchanges; referrers with many referrals.
      const customers = raw
        .prepare(`SELECT customer_id FROM exchanges WHERE id % ? = 0 GROUP BY customer_id LIMIT ?`)
        .pluck()
        .all(Math.max(1, Math.floor(exchanges / sampleSize)), sampleSize) as number[];
      const referrers = raw
        .prepare('SELECT referrer_id FROM referrals GROUP BY referrer_id ORDER BY count(*) DESC LIMIT ?')
        .pluck()
        .all(sampleSize) as number[];
      // The start of a reference as staff type it from a customer's message: "EX-7K3M".
      const prefixes = raw
        .prepare('SELECT substr(reference, 1, 7) FROM exchanges WHERE id % ? = 0 LIMIT ?')
        .pluck()
        .all(Math.max(1, Math.floor(exchanges / sampleSize)), sampleSize) as string[];
      const references = raw
        .prepare('SELECT reference FROM exchanges WHERE id % ? = 1 LIMIT ?')
        .pluck()
        .all(Math.max(1, Math.floor(exchanges / sampleSize)), sampleSize) as string[];
      const bench = new ActivityBench(core, raw);
      const byId = (id: number) => [id];

      await bench.compare(
        'dashboard, customers with exchanges',
        customers,
        'customers.dashboard',
        (id) => ({ id }),
        rawDashboard,
        (id) => [{ id }],
      );
      await bench.compare(
        'dashboard, top referrers',
        referrers,
        'customers.dashboard',
        (id) => ({ id }),
        rawDashboard,
        (id) => [{ id }],
      );
      bench.print('Customer dashboard', dashboardTargetMs);

      await bench.compare(
        "a customer's first exchange page",
        customers,
        'exchanges.list',
        (customerId) => ({ customerId, limit: pageSize }),
        `SELECT ${summary} WHERE x.customer_id = ? ORDER BY x.created_at DESC, x.id DESC LIMIT ${pageSize + 1}`,
        byId,
      );
      await bench.compare(
        'global search by reference prefix (7 characters)',
        prefixes,
        'exchanges.list',
        (search) => ({ search, limit: pageSize }),
        `SELECT ${summary} WHERE x.reference GLOB ? ORDER BY x.reference LIMIT ${pageSize + 1}`,
        (prefix) => [`${prefix}*`],
      );
      await bench.compare(
        'global search by whole reference',
        references,
        'exchanges.list',
        (search) => ({ search, limit: pageSize }),
        `SELECT ${summary} WHERE x.reference = ? LIMIT ${pageSize + 1}`,
        (reference) => [reference],
      );
      await bench.compare(
        'global first page, newest first',
        [0],
        'exchanges.list',
        () => ({ limit: pageSize }),
        `SELECT ${summary} ORDER BY x.created_at DESC, x.id DESC LIMIT ${pageSize + 1}`,
        () => [],
      );
      await bench.compare(
        'on hold, newest first',
        [0],
        'exchanges.list',
        () => ({ status: ['on_hold'], limit: pageSize }),
        `SELECT ${summary} WHERE x.status = 'on_hold' ORDER BY x.created_at DESC, x.id DESC LIMIT ${pageSize + 1}`,
        () => [],
      );
      await bench.compare(
        'on hold or processing, newest first',
        [0],
        'exchanges.list',
        () => ({ status: ['on_hold', 'processing'], limit: pageSize }),
        `SELECT ${summary} WHERE x.status IN ('on_hold', 'processing') ORDER BY x.created_at DESC, x.id DESC LIMIT ${pageSize + 1}`,
        () => [],
      );
      await bench.compare(
        'currency KZT (either side), newest first',
        [0],
        'exchanges.list',
        () => ({ currency: 'KZT', limit: pageSize }),
        `SELECT ${summary} WHERE x.sent_currency = 'KZT' OR x.received_currency = 'KZT' ORDER BY x.created_at DESC, x.id DESC LIMIT ${pageSize + 1}`,
        () => [],
      );
      await bench.compare(
        'currency JPY (nobody trades it)',
        [0],
        'exchanges.list',
        () => ({ currency: 'JPY', limit: pageSize }),
        `SELECT ${summary} WHERE x.sent_currency = 'JPY' OR x.received_currency = 'JPY' ORDER BY x.created_at DESC, x.id DESC LIMIT ${pageSize + 1}`,
        () => [],
      );
      await bench.compare(
        "a customer's ledger page",
        referrers,
        'ledger.list',
        (customerId) => ({ customerId, limit: pageSize }),
        `SELECT * FROM ledger_entries WHERE customer_id = ? ORDER BY id DESC LIMIT ${pageSize + 1}`,
        byId,
      );
      await bench.compare(
        "a top referrer's referrals page",
        referrers,
        'referrals.list',
        (customerId) => ({ customerId, limit: pageSize }),
        `SELECT r.referred_id, c.first_name, c.email, r.joined_at FROM referrals r JOIN customers c ON c.id = r.referred_id
          WHERE r.referrer_id = ? ORDER BY r.joined_at DESC LIMIT ${pageSize + 1}`,
        byId,
      );
      await bench.compare(
        'pending withdrawals queue',
        [0],
        'withdrawals.list',
        () => ({ status: 'pending', limit: pageSize }),
        `SELECT w.*, c.first_name FROM withdrawals w JOIN customers c ON c.id = w.customer_id WHERE w.status = 'pending'
          ORDER BY w.requested_at, w.id LIMIT ${pageSize + 1}`,
        () => [],
      );
      bench.print('Activity lists, first page of 50', 100);

      const started = performance.now();
      const verified = (await core.router.call('ledger.verify', {})) as {
        ok: boolean;
        value?: { entries: number; problems: unknown[] };
      };
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      console.log(
        `\nledger.verify of every customer: ${verified.value?.entries.toLocaleString('en')} entries, ${verified.value?.problems.length} problems, ${seconds} s`,
      );
    } finally {
      await core.close();
    }
  },
};
