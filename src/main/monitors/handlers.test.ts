import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDatabase } from '../seed/seed';
import { newCustomer, ok, openTestCore } from '../test-support';
import { exchangeMonitors } from '../db/schema';
import { customerCount } from './handlers';

type TestCore = Awaited<ReturnType<typeof openTestCore>>;

describe('exchange monitors', () => {
  let core: TestCore;

  beforeAll(async () => {
    core = await openTestCore();
  });
  afterAll(() => core.dispose());

  it('counts the customers of each monitor', async () => {
    await seedDatabase(core.storage, { chain: core.decisionChain, customers: 2000 });
    const own = await ok(core, 'monitors.create', { name: 'Own desk', active: true });
    for (const email of ['a@example.com', 'b@example.com']) {
      await ok(core, 'customers.create', newCustomer({ email, exchangeMonitorId: own.id }));
    }

    const expected = new Map(
      (
        core.storage.reader.$client
          .prepare(
            `SELECT m.id, count(c.id) AS n FROM exchange_monitors m
             LEFT JOIN customers c ON c.exchange_monitor_id = m.id GROUP BY m.id`,
          )
          .all() as { id: number; n: number }[]
      ).map((row) => [row.id, row.n]),
    );
    const listed = await ok(core, 'monitors.list', { activeOnly: false });
    expect(listed.length).toBe(expected.size);
    for (const monitor of listed) expect(monitor.customerCount, monitor.name).toBe(expected.get(monitor.id));
    expect(listed.find((monitor) => monitor.id === own.id)?.customerCount).toBe(2);
    // The seed spreads its customers over the sample monitors: the counts are not all 0.
    expect(listed.filter((monitor) => monitor.customerCount > 10).length).toBeGreaterThan(1);
    expect((await ok(core, 'monitors.update', { id: own.id, name: 'Own desk', active: false })).customerCount).toBe(2);
  });

  it('counts from the customers_monitor index, without reading customer rows', async () => {
    const db = core.storage.reader;
    const query = db.select({ customerCount }).from(exchangeMonitors).toSQL();
    const plan = db.$client.prepare(`EXPLAIN QUERY PLAN ${query.sql}`).all(...query.params) as { detail: string }[];
    const details = plan.map((step) => step.detail).join('; ');
    expect(details).toMatch(/SEARCH c USING COVERING INDEX customers_monitor \(exchange_monitor_id=\?\)/);
    expect(details).not.toMatch(/SCAN c/);
  });
});
