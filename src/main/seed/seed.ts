import { sqliteCustomerRows } from '../customers/sqlite-customer-rows';
import { CustomerWriter, seedOrigin } from '../customers/write';
import type { WritableDB } from '../db/handles';
import { sqliteOf } from '../db/sqlite/database';
import type { Storage } from '../db/storage';
import { ActivityMaker } from './activity';
import { CustomerMaker, type SeedMonitors } from './customers';
import type { DecisionChain } from '../kyc/decision-log';

export interface SeedOptions {
  customers: number;
  /** Same seed, same customers. */
  seed?: number;
  batchSize?: number;
  /** Named in the audit entries and approvals; default "sample data". */
  actor?: string;
  /** The decision log the sample approvals enter (`core.decisionChain`). */
  chain: DecisionChain;
  onProgress?: (done: number, total: number) => void;
  /**
   * Exchanges, bonuses, referrals, withdrawals, reviews, reserve requests, tickets and sessions
   * for each customer (default true).
   */
  activity?: boolean;
}

export interface SeedResult {
  customers: number;
  firstId: number;
  lastId: number;
}

const monitors: readonly { name: string; url: string; active: boolean }[] = [
  { name: 'BestChange', url: 'https://www.bestchange.com', active: true },
  { name: 'Kurs Expert', url: 'https://kurs.expert', active: true },
  { name: 'Exchange Sumo', url: 'https://exchangesumo.com', active: true },
  { name: 'Glazok', url: 'https://glazok.org', active: true },
  { name: 'Okchanger', url: 'https://www.okchanger.com', active: true },
  { name: 'Rates Monitor (retired)', url: 'https://rates.example.org', active: false },
  { name: 'Old Exchange List', url: 'https://oldlist.example.net', active: false },
];

/** Adds the sample exchange monitors that are missing (by name) and returns every monitor's id. */
function ensureMonitors(tx: WritableDB): SeedMonitors {
  const client = sqliteOf(tx).$client;
  const insert = client.prepare(
    'INSERT OR IGNORE INTO exchange_monitors (name, url, active, created_at) VALUES (?, ?, ?, ?)',
  );
  const now = new Date().toISOString();
  for (const monitor of monitors) insert.run(monitor.name, monitor.url, monitor.active ? 1 : 0, now);
  const rows = client.prepare('SELECT id, active FROM exchange_monitors ORDER BY id').all() as {
    id: number;
    active: number;
  }[];
  return {
    active: rows.filter((r) => r.active).map((r) => r.id),
    inactive: rows.filter((r) => !r.active).map((r) => r.id),
  };
}

/** Bump when the generator changes, so cached benchmark databases are seeded again. */
export const seedVersion = 6;

/**
 * Fills the database with generated customers through the customers' write path, a batch per
 * transaction: each gets the row, labels, search entry, KYC checks (approvals in the decision
 * log) and audit entry that the form would give it, named as sample data.
 */
export async function seedDatabase(storage: Storage, options: SeedOptions): Promise<SeedResult> {
  const batchSize = options.batchSize ?? 5_000;
  const what = 'seeding';
  const maker = new CustomerMaker(options.seed ?? 1, await storage.withTransaction(ensureMonitors, { what }));
  const writer = new CustomerWriter(sqliteCustomerRows, options.chain);
  const origin = seedOrigin(options.actor ?? 'sample data');
  const activity =
    options.activity === false ? null : new ActivityMaker(options.seed ?? 1, options.actor ?? 'sample data');
  let firstEverId = 0;
  let firstSerial = 0;
  let firstId = 0;
  let lastId = 0;

  for (let done = 0; done < options.customers;) {
    const count = Math.min(batchSize, options.customers - done);
    const ids = await storage.withTransaction(
      async (tx) => {
        firstSerial ||= (
          sqliteOf(tx).$client.prepare('SELECT coalesce(max(id), 0) + 1 AS n FROM customers').get() as { n: number }
        ).n;
        const batch = Array.from({ length: count }, (_, i) => maker.make(firstSerial + done + i));
        const created = await writer.create(tx, batch, origin);
        if (activity) {
          firstEverId ||= (sqliteOf(tx).$client.prepare('SELECT min(id) AS id FROM customers').get() as { id: number })
            .id;
          activity.add(
            tx,
            created.map((id, i) => ({
              id,
              createdAt: batch[i]?.past.createdAt ?? '',
              status: batch[i]?.past.status ?? '',
              country: batch[i]?.data.country ?? null,
            })),
            firstEverId,
          );
        }
        return created;
      },
      { what },
    );
    firstId ||= ids[0] ?? 0;
    lastId = ids.at(-1) ?? lastId;
    done += count;
    options.onProgress?.(done, options.customers);
  }
  // Merge the search index's segments and refresh the planner's statistics after a bulk load.
  await storage.withTransaction(
    (tx) => sqliteOf(tx).$client.exec("INSERT INTO customer_search (customer_search) VALUES ('optimize'); ANALYZE;"),
    { what },
  );
  return { customers: options.customers, firstId, lastId };
}
