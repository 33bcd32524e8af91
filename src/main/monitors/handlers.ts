import { eq, sql } from 'drizzle-orm';
import type { ExchangeMonitor } from '../../shared/monitors/contract';
import { ApiError } from '../../shared/errors';
import type { HandlerTable } from '../api';
import { diff, writeAudit } from '../audit/log';
import type { Db } from '../db/connection';
import { exchangeMonitors } from '../db/schema';

type MonitorOperations = 'monitors.list' | 'monitors.create' | 'monitors.update';

const monitorColumns = {
  id: exchangeMonitors.id,
  name: exchangeMonitors.name,
  url: exchangeMonitors.url,
  active: exchangeMonitors.active,
  createdAt: exchangeMonitors.createdAt,
  customerCount: sql<number>`(SELECT count(*) FROM customers WHERE exchange_monitor_id = ${exchangeMonitors.id})`,
};

function find(db: Db, id: number): ExchangeMonitor {
  const monitor = db.select(monitorColumns).from(exchangeMonitors).where(eq(exchangeMonitors.id, id)).get();
  if (!monitor) throw new ApiError('NOT_FOUND', `Exchange monitor #${id} does not exist`);
  return monitor;
}

function assertNameFree(db: Db, name: string, id: number | null): void {
  const same = db
    .select({ id: exchangeMonitors.id })
    .from(exchangeMonitors)
    .where(sql`${exchangeMonitors.name} = ${name} COLLATE NOCASE`)
    .get();
  if (same && same.id !== id) {
    throw new ApiError('CONFLICT', 'A monitor with this name exists', { name: 'A monitor with this name exists' });
  }
}

export function monitorsHandlers(db: Db, actor: () => string): HandlerTable<MonitorOperations> {
  return {
    'monitors.list': ({ activeOnly }) =>
      db
        .select(monitorColumns)
        .from(exchangeMonitors)
        .where(activeOnly ? eq(exchangeMonitors.active, true) : undefined)
        .orderBy(exchangeMonitors.name)
        .all(),
    'monitors.create': (input) =>
      db.transaction(() => {
        assertNameFree(db, input.name, null);
        const { id } = db
          .insert(exchangeMonitors)
          .values({ ...input, createdAt: new Date().toISOString() })
          .returning({ id: exchangeMonitors.id })
          .get();
        writeAudit(db, { actor: actor(), entity: 'monitor', entityId: id, action: 'create', changes: diff({}, input) });
        return find(db, id);
      }),
    'monitors.update': ({ id, ...input }) =>
      db.transaction(() => {
        const before = find(db, id);
        assertNameFree(db, input.name, id);
        db.update(exchangeMonitors).set(input).where(eq(exchangeMonitors.id, id)).run();
        const { name, url, active } = before;
        writeAudit(db, {
          actor: actor(),
          entity: 'monitor',
          entityId: id,
          action: 'update',
          changes: diff({ name, url, active }, input),
        });
        return find(db, id);
      }),
  };
}
