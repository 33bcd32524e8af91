import type Database from 'better-sqlite3';
import { reserveRequestCountCap } from '../src/shared/reserve-requests/contract';
import { ticketCountCap } from '../src/shared/tickets/contract';
import { ActivityBench, pageSize, sampleSize } from './activity';
import { benchCustomers, openBenchCore, seededDataDir, type BenchSection } from './harness';

/** The queues and profile tabs are held to the customer list's 100 ms, as the activity lists are. */
const listTargetMs = 100;
const limit = pageSize + 1;

const reviewColumns = `r.id, r.customer_id, c.first_name, c.last_name, r.exchange_id, x.reference, r.rating, r.text,
  r.status, r.source, r.created_at, r.created_by, r.moderated_at, r.moderated_by, r.moderation_reason
  FROM reviews r JOIN customers c ON c.id = r.customer_id LEFT JOIN exchanges x ON x.id = r.exchange_id`;
const requestColumns = `q.*, c.first_name, c.last_name FROM reserve_requests q JOIN customers c ON c.id = q.customer_id`;
const ticketColumns = `t.id, t.reference, t.customer_id, c.first_name, c.last_name, t.subject, t.status, t.created_at,
  t.last_message_at, t.waiting_since, (SELECT count(*) FROM ticket_messages m WHERE m.ticket_id = t.id) AS messages
  FROM tickets t JOIN customers c ON c.id = t.customer_id`;

/** Customers spread over the id range who have rows in `table`, asked in turn. */
function customersWith(raw: Database.Database, table: string): number[] {
  const rows = raw.prepare(`SELECT max(id) FROM ${table}`).pluck().get() as number | null;
  return raw
    .prepare(`SELECT customer_id FROM ${table} WHERE id % ? = 0 GROUP BY customer_id LIMIT ?`)
    .pluck()
    .all(Math.max(1, Math.floor((rows ?? 0) / sampleSize)), sampleSize) as number[];
}

const count = (raw: Database.Database, sql: string) => (raw.prepare(sql).pluck().get() as number).toLocaleString('en');

export const activityIIBench: BenchSection = {
  name: 'activity-ii',
  async run() {
    const dataDir = await seededDataDir(benchCustomers);
    const core = await openBenchCore(dataDir);
    const raw = core.storage.reader.$client;
    try {
      console.log(
        `\n${benchCustomers.toLocaleString('en')} customers: ${count(raw, 'SELECT count(*) FROM reviews')} reviews, ` +
          `${count(raw, 'SELECT count(*) FROM reserve_requests')} reserve requests, ` +
          `${count(raw, 'SELECT count(*) FROM tickets')} tickets (${count(raw, 'SELECT count(*) FROM ticket_messages')} messages), ` +
          `${count(raw, 'SELECT count(*) FROM customer_sessions')} sessions`,
      );
      const bench = new ActivityBench(core, raw);
      const byId = (id: number) => [id];
      /** A question without samples (a queue's head, a count): the same input every run. */
      const once = (name: string, op: string, input: unknown, rawSql: string, params: unknown[] = []) =>
        bench.compare(
          name,
          [0],
          op,
          () => input,
          rawSql,
          () => params,
        );

      await once(
        'reviews pending, oldest first',
        'reviews.list',
        { status: 'pending', limit: pageSize },
        `SELECT ${reviewColumns} WHERE r.status = 'pending' ORDER BY r.created_at, r.id LIMIT ${limit}`,
      );
      await once(
        'reserve requests pending, oldest first',
        'reserveRequests.list',
        { status: 'pending', limit: pageSize },
        `SELECT ${requestColumns} WHERE q.status = 'pending' ORDER BY q.requested_at, q.id LIMIT ${limit}`,
      );
      await once(
        'tickets open, longest waiting first',
        'tickets.list',
        { status: 'open', limit: pageSize },
        `SELECT ${ticketColumns} WHERE t.status = 'open' ORDER BY t.waiting_since, t.id LIMIT ${limit}`,
      );
      await once(
        'sidebar count: reserve requests pending (capped)',
        'reserveRequests.count',
        { status: 'pending' },
        `SELECT count(*) FROM (SELECT 1 FROM reserve_requests WHERE status = 'pending' LIMIT ${reserveRequestCountCap + 1})`,
      );
      await once(
        'sidebar count: tickets open (capped)',
        'tickets.count',
        { status: 'open' },
        `SELECT count(*) FROM (SELECT 1 FROM tickets WHERE status = 'open' LIMIT ${ticketCountCap + 1})`,
      );
      bench.print('Activity II queues, first page of 50', listTargetMs);

      await bench.compare(
        "a customer's reviews",
        customersWith(raw, 'reviews'),
        'reviews.list',
        (customerId) => ({ customerId, limit: pageSize }),
        `SELECT ${reviewColumns} WHERE r.customer_id = ? ORDER BY r.created_at DESC, r.id DESC LIMIT ${limit}`,
        byId,
      );
      await bench.compare(
        "a customer's reserve requests",
        customersWith(raw, 'reserve_requests'),
        'reserveRequests.list',
        (customerId) => ({ customerId, limit: pageSize }),
        `SELECT ${requestColumns} WHERE q.customer_id = ? ORDER BY q.requested_at DESC, q.id DESC LIMIT ${limit}`,
        byId,
      );
      await bench.compare(
        "a customer's tickets, open first",
        customersWith(raw, 'tickets'),
        'tickets.list',
        (customerId) => ({ customerId, limit: pageSize }),
        `SELECT ${ticketColumns} WHERE t.customer_id = ? ORDER BY t.status <> 'open',
           CASE WHEN t.status = 'open' THEN t.waiting_since END, t.last_message_at DESC, t.id DESC LIMIT ${limit}`,
        byId,
      );
      await bench.compare(
        "a customer's sessions, active first",
        customersWith(raw, 'customer_sessions'),
        'sessions.list',
        (customerId) => ({ customerId, limit: pageSize }),
        `SELECT *, (SELECT count(*) FROM customer_sessions a WHERE a.customer_id = s.customer_id AND a.ended_at IS NULL)
           FROM customer_sessions s WHERE s.customer_id = ? ORDER BY s.ended_at IS NOT NULL, s.last_seen_at DESC, s.id DESC
           LIMIT ${limit}`,
        byId,
      );
      bench.print('Activity II profile tabs, first page of 50', listTargetMs);

      // The raw side counts the reviews themselves: what the tallies kept by the triggers save.
      await once(
        'reviews.overview (raw: GROUP BY over every review)',
        'reviews.overview',
        {},
        `SELECT status, rating, count(*), (SELECT count(*) FROM reviews WHERE created_at >= ?) FROM reviews GROUP BY 1, 2`,
        [new Date(Date.now() - 86_400_000).toISOString()],
      );
      bench.print('Reviews overview', listTargetMs);
    } finally {
      await core.close();
    }
  },
};
