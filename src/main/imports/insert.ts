import { getTableColumns, getTableName } from 'drizzle-orm';
import type { Statement } from 'better-sqlite3';
import type { CustomerData } from '../../shared/customers/schema';
import { columnsOf } from '../customers/records';
import { customerEntity } from '../customers/service';
import type { Db } from '../db/connection';
import { auditLog, customerLabels, customers } from '../db/schema';
import { applyNewCustomerFlags } from '../kyc/form-flags';

/** New customers per INSERT into the table (and per flush of its search index). */
const batchSize = 250;
const serverSet = new Set(['id', 'version', 'status', 'statusReason', 'createdAt', 'updatedAt']);

/**
 * Creates an import's new customers as CustomerService.create would (the same columns via
 * `columnsOf`, labels, first KYC reviews, an audit entry each), a batch at a time: one
 * INSERT ... SELECT per batch instead of one INSERT per row, because SQLite flushes the
 * search index at the end of every statement, which per row costs more than everything else.
 */
export class CustomerBatchWriter {
  private readonly columns = getTableColumns(customers);
  private readonly keys = (Object.keys(this.columns) as (keyof typeof this.columns)[]).filter(
    (key) => !serverSet.has(key),
  );
  private readonly stage: Statement<unknown[]>;
  private readonly insertStaged: Statement<[], { id: number; email: string }>;
  private readonly clearStage: Statement<[]>;
  private readonly insertLabels;
  private readonly insertAudit;
  private pending: CustomerData[] = [];

  constructor(
    private readonly db: Db,
    private readonly actor: string,
    private readonly reason: string,
  ) {
    const client = db.$client;
    const columnNames = [...this.keys.map((key) => this.columns[key].name), 'created_at', 'updated_at'];
    const names = columnNames.join(', ');
    // Rows wait in a small temporary table, then go into customers with one INSERT ... SELECT per
    // batch: binding thousands of values into a multi-row VALUES costs SQLite more than that.
    client.exec(`CREATE TEMP TABLE IF NOT EXISTS import_new_customers AS SELECT ${names} FROM customers WHERE 0;
      DELETE FROM temp.import_new_customers;`);
    this.stage = client.prepare(
      `INSERT INTO temp.import_new_customers (${names}) VALUES (${columnNames.map(() => '?').join(', ')})`,
    );
    this.insertStaged = client.prepare(
      `INSERT INTO ${getTableName(customers)} (${names}) SELECT ${names} FROM temp.import_new_customers ORDER BY rowid
       RETURNING ${customers.id.name} AS id, ${customers.email.name} AS email`,
    );
    this.clearStage = client.prepare('DELETE FROM temp.import_new_customers');
    const labels = getTableName(customerLabels);
    this.insertLabels = client.prepare<[string]>(
      `INSERT INTO ${labels} (${customerLabels.customerId.name}, ${customerLabels.label.name})
       SELECT value ->> 0, value ->> 1 FROM json_each(?)`,
    );
    const audit = getTableColumns(auditLog);
    const auditNames = [audit.at, audit.actor, audit.entity, audit.reason, audit.action, audit.changes, audit.entityId];
    this.insertAudit = client.prepare<[string, string, string, string, string]>(
      `INSERT INTO ${getTableName(auditLog)} (${auditNames.map((c) => c.name).join(', ')})
       SELECT ?, ?, ?, ?, 'import', '{}', value FROM json_each(?)`,
    );
  }

  /** Stages a validated new customer (its phone's national number already parsed); written with its batch. */
  add(data: CustomerData, phoneNational: string | null): void {
    const row = columnsOf(data, phoneNational);
    const now = new Date().toISOString();
    this.stage.run(
      ...this.keys.map((key) => {
        const value = row[key as keyof typeof row];
        return value === null || value === undefined ? null : this.columns[key].mapToDriverValue(value as never);
      }),
      now,
      now,
    );
    this.pending.push(data);
    if (this.pending.length >= batchSize) this.flush();
  }

  /** Writes what is queued. Call before anything that must see those customers, and at the end. */
  flush(): void {
    const batch = this.pending;
    if (batch.length === 0) return;
    this.pending = [];
    const now = new Date().toISOString();
    // RETURNING order is unspecified; emails are unique, so they name the rows.
    const idByEmail = new Map(this.insertStaged.all().map((row) => [row.email, row.id]));
    this.clearStage.run();
    const created = batch.map((data) => ({ id: idByEmail.get(data.email) as number, data }));

    const labels = created.flatMap(({ id, data }) => data.labels.map((label) => [id, label]));
    if (labels.length > 0) this.insertLabels.run(JSON.stringify(labels));
    applyNewCustomerFlags(
      this.db,
      created.map(({ id, data }) => ({ id, flags: data })),
      this.actor,
    );
    // The file (kept by hash in the import history) holds what was created; each entry says where from.
    this.insertAudit.run(now, this.actor, customerEntity, this.reason, JSON.stringify(created.map(({ id }) => id)));
  }
}
