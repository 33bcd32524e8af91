import type Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { databaseBefore, insertCustomer, insertRow, rows } from './test-database';

let references = 0;

function insertExchange(client: Database.Database, customerId: number, status: string): number {
  references += 1;
  return insertRow(client, 'exchanges', {
    reference: `EX-${references}`,
    customer_id: customerId,
    created_at: '2026-11-01T10:00:00.000Z',
    sent_currency: 'EUR',
    sent_amount: '100',
    received_currency: 'USDT',
    received_amount: '200',
    rate: '2',
    fee_amount: '1',
    profit_currency: 'EUR',
    profit_amount: '1',
    profit_base_rate: '1',
    receiving_account: 'acct',
    status,
    status_changed_at: '2026-11-01T10:00:00.000Z',
  });
}

const review = (customerId: number, exchangeId: number | null, rating = 5) => ({
  customer_id: customerId,
  exchange_id: exchangeId,
  rating,
  text: 'Fast and reliable',
  status: 'pending',
  source: 'customer',
  created_at: '2026-11-02T10:00:00.000Z',
});

describe('migration 0016_customer_activity_ii', () => {
  it("gives an existing desk's customers empty tables for reviews, reserve requests, tickets and sessions", () => {
    const { client, migrate } = databaseBefore('0016_customer_activity_ii');
    const customer = insertCustomer(client, { email: 'kept@example.com' });
    const exchange = insertExchange(client, customer, 'completed');
    migrate();
    expect(rows(client, 'SELECT email FROM customers')).toEqual([{ email: 'kept@example.com' }]);
    for (const table of [
      'reviews',
      'review_tallies',
      'reserve_requests',
      'tickets',
      'ticket_messages',
      'customer_sessions',
    ]) {
      expect(rows(client, `SELECT count(*) AS n FROM ${table}`), table).toEqual([{ n: 0 }]);
    }
    // The tables' own constraints: a rating out of range, a second review of one exchange, an unknown customer.
    expect(() => insertRow(client, 'reviews', review(customer, exchange, 6))).toThrow(/CHECK/);
    insertRow(client, 'reviews', review(customer, exchange));
    expect(() => insertRow(client, 'reviews', review(customer, exchange))).toThrow(/UNIQUE/);
    insertRow(client, 'reviews', review(customer, null));
    insertRow(client, 'reviews', review(customer, null));
    expect(() => insertRow(client, 'reviews', review(customer + 1, null))).toThrow(/FOREIGN KEY/);
    expect(client.prepare('PRAGMA integrity_check').pluck().get()).toBe('ok');
  });
});

