import { describe, expect, it } from 'vitest';
import { databaseBefore, insertCustomer, insertRow, rows } from './test-database';

const entry = {
  kind: 'admin_reward',
  amount: 500,
  currency: 'USD',
  status: 'confirmed',
  source: 'staff',
  actor: 'ada',
  created_at: '2026-11-01T10:00:00.000Z',
  status_changed_at: '2026-11-01T10:00:00.000Z',
};

describe('migration 0012_activity', () => {
  it("gives an existing desk's customers empty activity tables with their constraints", () => {
    const { client, migrate } = databaseBefore('0012_activity');
    const customer = insertCustomer(client, { email: 'kept@example.com' });
    migrate();
    expect(rows(client, 'SELECT email FROM customers')).toEqual([{ email: 'kept@example.com' }]);
    for (const table of [
      'exchanges',
      'exchange_status_history',
      'ledger_entries',
      'withdrawals',
      'referrals',
      'settings',
    ]) {
      expect(rows(client, `SELECT count(*) AS n FROM ${table}`), table).toEqual([{ n: 0 }]);
    }
    // Constraints of the tables themselves: a zero amount, a referral of oneself, an unknown customer.
    expect(() => insertRow(client, 'ledger_entries', { ...entry, customer_id: customer, amount: 0 })).toThrow(/CHECK/);
    expect(() =>
      insertRow(client, 'referrals', { referred_id: customer, referrer_id: customer, joined_at: 'now' }),
    ).toThrow(/CHECK/);
    expect(() => insertRow(client, 'ledger_entries', { ...entry, customer_id: customer + 1 })).toThrow(/FOREIGN KEY/);
    expect(client.prepare('PRAGMA integrity_check').pluck().get()).toBe('ok');
  });
});

describe('migration 0013_activity_triggers', () => {
  it('guards the entries already stored: no delete, no edit, no balance below zero', () => {
    const { client, migrate } = databaseBefore('0013_activity_triggers');
    const customer = insertCustomer(client, {});
    const id = insertRow(client, 'ledger_entries', { ...entry, customer_id: customer });
    migrate();
    expect(() => client.prepare('DELETE FROM ledger_entries WHERE id = ?').run(id)).toThrow(/append-only/);
    expect(() => client.prepare('UPDATE ledger_entries SET amount = 1 WHERE id = ?').run(id)).toThrow(/append-only/);
    const debit = { ...entry, customer_id: customer, kind: 'withdrawal', source: 'withdrawal', status: 'paid' };
    expect(() => insertRow(client, 'ledger_entries', { ...debit, amount: -501 })).toThrow(/below zero/);
    insertRow(client, 'ledger_entries', { ...debit, amount: -500 });
    expect(
      rows(client, "SELECT total(amount) AS balance FROM ledger_entries WHERE status IN ('confirmed', 'paid')"),
    ).toEqual([{ balance: 0 }]);
  });
});
