import { getTableColumns, getTableName } from 'drizzle-orm';
import type { ChainedDecision } from '../kyc/decision-log';
import { auditLog, customerLabels, customers, kycChecks, kycDecisions } from '../db/schema';
import { sqliteOf } from '../db/sqlite/database';
import { preparedPerConnection } from '../db/sqlite/prepared';
import { plannedCustomerColumns } from './planned-row';
import { customerEntity } from './records';
import type { BulkCustomerRows } from './write';

/** Planned rows per INSERT ... SELECT (and per flush of the search index). */
const perBatch = 5000;
const stage = 'temp.new_customers';
const defaultedTimes = new Set([customers.createdAt.name, customers.updatedAt.name]);

const names = plannedCustomerColumns.join(', ');
const stageNames = [...plannedCustomerColumns, 'labels', 'checks', 'changes'];
// Emails are unique: they tie each staged row to the customer it became.
const created = `${stage} s JOIN ${getTableName(customers)} c ON c.${customers.email.name} = s.email`;
const decisionColumns = getTableColumns(kycDecisions);
// With the id: the chain signs it, so it is chosen before the insert.
const decisionKeys = Object.keys(decisionColumns) as (keyof typeof decisionColumns)[];

/** Prepared once per connection, after the staging table exists (each call makes it first). */
const statements = preparedPerConnection(({ $client: client }) => ({
  stage: client.prepare(
    `INSERT INTO ${stage} (${stageNames.join(', ')}) VALUES (${stageNames.map(() => '?').join(', ')})`,
  ),
  customers: client.prepare(
    `INSERT INTO ${getTableName(customers)} (${names})
       SELECT ${plannedCustomerColumns.map((c) => (defaultedTimes.has(c) ? `coalesce(${c}, @now)` : c)).join(', ')}
       FROM ${stage} ORDER BY rowid`,
  ),
  ids: client.prepare(`SELECT c.id FROM ${created} ORDER BY s.rowid`).pluck(),
  labels: client.prepare(
    `INSERT INTO ${getTableName(customerLabels)} (${customerLabels.customerId.name}, ${customerLabels.label.name})
       SELECT c.id, l.value FROM ${created}, json_each(s.labels) l`,
  ),
  // A check waits since, or was approved when, its customer was created.
  checks: client.prepare(
    `INSERT INTO ${getTableName(kycChecks)} (${kycChecks.customerId.name}, "${kycChecks.check.name}",
         ${kycChecks.state.name}, ${kycChecks.requestedAt.name}, ${kycChecks.decidedAt.name},
         ${kycChecks.decidedBy.name}, ${kycChecks.note.name})
       SELECT c.id, r.value ->> 0, r.value ->> 1,
         iif(r.value ->> 1 = 'pending', c.${customers.createdAt.name}, NULL),
         iif(r.value ->> 1 = 'approved', c.${customers.createdAt.name}, NULL),
         iif(r.value ->> 1 = 'approved', @actor, NULL),
         coalesce(r.value ->> 2, iif(r.value ->> 1 = 'approved', @note, NULL))
       FROM ${created}, json_each(s.checks) r`,
  ),
  audit: client.prepare(
    `INSERT INTO ${getTableName(auditLog)} (${auditLog.at.name}, ${auditLog.actor.name}, ${auditLog.entity.name},
         ${auditLog.entityId.name}, ${auditLog.action.name}, ${auditLog.reason.name}, ${auditLog.changes.name})
       SELECT c.${customers.createdAt.name}, @actor, '${customerEntity}', c.id, @action, @reason, s.changes
       FROM ${created} ORDER BY s.rowid`,
  ),
  clear: client.prepare(`DELETE FROM ${stage}`),
  decision: client.prepare(
    `INSERT INTO ${getTableName(kycDecisions)} (${decisionKeys.map((k) => `"${decisionColumns[k].name}"`).join(', ')})
       VALUES (${decisionKeys.map(() => '?').join(', ')})`,
  ),
}));

const decisionValues = (row: ChainedDecision) =>
  decisionKeys.map((key) => {
    const value = row[key as keyof ChainedDecision];
    return value === null || value === undefined ? null : decisionColumns[key].mapToDriverValue(value as never);
  });

/** Made again when a rolled-back transaction or a change of `temp_store` took it away. */
const stagingTable = `CREATE TEMP TABLE IF NOT EXISTS new_customers AS
  SELECT ${names}, '' AS labels, '' AS checks, '' AS changes FROM ${getTableName(customers)} WHERE 0`;

/**
 * The SQLite implementation of BulkCustomerRows: new customers' planned rows wait in a temporary
 * table and go into the real tables with one INSERT ... SELECT per table (SQLite flushes the
 * search index, kept by triggers, at the end of every statement, which per row costs more than
 * everything else); decision-log entries go through one prepared statement.
 */
export const sqliteCustomerRows: BulkCustomerRows = {
  async insertNew(tx, rows, { now, actor, action, reason, note }) {
    sqliteOf(tx).$client.exec(stagingTable);
    const s = statements(tx);
    const ids: number[] = [];
    for (let from = 0; from < rows.length; from += perBatch) {
      for (const row of rows.slice(from, from + perBatch)) s.stage.run(row);
      s.customers.run({ now });
      ids.push(...(s.ids.all() as number[]));
      s.labels.run();
      s.checks.run({ actor, note });
      s.audit.run({ actor, action, reason });
      s.clear.run();
    }
    return ids;
  },
  async insertDecisions(tx, rows) {
    sqliteOf(tx).$client.exec(stagingTable);
    const { decision } = statements(tx);
    for (const row of rows) decision.run(decisionValues(row));
  },
};