describe('migration 0017_customer_activity_ii_triggers', () => {
  function migrated() {
    const { client, migrate } = databaseBefore('0017_customer_activity_ii_triggers');
    migrate();
    const ada = insertCustomer(client, {});
    const grace = insertCustomer(client, {});
    return { client, ada, grace };
  }
  const tallies = (client: Database.Database) =>
    rows(client, 'SELECT status, rating, count FROM review_tallies WHERE count > 0 ORDER BY status, rating');

  it("refuses a review of an exchange that is not completed or is another customer's", () => {
    const { client, ada, grace } = migrated();
    const refused = /A review is about a completed exchange of the same customer/;
    expect(() => insertRow(client, 'reviews', review(ada, insertExchange(client, ada, 'processing')))).toThrow(refused);
    expect(() => insertRow(client, 'reviews', review(ada, insertExchange(client, grace, 'completed')))).toThrow(
      refused,
    );
    expect(() => insertRow(client, 'reviews', review(ada, 9999))).toThrow(refused);
    insertRow(client, 'reviews', review(ada, insertExchange(client, ada, 'completed')));
    insertRow(client, 'reviews', review(ada, null));
    expect(rows(client, 'SELECT count(*) AS n FROM reviews')).toEqual([{ n: 2 }]);
  });

  it('keeps a review as written: its moderation changes, its text, rating and author never', () => {
    const { client, ada, grace } = migrated();
    const id = insertRow(client, 'reviews', review(ada, null, 4));
    const update = (set: string, ...params: unknown[]) =>
      client.prepare(`UPDATE reviews SET ${set} WHERE id = ?`).run(...params, id);
    const immutable = /A review stays as its author wrote it/;
    expect(() => update('text = ?', 'Edited')).toThrow(immutable);
    expect(() => update('rating = 5')).toThrow(immutable);
    expect(() => update('customer_id = ?', grace)).toThrow(immutable);
    expect(() => update('source = ?', 'staff')).toThrow(immutable);
    expect(() => update('created_at = ?', '2020-01-01T00:00:00.000Z')).toThrow(immutable);
    update(`status = 'hidden', moderated_at = 'now', moderated_by = 'mia', moderation_reason = 'Offensive language'`);
    expect(rows(client, 'SELECT text, rating, status FROM reviews')).toEqual([
      { text: 'Fast and reliable', rating: 4, status: 'hidden' },
    ]);
  });

  it('keeps review_tallies equal to a count of the reviews through inserts, status changes and deletes', () => {
    const { client, ada } = migrated();
    const counted = () =>
      rows(
        client,
        'SELECT status, rating, count(*) AS count FROM reviews GROUP BY status, rating ORDER BY status, rating',
      );
    const first = insertRow(client, 'reviews', review(ada, null, 5));
    const second = insertRow(client, 'reviews', review(ada, null, 5));
    insertRow(client, 'reviews', review(ada, null, 2));
    expect(tallies(client)).toEqual([
      { status: 'pending', rating: 2, count: 1 },
      { status: 'pending', rating: 5, count: 2 },
    ]);
    client.prepare(`UPDATE reviews SET status = 'approved' WHERE id = ?`).run(first);
    // A write that leaves the status as it was moves nothing.
    client.prepare(`UPDATE reviews SET moderated_by = 'mia' WHERE id = ?`).run(second);
    client.prepare(`UPDATE reviews SET status = 'pending' WHERE id = ?`).run(second);
    expect(tallies(client)).toEqual([
      { status: 'approved', rating: 5, count: 1 },
      { status: 'pending', rating: 2, count: 1 },
      { status: 'pending', rating: 5, count: 1 },
    ]);
    client.prepare('DELETE FROM reviews WHERE id = ?').run(first);
    expect(tallies(client)).toEqual(counted());
    expect(tallies(client)).toEqual([
      { status: 'pending', rating: 2, count: 1 },
      { status: 'pending', rating: 5, count: 1 },
    ]);
  });

  it("keeps a ticket's thread append-only and an ended session ended", () => {
    const { client, ada } = migrated();
    const ticket = insertRow(client, 'tickets', {
      reference: 'T-1',
      customer_id: ada,
      subject: 'Where is my payout?',
      status: 'open',
      created_at: 'now',
      last_message_at: 'now',
    });
    const message = insertRow(client, 'ticket_messages', {
      ticket_id: ticket,
      kind: 'customer',
      body: 'Sent two days ago',
      at: 'now',
    });
    expect(() => client.prepare(`UPDATE ticket_messages SET body = 'Edited' WHERE id = ?`).run(message)).toThrow(
      /append-only/,
    );
    expect(() => client.prepare('DELETE FROM ticket_messages WHERE id = ?').run(message)).toThrow(/append-only/);
    insertRow(client, 'ticket_messages', { ticket_id: ticket, kind: 'staff', body: 'Looking into it', at: 'now' });
    expect(rows(client, 'SELECT body FROM ticket_messages ORDER BY id')).toEqual([
      { body: 'Sent two days ago' },
      { body: 'Looking into it' },
    ]);

    const session = insertRow(client, 'customer_sessions', {
      customer_id: ada,
      device: 'Firefox on Windows',
      ip_address: '203.0.113.7',
      signed_in_at: 'then',
      last_seen_at: 'then',
    });
    const update = (set: string) => client.prepare(`UPDATE customer_sessions SET ${set} WHERE id = ?`).run(session);
    update(`last_seen_at = 'now'`);
    update(`ended_at = 'now', ended_by = 'mia', end_reason = 'Stolen laptop'`);
    expect(() => update('ended_at = NULL')).toThrow(/An ended session stays ended/);
    expect(() => update(`last_seen_at = 'later'`)).toThrow(/An ended session stays ended/);
    expect(rows(client, 'SELECT ended_at, last_seen_at FROM customer_sessions')).toEqual([
      { ended_at: 'now', last_seen_at: 'now' },
    ]);
  });
});
