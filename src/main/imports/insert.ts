import { getTableColumns, getTableName } from 'drizzle-orm';
import type { CustomerData } from '../../shared/customers/schema';
import { columnsOf } from '../customers/records';
import { customerEntity } from '../customers/service';
import type { Db } from '../db/connection';
import { auditLog, customerLabels, customers } from '../db/schema';

/**
 * Inserts new customers with statements prepared once per import: the same columns as
 * CustomerService.create (`columnsOf`, each value converted by its drizzle column), without
 * building a query per row, which at a million rows costs more than SQLite's own work.
 */
export class CustomerInserter {
  private readonly keys: (keyof ReturnType<typeof columnsOf>)[];
  private readonly insertCustomer;
  private readonly insertLabel;
  private readonly insertAudit;
  private readonly columns = getTableColumns(customers);

  constructor(db: Db) {
    const client = db.$client;
    this.keys = Object.keys(this.columns).filter(
      (key) => !['id', 'version', 'status', 'statusReason', 'sortName', 'createdAt', 'updatedAt'].includes(key),
    ) as typeof this.keys;
    const names = [...this.keys.map((key) => this.columns[key].name), 'created_at', 'updated_at'];
    this.insertCustomer = client
      .prepare(
        `INSERT INTO ${getTableName(customers)} (${names.join(', ')}) VALUES (${names.map(() => '?').join(', ')}) RETURNING id`,
      )
      .pluck();
    this.insertLabel = client.prepare(
      `INSERT INTO ${getTableName(customerLabels)} (${customerLabels.customerId.name}, ${customerLabels.label.name}) VALUES (?, ?)`,
    );
    const audit = getTableColumns(auditLog);
    this.insertAudit = client.prepare(
      `INSERT INTO ${getTableName(auditLog)} (${[audit.at, audit.actor, audit.entity, audit.entityId, audit.action, audit.reason, audit.changes].map((c) => c.name).join(', ')}) VALUES (?, ?, ?, ?, ?, ?, '{}')`,
    );
  }

  insert(data: CustomerData, actor: string, reason: string, now: string): number {
    const row = columnsOf(data);
    const values = this.keys.map((key) => {
      const value = row[key];
      return value === null || value === undefined ? null : this.columns[key].mapToDriverValue(value as never);
    });
    const id = this.insertCustomer.get(...values, now, now) as number;
    for (const label of data.labels) this.insertLabel.run(id, label);
    // The file (kept by hash in the import history) holds what was created; the entry says where from.
    this.insertAudit.run(now, actor, customerEntity, id, 'import', reason);
    return id;
  }
}
