import { eq, sql } from 'drizzle-orm';
import type { ExchangeMonitor } from '../../shared/monitors/contract';
import { ApiError } from '../../shared/errors';
import type { HandlerTable } from '../api';
import { diff, writeAudit } from '../audit/log';
import type { ReadableDB } from '../db/handles';
import { exchangeMonitors } from '../db/schema';
import type { Storage } from '../db/storage';

type MonitorOperations = 'monitors.list' | 'monitors.create' | 'monitors.update';

/**
 * How many customers a monitor has: a count of its entries in the customers_monitor index, no
 * table row read. The outer column is written out in full: in a one-table select drizzle prints
 * `${exchangeMonitors.id}` as a bare "id", which inside this subquery meant customers.id, and
 * every monitor counted 0.
 */
export const customerCount = sql<number>`(SELECT count(*) FROM customers c WHERE c.exchange_monitor_id = exchange_monitors.id)`;

const monitorColumns = {
  id: exchangeMonitors.id,
  name: exchangeMonitors.name,
  url: exchangeMonitors.url,
  active: exchangeMonitors.active,
  createdAt: exchangeMonitors.createdAt,
  customerCount,
};

async function find(db: ReadableDB, id: number): Promise<ExchangeMonitor> {
  const [monitor] = await db.select(monitorColumns).from(exchangeMonitors).where(eq(exchangeMonitors.id, id));
  if (!monitor) throw new ApiError('NOT_FOUND', `Exchange monitor #${id} does not exist`);
  return monitor;
}

/** The ids of the monitors a customer can be given: the active ones. */
export async function activeMonitorIds(db: ReadableDB): Promise<Set<number>> {
  const rows = await db
    .select({ id: exchangeMonitors.id })
    .from(exchangeMonitors)
    .where(eq(exchangeMonitors.active, true));
  return new Set(rows.map((row) => row.id));
}

async function assertNameFree(db: ReadableDB, name: string, id: number | null): Promise<void> {
  const [same] = await db
    .select({ id: exchangeMonitors.id })
    .from(exchangeMonitors)
    .where(sql`${exchangeMonitors.name} = ${name} COLLATE NOCASE`);
  if (same && same.id !== id) {
    throw new ApiError('CONFLICT', 'A monitor with this name exists', { name: 'A monitor with this name exists' });
  }
}

export function monitorsHandlers(storage: Storage, actor: () => string): HandlerTable<MonitorOperations> {
  const what = 'saving the monitor';
  return {
    'monitors.list': ({ activeOnly }) =>
      storage.read((db) =>
        db
          .select(monitorColumns)
          .from(exchangeMonitors)
          .where(activeOnly ? eq(exchangeMonitors.active, true) : undefined)
          .orderBy(exchangeMonitors.name),
      ),
    'monitors.create': (input) =>
      storage.withTransaction(
        async (tx) => {
          await assertNameFree(tx, input.name, null);
          const [created] = await tx
            .insert(exchangeMonitors)
            .values({ ...input, createdAt: new Date().toISOString() })
            .returning({ id: exchangeMonitors.id });
          const { id } = created as { id: number };
          await writeAudit(tx, {
            actor: actor(),
            entity: 'monitor',
            entityId: id,
            action: 'create',
            changes: diff({}, input),
          });
          return find(tx, id);
        },
        { what },
      ),
    'monitors.update': ({ id, ...input }) =>
      storage.withTransaction(
        async (tx) => {
          const before = await find(tx, id);
          await assertNameFree(tx, input.name, id);
          await tx.update(exchangeMonitors).set(input).where(eq(exchangeMonitors.id, id));
          const { name, url, active } = before;
          await writeAudit(tx, {
            actor: actor(),
            entity: 'monitor',
            entityId: id,
            action: 'update',
            changes: diff({ name, url, active }, input),
          });
          return find(tx, id);
        },
        { what },
      ),
  };
}
