import { getTableColumns, getTableName } from 'drizzle-orm';
import type { Statement } from 'better-sqlite3';
import type { CustomerData } from '../../shared/customers/schema';
import { columnsOf } from '../customers/records';
import { customerEntity } from '../customers/service';
import type { Db } from '../db/connection';
import { auditLog, customerLabels, customers } from '../db/schema';
import { applyNewCustomerFlags } from '../kyc/form-flags';

/** Rows per INSERT: few enough to stay under SQLite's limit of 32,766 bound values. */
const batchSize = 250;
const serverSet = new Set(['id', 'version', 'status', 'statusReason', 'createdAt', 'updatedAt']);

/**
 * Creates an import's new customers as CustomerService.create would (the same columns via
 * `columnsOf`, labels, first KYC reviews, an audit entry each), a batch at a time: one
 * multi-row INSERT per batch instead of one per row, because SQLite flushes the search
 * index at the end of every statement, which per row costs more than everything else.
 */
export class CustomerBatchWriter {
  private readonly columns = getTableColumns(customers);
  private readonly keys = (Object.keys(this.columns) as (keyof typeof this.columns)[]).filter(
    (key) => !serverSet.has(key),
  );
  private readonly inserts = new Map<number, Statement<unknown[], { id: number; email: string }>>();
  private readonly insertLabels;
  private readonly insertAudit;
  private pending: { data: CustomerData; phoneNational: string | null }[] = [];

  constructor(
    private readonly db: Db,
    private readonly actor: string,
    private readonly reason: string,
  ) {
    const client = db.$client;
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

  /** Queues a validated new customer; written with its batch. */
  add(data: CustomerData, phoneNational: string | null): void {
    this.pending.push({ data, phoneNational });
    if (this.pending.length >= batchSize) this.flush();
  }

  /** Writes what is queued. Call before anything that must see those customers, and at the end. */
  flush(): void {
    const batch = this.pending;
    if (batch.length === 0) return;
    this.pending = [];
    const now = new Date().toISOString();
    const values: unknown[] = [];
    for (const { data, phoneNational } of batch) {
      const row = columnsOf(data, phoneNational);
      for (const key of this.keys) {
        const value = row[key as keyof typeof row];
        values.push(value === null || value === undefined ? null : this.columns[key].mapToDriverValue(value as never));
      }
      values.push(now, now);
    }
    // RETURNING order is unspecified; emails are unique, so they name the rows.
    const idByEmail = new Map(
      this.insertStatement(batch.length)
        .all(...values)
        .map((row) => [row.email, row.id]),
    );
    const created = batch.map(({ data }) => ({ id: idByEmail.get(data.email) as number, data }));

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

  private insertStatement(rows: number) {
    let statement = this.inserts.get(rows);
    if (!statement) {
      const names = [...this.keys.map((key) => this.columns[key].name), 'created_at', 'updated_at'];
      const tuple = `(${names.map(() => '?').join(', ')})`;
      statement = this.db.$client.prepare(
        `INSERT INTO ${getTableName(customers)} (${names.join(', ')}) VALUES ${Array(rows).fill(tuple).join(', ')}
         RETURNING ${customers.id.name} AS id, ${customers.email.name} AS email`,
      );
      this.inserts.set(rows, statement);
    }
    return statement;
  }
}
