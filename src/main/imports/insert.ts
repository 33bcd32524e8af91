import { getTableColumns, getTableName } from 'drizzle-orm';
import type { Statement } from 'better-sqlite3';
import type { CustomerData } from '../../shared/customers/schema';
import { customerEntity } from '../customers/service';
import type { WritableDB } from '../db/handles';
import { sqliteOf } from '../db/sqlite/database';
import { auditLog, customerLabels, customers, kycChecks } from '../db/schema';
import { anyVerifiedFlag, applyFormFlags } from '../kyc/form-flags';
import { stagedCustomerColumns } from './staged-row';

/** New customers per INSERT into the table (and per flush of its search index). */
const batchSize = 5000;

/**
 * Creates an import's new customers as CustomerService.create would (the same columns via
 * `columnsOf`, labels, first KYC reviews, an audit entry each), a batch at a time. Each row,
 * built by a validator (staged-row.ts), waits in a temporary table, and a batch goes into the
 * real tables with one INSERT ... SELECT per table: SQLite flushes the search index at the end
 * of every statement, which per row or per small batch costs more than everything else.
 */
export class CustomerBatchWriter {
  private readonly stage: Statement<[unknown[]]>;
  private readonly insertBatch: Statement<[{ now: string }]>;
  private readonly insertLabels: Statement<[]>;
  private readonly insertFirstReviews: Statement<[string]>;
  private readonly insertAudit: Statement<[string, string, string, string]>;
  private readonly flaggedIds: Statement<[], { id: number; email: string }>;
  private readonly clearStage: Statement<[]>;
  /** The rare new customers with a verified flag on, by email: they go through `applyFormFlags`. */
  private readonly flagged = new Map<string, CustomerData>();
  private staged = 0;

  constructor(
    private readonly tx: WritableDB,
    private readonly actor: string,
    private readonly reason: string,
  ) {
    const client = sqliteOf(tx).$client;
    const names = stagedCustomerColumns.join(', ');
    const stageNames = [...stagedCustomerColumns, 'labels', 'first_reviews'];
    client.exec(`DROP TABLE IF EXISTS temp.import_new_customers;
      CREATE TEMP TABLE import_new_customers AS SELECT ${names}, '' AS labels, '' AS first_reviews FROM customers WHERE 0;`);
    this.stage = client.prepare(
      `INSERT INTO temp.import_new_customers (${stageNames.join(', ')}) VALUES (${stageNames.map(() => '?').join(', ')})`,
    );
    this.insertBatch = client.prepare(
      `INSERT INTO ${getTableName(customers)} (${names}, ${customers.createdAt.name}, ${customers.updatedAt.name})
       SELECT ${names}, @now, @now FROM temp.import_new_customers ORDER BY rowid`,
    );
    // Emails are unique: they tie each staged row to the customer it became.
    const created = `temp.import_new_customers s JOIN ${getTableName(customers)} c ON c.${customers.email.name} = s.email`;
    this.insertLabels = client.prepare(
      `INSERT INTO ${getTableName(customerLabels)} (${customerLabels.customerId.name}, ${customerLabels.label.name})
       SELECT c.id, l.value FROM ${created}, json_each(s.labels) l`,
    );
    this.insertFirstReviews = client.prepare(
      `INSERT INTO ${getTableName(kycChecks)}
         (${kycChecks.customerId.name}, "${kycChecks.check.name}", ${kycChecks.state.name}, ${kycChecks.requestedAt.name})
       SELECT c.id, r.value, 'pending', ? FROM ${created}, json_each(s.first_reviews) r`,
    );
    const audit = getTableColumns(auditLog);
    const auditNames = [audit.at, audit.actor, audit.entity, audit.reason, audit.action, audit.changes, audit.entityId];
    // The file (kept by hash in the import history) holds what was created; each entry says where from.
    this.insertAudit = client.prepare(
      `INSERT INTO ${getTableName(auditLog)} (${auditNames.map((c) => c.name).join(', ')})
       SELECT ?, ?, ?, ?, 'import', '{}', c.id FROM ${created} ORDER BY s.rowid`,
    );
    this.flaggedIds = client.prepare(
      `SELECT c.id AS id, c.email AS email FROM ${created} WHERE s.first_reviews IS NULL ORDER BY s.rowid`,
    );
    this.clearStage = client.prepare('DELETE FROM temp.import_new_customers');
  }

  /** Stages a validated new customer (`staged`: its `stagedRowOf`); written with its batch. */
  async add(data: CustomerData, staged: unknown[]): Promise<void> {
    if (anyVerifiedFlag(data)) this.flagged.set(data.email, data);
    this.stage.run(staged);
    if (++this.staged >= batchSize) await this.flush();
  }

  /** Writes what is staged. Call before anything that must see those customers, and at the end. */
  async flush(): Promise<void> {
    if (this.staged === 0) return;
    this.staged = 0;
    const now = new Date().toISOString();
    this.insertBatch.run({ now });
    this.insertLabels.run();
    this.insertFirstReviews.run(now);
    for (const { id, email } of this.flaggedIds.all()) {
      await applyFormFlags(this.tx, id, null, this.flagged.get(email) as CustomerData, this.actor);
    }
    this.flagged.clear();
    this.insertAudit.run(now, this.actor, customerEntity, this.reason);
    this.clearStage.run();
  }
}
