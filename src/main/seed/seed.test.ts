import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { customerInput } from '../../shared/customers/schema';
import { openCore, type Core } from '../core';
import { CustomerMaker } from './customers';
import { seedDatabase } from './seed';
import { testVaultPassphrase } from '../test-support';

describe('seed customers', () => {
  it('generates customers the shared schema accepts unchanged', () => {
    const maker = new CustomerMaker(7, { active: [1, 2], inactive: [3] });
    for (let serial = 1; serial <= 400; serial++) {
      const { data } = maker.make(serial);
      const parsed = customerInput.safeParse(data);
      expect(parsed.error?.issues ?? []).toEqual([]);
      expect(parsed.data).toEqual(data);
    }
  });

  it('names customers in several scripts, with accents, and gives every status', () => {
    const maker = new CustomerMaker(7, { active: [1], inactive: [] });
    const customers = Array.from({ length: 2000 }, (_, i) => maker.make(i + 1));
    const names = customers.map((c) => `${c.data.firstName} ${c.data.lastName ?? ''}`).join(' ');
    expect(names).toMatch(/[À-ɏ]/u);
    expect(names).toMatch(/\p{Script=Cyrillic}/u);
    expect(names).toMatch(/\p{Script=Han}|\p{Script=Hiragana}|\p{Script=Katakana}|\p{Script=Hangul}/u);
    expect(new Set(customers.map((c) => c.past.status))).toEqual(
      new Set(['approval_pending', 'active', 'locked', 'restricted']),
    );
  });

  describe('into a database', () => {
    let dir: string;
    let core: Core;

    beforeAll(async () => {
      dir = mkdtempSync(join(tmpdir(), 'kyc-seed-'));
      core = await openCore({
        dataDir: dir,
        migrationsFolder: 'drizzle',
        vaultPassphrase: testVaultPassphrase,
        onInternalError: () => undefined,
      });
    });
    afterAll(async () => {
      await core.close();
      rmSync(dir, { recursive: true, force: true });
    });

    it('inserts customers, labels and monitors that search, counts and reads see', async () => {
      const progress: number[] = [];
      const first = await seedDatabase(core.storage, {
        chain: core.decisionChain,
        customers: 300,
        batchSize: 100,
        onProgress: (done) => progress.push(done),
      });
      expect(progress).toEqual([100, 200, 300]);
      // Seeding again adds customers without breaking uniqueness.
      const second = await seedDatabase(core.storage, { chain: core.decisionChain, customers: 50 });
      expect(second.firstId).toBe(first.lastId + 1);

      const client = core.storage.reader.$client;
      expect(client.prepare('SELECT count(*) AS n FROM customers').get()).toEqual({ n: 350 });
      const labelled = client.prepare('SELECT count(*) AS n FROM customer_labels').get() as { n: number };
      const counted = client.prepare('SELECT coalesce(sum(count), 0) AS n FROM label_counts').get() as { n: number };
      expect(counted.n).toBe(labelled.n);
      const monitors = client.prepare('SELECT active, count(*) AS n FROM exchange_monitors GROUP BY active').all();
      expect(monitors).toEqual([
        { active: 0, n: 2 },
        { active: 1, n: 5 },
      ]);

      // Through the write path: an audit entry each with its values, checks that the verified
      // flags follow, and every approval in the decision log, noted as sample data.
      const count = (query: string) => client.prepare(query).pluck().get() as number;
      expect(count("SELECT count(*) FROM audit_log WHERE action = 'seed' AND changes LIKE '%\"email\"%'")).toBe(350);
      expect(
        count(
          "SELECT count(*) FROM customers WHERE verified_email != (SELECT count(*) FROM kyc_checks k WHERE k.customer_id = customers.id AND k.\"check\" = 'email' AND k.state = 'approved')",
        ),
      ).toBe(0);
      const approved = count("SELECT count(*) FROM kyc_checks WHERE state = 'approved'");
      expect(approved).toBeGreaterThan(0);
      expect(count("SELECT count(*) FROM kyc_decisions WHERE note = 'Marked verified in the sample data'")).toBe(
        approved,
      );
      const log = await core.router.call('kyc.verifyLog', {});
      expect(log.ok && log.value).toMatchObject({ ok: true, checked: approved });

      const sample = client.prepare('SELECT id, email FROM customers WHERE id = 42').get() as {
        id: number;
        email: string;
      };
      const found = await core.router.call('customers.list', { search: sample.email });
      expect(found.ok && found.value).toMatchObject({ items: [{ id: sample.id }] });
      const got = await core.router.call('customers.get', { id: sample.id });
      expect(got.ok).toBe(true);
    });

    it('gives the customers activity the ledger rules accept: exchanges of every status, bonuses, referrals, withdrawals', async () => {
      const client = core.storage.reader.$client;
      const count = (query: string) => client.prepare(query).pluck().get() as number;
      expect(count('SELECT count(*) FROM exchanges')).toBeGreaterThan(350 * 4);
      expect(count('SELECT count(DISTINCT status) FROM exchanges')).toBe(8);
      expect(count('SELECT count(*) FROM exchange_status_history')).toBe(count('SELECT count(*) FROM exchanges'));
      // A referrer signed up before the customers they referred.
      expect(count('SELECT count(*) FROM referrals')).toBeGreaterThan(0);
      expect(count('SELECT count(*) FROM referrals WHERE referrer_id >= referred_id')).toBe(0);
      // Every affiliate bonus is the referrer's share of a completed (or refunded, then cancelled) exchange.
      expect(count("SELECT count(*) FROM ledger_entries WHERE kind = 'exchange_affiliate_bonus'")).toBeGreaterThan(0);
      const kinds = client.prepare('SELECT DISTINCT kind FROM ledger_entries').pluck().all();
      expect(kinds).toEqual(
        expect.arrayContaining(['signup_bonus', 'referral_signup_bonus', 'exchange_affiliate_bonus']),
      );
      const verified = await core.router.call('ledger.verify', {});
      expect(verified.ok && verified.value.problems).toEqual([]);
      // Amounts are whole minor units of their currency (ETH in wei), never a float.
      expect(
        count("SELECT count(*) FROM exchanges WHERE sent_amount GLOB '*[^0-9]*' OR received_amount GLOB '*[^0-9]*'"),
      ).toBe(0);
    });

    it('gives them reviews of their own completed exchanges, one at most each, moderated with reasons, tallied', () => {
      const client = core.storage.reader.$client;
      const count = (query: string) => client.prepare(query).pluck().get() as number;
      expect(count('SELECT count(*) FROM reviews')).toBeGreaterThan(100);
      expect(
        count(
          `SELECT count(*) FROM reviews r LEFT JOIN exchanges e ON e.id = r.exchange_id
           WHERE r.exchange_id IS NOT NULL AND (e.status IS NOT 'completed' OR e.customer_id != r.customer_id)`,
        ),
      ).toBe(0);
      expect(client.prepare('SELECT DISTINCT status FROM reviews ORDER BY status').pluck().all()).toEqual([
        'approved',
        'hidden',
        'pending',
      ]);
      expect(count("SELECT count(*) FROM reviews WHERE status = 'hidden' AND moderation_reason IS NULL")).toBe(0);
      expect(count("SELECT count(*) FROM reviews WHERE status != 'pending' AND moderated_by IS NULL")).toBe(0);
      expect(count("SELECT count(*) FROM reviews WHERE status = 'pending' AND moderated_at IS NOT NULL")).toBe(0);
      // Skewed high, as an exchanger's are; every rating appears.
      expect(count('SELECT count(DISTINCT rating) FROM reviews')).toBe(5);
      expect(count('SELECT avg(rating) * 100 FROM reviews')).toBeGreaterThan(380);
      // The triggers kept the tallies the overview reads.
      const tallied = client.prepare('SELECT status, rating, count FROM review_tallies WHERE count > 0 ORDER BY 1, 2');
      const counted = client.prepare(
        'SELECT status, rating, count(*) AS count FROM reviews GROUP BY 1, 2 ORDER BY 1, 2',
      );
      expect(tallied.all()).toEqual(counted.all());
    });

    it('gives them reserve requests in exact money, tickets with threads and sessions as the rules have them', () => {
      const client = core.storage.reader.$client;
      const count = (query: string) => client.prepare(query).pluck().get() as number;
      const statuses = (table: string) =>
        client.prepare(`SELECT DISTINCT status FROM ${table} ORDER BY status`).pluck().all();
      expect(statuses('reserve_requests')).toEqual(['answered', 'cancelled', 'pending']);
      expect(count("SELECT count(*) FROM reserve_requests WHERE amount GLOB '*[^0-9]*' OR amount = ''")).toBe(0);
      expect(count("SELECT count(*) FROM reserve_requests WHERE (status = 'answered') != (answer IS NOT NULL)")).toBe(
        0,
      );

      expect(statuses('tickets')).toEqual(['answered', 'closed', 'open']);
      expect(count('SELECT count(DISTINCT reference) FROM tickets')).toBe(count('SELECT count(*) FROM tickets'));
      expect(client.prepare('SELECT DISTINCT kind FROM ticket_messages ORDER BY kind').pluck().all()).toEqual([
        'customer',
        'internal_note',
        'staff_reply',
      ]);
      // Every thread starts with the customer; an open ticket waits on a customer's message
      // since `waiting_since`, an answered one's last public word is staff's, a closed one has a reason.
      const firstKind = `(SELECT kind FROM ticket_messages m WHERE m.ticket_id = t.id ORDER BY m.id LIMIT 1)`;
      const lastPublic = `(SELECT kind FROM ticket_messages m WHERE m.ticket_id = t.id AND kind != 'internal_note' ORDER BY m.id DESC LIMIT 1)`;
      expect(count(`SELECT count(*) FROM tickets t WHERE ${firstKind} != 'customer'`)).toBe(0);
      expect(
        count(
          `SELECT count(*) FROM tickets t WHERE status = 'open' AND (${lastPublic} != 'customer' OR waiting_since IS NULL)`,
        ),
      ).toBe(0);
      expect(
        count(
          `SELECT count(*) FROM tickets t WHERE status = 'answered' AND (${lastPublic} != 'staff_reply' OR waiting_since IS NOT NULL)`,
        ),
      ).toBe(0);
      expect(
        count("SELECT count(*) FROM tickets WHERE status = 'closed' AND (close_reason IS NULL OR closed_at IS NULL)"),
      ).toBe(0);
      expect(
        count(
          "SELECT count(*) FROM tickets t WHERE last_message_at != (SELECT max(at) FROM ticket_messages m WHERE m.ticket_id = t.id AND kind != 'internal_note')",
        ),
      ).toBe(0);

      expect(count('SELECT count(*) FROM customer_sessions WHERE ended_at IS NULL')).toBeGreaterThan(0);
      expect(count('SELECT count(*) FROM customer_sessions WHERE ended_at IS NOT NULL')).toBeGreaterThan(0);
      expect(
        count('SELECT count(*) FROM customer_sessions WHERE last_seen_at < signed_in_at OR ended_at < last_seen_at'),
      ).toBe(0);
      expect(count('SELECT count(*) FROM customer_sessions WHERE (ended_at IS NULL) != (ended_by IS NULL)')).toBe(0);
      // A blocked customer cannot be signed in.
      expect(
        count(
          "SELECT count(*) FROM customer_sessions s JOIN customers c ON c.id = s.customer_id WHERE s.ended_at IS NULL AND c.status IN ('locked', 'restricted')",
        ),
      ).toBe(0);
    });
  });
});
