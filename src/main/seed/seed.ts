import type { Statement } from 'better-sqlite3';
import { decimalToHundredths } from '../../shared/customers/fields';
import type { WritableDB } from '../db/handles';
import { sqliteOf } from '../db/sqlite/database';
import type { Storage } from '../db/storage';
import { nameKeyOf } from '../customers/name-key';
import { openChecksForCustomers } from '../kyc/seed-checks';
import { CustomerMaker, type SeedCustomer, type SeedMonitors } from './customers';

export interface SeedOptions {
  customers: number;
  /** Same seed, same customers. */
  seed?: number;
  batchSize?: number;
  onProgress?: (done: number, total: number) => void;
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

/** Column values of a generated customer, named as the `customers` table names them. */
function rowOf({ data, phoneNational, status, statusReason, createdAt, updatedAt }: SeedCustomer) {
  const bool = (value: boolean) => (value ? 1 : 0);
  const json = (value: unknown) => (value === null ? null : JSON.stringify(value));
  return {
    first_name: data.firstName,
    name_key: nameKeyOf(data.firstName, data.lastName),
    last_name: data.lastName,
    email: data.email,
    telegram_chat_id: data.telegramChatId,
    address: data.address,
    gender: data.gender,
    newsletter: bool(data.newsletter),
    country: data.country,
    timezone: data.timezone,
    phone: data.phone,
    phone_extension: data.phoneExtension,
    phone_national: phoneNational,
    discount: data.discount,
    exchange_monitor_id: data.exchangeMonitorId,
    affiliate_profit_share: decimalToHundredths(data.affiliateProfitShare),
    birth_date: data.birthDate,
    status,
    status_reason: statusReason,
    verified_email: bool(data.verifiedEmail),
    verified_phone: bool(data.verifiedPhone),
    verified_document: bool(data.verifiedDocument),
    verified_selfie: bool(data.verifiedSelfie),
    verified_address: bool(data.verifiedAddress),
    verification_progress: data.verificationProgress,
    document_number: data.documentNumber,
    reference_id: data.referenceId,
    company_name: data.companyName,
    street: data.street,
    city: data.city,
    state: data.state,
    postal_code: data.postalCode,
    billing: json(data.billing),
    shipping: json(data.shipping),
    custom_fields: json(data.customFields),
    metadata: json(data.metadata),
    created_at: createdAt,
    updated_at: updatedAt,
  };
}
/** INSERT naming every column of `row`, bound by name. */
function insertSql(row: object): string {
  const columns = Object.keys(row);
  return `INSERT INTO customers (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`;
}

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
export const seedVersion = 2;

/**
 * Fills the database with generated customers in batched transactions through prepared
 * statements. The search index and label counts follow through their triggers, exactly as
 * for customers created in the app; each batch opens its KYC checks as the KYC migration does
 * for existing customers. Seeding is bulk set-up, so it writes no audit rows.
 */
export async function seedDatabase(storage: Storage, options: SeedOptions): Promise<SeedResult> {
  const batchSize = options.batchSize ?? 5_000;
  const what = 'seeding';
  const maker = new CustomerMaker(options.seed ?? 1, await storage.withTransaction(ensureMonitors, { what }));
  let insertCustomer: Statement | undefined;
  let insertLabel: Statement | undefined;
  let firstSerial = 0;
  let firstId = 0;
  let lastId = 0;

  /** One batch, on the transaction's connection (the writer: its statements are prepared once). */
  const insertBatch = (tx: WritableDB, from: number, count: number) => {
    const client = sqliteOf(tx).$client;
    insertLabel ??= client.prepare('INSERT INTO customer_labels (customer_id, label) VALUES (?, ?)');
    let batchFirstId = 0;
    for (let serial = from; serial < from + count; serial++) {
      const customer = maker.make(serial);
      const row = rowOf(customer);
      insertCustomer ??= client.prepare(insertSql(row));
      const id = Number(insertCustomer.run(row).lastInsertRowid);
      for (const label of customer.data.labels) insertLabel.run(id, label);
      batchFirstId ||= id;
      lastId = id;
    }
    firstId ||= batchFirstId;
    openChecksForCustomers(tx, batchFirstId, lastId);
  };

  for (let done = 0; done < options.customers;) {
    const count = Math.min(batchSize, options.customers - done);
    await storage.withTransaction(
      (tx) => {
        firstSerial ||= (
          sqliteOf(tx).$client.prepare('SELECT coalesce(max(id), 0) + 1 AS n FROM customers').get() as { n: number }
        ).n;
        insertBatch(tx, firstSerial + done, count);
      },
      { what },
    );
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
