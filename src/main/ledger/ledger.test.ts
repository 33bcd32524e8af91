import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { canMoveExchange, exchangeStatuses } from '../../shared/exchanges/statuses';
import { ledgerStatuses, ledgerTransitions } from '../../shared/ledger/kinds';
import { insertReferral } from '../referrals/insert';
import { addExchange, failure, newCustomer, ok, openTestCore, rowCount } from '../test-support';
import { insertWithdrawalRequest } from './withdrawal-request';

type TestCore = Awaited<ReturnType<typeof openTestCore>>;

const usd = (amount: string) => ({ amount, currency: 'USD' });

describe('the balance ledger', () => {
  let core: TestCore;
  let customerId: number;

  beforeEach(async () => {
    core = await openTestCore('ada.reviewer');
    customerId = (await ok(core, 'customers.create', newCustomer())).id;
  });
  afterEach(() => core.dispose());

  const give = (amount: string, reason = 'Goodwill after a slow payout') =>
    ok(core, 'rewards.give', { customerId, amount: usd(amount), reason });
  const available = async () => (await ok(core, 'ledger.list', { customerId })).balance.available.amount;
  const sql = (text: string, ...params: unknown[]) => core.storage.writer.$client.prepare(text).run(...params);
  const request = (amount: bigint) =>
    core.storage.withTransaction((tx) =>
      insertWithdrawalRequest(tx, {
        customerId,
        amount,
        currency: 'USD',
        method: 'bank_transfer',
        destination: 'DE89 3704 0044 0532 0130 00',
        requestedAt: '2026-11-30T09:00:00.000Z',
      }),
    );

  it('credits a reward, shows the balance before and after, and audits it with its reason', async () => {
    const first = await give('2500');
    expect(first.before.available).toEqual(usd('0'));
    expect(first.after.available).toEqual(usd('2500'));
    const second = await give('199');
    expect(second.before.available).toEqual(usd('2500'));
    expect(second.after.available).toEqual(usd('2699'));
    expect(second.entry).toMatchObject({
      kind: 'admin_reward',
      status: 'confirmed',
      source: 'staff',
      sourceLabel: 'ada.reviewer',
    });
    const history = await ok(core, 'customers.history', { id: customerId });
    expect(history.find((entry) => entry.action === 'give_reward')).toMatchObject({
      actor: 'ada.reviewer',
      reason: 'Goodwill after a slow payout',
      changes: { reward: { from: null, to: '$1.99' } },
    });
  });

  it('refuses a reward that is not a positive amount of the base currency, and changes nothing', async () => {
    for (const amount of [
      usd('0'),
      usd('-5'),
      usd('12.5'),
      usd('1e3'),
      { amount: '100', currency: 'EUR' },
      { amount: '100', currency: 'ZZZ' },
    ]) {
      const error = await failure(core, 'rewards.give', { customerId, amount, reason: 'Because' });
      expect(error.code, JSON.stringify(amount)).toBe('VALIDATION');
    }
    expect(
      (await failure(core, 'rewards.give', { customerId, amount: usd('100'), reason: '' })).fieldErrors,
    ).toHaveProperty('reason');
    expect((await failure(core, 'rewards.give', { customerId: 999, amount: usd('100'), reason: 'Because' })).code).toBe(
      'NOT_FOUND',
    );
    expect(rowCount(core, 'ledger_entries')).toBe(0);
  });

  it('is append-only: amounts are never edited nor entries deleted, and a status only moves forward', async () => {
    const { entry } = await give('1000');
    expect(() => sql('UPDATE ledger_entries SET amount = 5 WHERE id = ?', entry.id)).toThrow(/append-only/);
    expect(() => sql('UPDATE ledger_entries SET reason = ? WHERE id = ?', 'edited', entry.id)).toThrow(/append-only/);
    expect(() => sql('DELETE FROM ledger_entries WHERE id = ?', entry.id)).toThrow(/append-only/);
    // The trigger's transitions are the shared table's, pair by pair.
    for (const from of ledgerStatuses) {
      for (const to of ledgerStatuses) {
        if (from === to) continue;
        const id = Number(
          sql(
            `INSERT INTO ledger_entries (customer_id, kind, amount, currency, status, source, actor, created_at, status_changed_at)
             VALUES (?, 'signup_bonus', 100, 'USD', ?, 'platform', 'test', 'now', 'now')`,
            customerId,
            from,
          ).lastInsertRowid,
        );
        const move = () => sql('UPDATE ledger_entries SET status = ? WHERE id = ?', to, id);
        if (ledgerTransitions[from].includes(to)) expect(move, `${from} -> ${to}`).not.toThrow();
        else expect(move, `${from} -> ${to}`).toThrow(/only moves forward/);
      }
    }
  });

  it('keeps the balance equal to the sum of its entries, and never below zero whatever writes', async () => {
    await give('1000');
    await give('250');
    const sum = core.storage.reader.$client
      .prepare(`SELECT total(amount) FROM ledger_entries WHERE customer_id = ? AND status IN ('confirmed', 'paid')`)
      .pluck()
      .get(customerId);
    expect(await available()).toBe(String(sum));
    expect(() =>
      sql(
        `INSERT INTO ledger_entries (customer_id, kind, amount, currency, status, source, actor, created_at, status_changed_at)
         VALUES (?, 'withdrawal', -1251, 'USD', 'paid', 'withdrawal', 'test', 'now', 'now')`,
        customerId,
      ),
    ).toThrow(/below zero/);
    expect(await available()).toBe('1250');
  });

  it('refuses to complete a withdrawal above the available balance, and changes nothing', async () => {
    await give('1000');
    const id = await request(1001n);
    const auditRows = rowCount(core, 'audit_log');
    const error = await failure(core, 'withdrawals.complete', { id, payoutReference: 'PAY-1' });
    expect(error).toMatchObject({
      code: 'CONFLICT',
      message: expect.stringMatching(/available balance is \$10\.00, less than the \$10\.01 asked/),
    });
    const [still] = (await ok(core, 'withdrawals.list', { status: 'pending' })).items;
    expect(still).toMatchObject({ id, status: 'pending', payoutReference: null, available: usd('1000') });
    expect(rowCount(core, 'audit_log')).toBe(auditRows);
    expect(await available()).toBe('1000');
  });

  it('completes a withdrawal with a payout reference (a paid debit) and declines one with a reason', async () => {
    await give('5000');
    const paid = await request(3000n);
    const declined = await request(1500n);
    const done = await ok(core, 'withdrawals.complete', { id: paid, payoutReference: 'SEPA-2026-1130-77' });
    expect(done).toMatchObject({
      status: 'completed',
      payoutReference: 'SEPA-2026-1130-77',
      decidedBy: 'ada.reviewer',
      available: usd('2000'),
    });
    const no = await ok(core, 'withdrawals.decline', { id: declined, reason: 'IBAN holder differs from the customer' });
    expect(no).toMatchObject({
      status: 'declined',
      declineReason: 'IBAN holder differs from the customer',
      available: usd('2000'),
    });
    expect((await failure(core, 'withdrawals.complete', { id: declined, payoutReference: 'X' })).code).toBe('CONFLICT');
    expect((await failure(core, 'withdrawals.decline', { id: paid, reason: 'Changed my mind' })).code).toBe('CONFLICT');
    const { items } = await ok(core, 'ledger.list', { customerId });
    expect(items[0]).toMatchObject({
      kind: 'withdrawal',
      amount: usd('-3000'),
      status: 'paid',
      source: 'withdrawal',
      sourceId: paid,
    });
    expect(await ok(core, 'withdrawals.count', { status: 'pending' })).toEqual({ total: 0, capped: false });
    expect((await ok(core, 'ledger.verify', { customerId })).problems).toEqual([]);
  });

  it('finds each broken rule when entries are written behind the triggers', async () => {
    await give('1000');
    const clean = await ok(core, 'ledger.verify', {});
    expect(clean).toEqual({ customers: 1, entries: 1, problems: [] });
    const client = core.storage.writer.$client;
    for (const trigger of ['ledger_entries_balance_after_insert']) client.exec(`DROP TRIGGER ${trigger}`);
    const insert = (kind: string, amount: number, extra = '') =>
      sql(
        `INSERT INTO ledger_entries (customer_id, kind, amount, currency, status, source, actor, created_at, status_changed_at${extra ? ', reverses_id' : ''})
         VALUES (?, ?, ?, 'USD', 'confirmed', 'withdrawal', 'test', 'now', 'now'${extra ? `, ${extra}` : ''})`,
        customerId,
        kind,
        amount,
      );
    insert('withdrawal', -5000);
    insert('reversal', -7, '1');
    const { problems } = await ok(core, 'ledger.verify', { customerId });
    expect(problems.map((p) => p.problem)).toEqual([
      'The balance is below zero',
      'A reversal that does not undo exactly one entry of the same customer',
      'A withdrawal debit without a completed withdrawal',
    ]);
  });

  it('cancels a pending bonus but refuses to cancel a confirmed one the customer has already withdrawn', async () => {
    const { entry } = await give('1000');
    const id = await request(800n);
    await ok(core, 'withdrawals.complete', { id, payoutReference: 'PAY-9' });
    const error = await failure(core, 'ledger.setStatus', {
      id: entry.id,
      status: 'cancelled',
      reason: 'Given by mistake',
    });
    expect(error).toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/below zero/) });
    expect(await available()).toBe('200');
    expect((await failure(core, 'ledger.setStatus', { id: entry.id, status: 'pending', reason: 'Back' })).code).toBe(
      'CONFLICT',
    );
  });
});

describe('exchanges and their ledger effects', () => {
  let core: TestCore;
  let referrer: number;
  let customer: number;

  beforeEach(async () => {
    core = await openTestCore('sam.ops');
    referrer = (
      await ok(core, 'customers.create', newCustomer({ email: 'ref@example.com', affiliateProfitShare: '12.34' }))
    ).id;
    customer = (await ok(core, 'customers.create', newCustomer({ email: 'cust@example.com' }))).id;
    await core.storage.withTransaction((tx) => insertReferral(tx, customer, referrer, '2026-10-01T00:00:00.000Z'));
  });
  afterEach(() => core.dispose());

  it('credits the referrer their profit share of the exchange profit in the base currency, to the minor unit', async () => {
    // 3.00 EUR of profit at 1.08 USD per EUR is 3.24 USD; 12.34 % of 324 cents is 39.98, rounded down: 39.
    const id = await addExchange(core, customer, {
      profit: { amount: '300', currency: 'EUR' },
      profitBaseRate: '1.08',
    });
    const done = await ok(core, 'exchanges.setStatus', {
      id,
      from: 'processing',
      to: 'completed',
      reason: 'Payout sent',
    });
    expect(done.affiliateBonus).toMatchObject({ referrerId: referrer, amount: usd('39'), status: 'confirmed' });
    expect(done.history.map((h) => [h.from, h.to, h.actor])).toEqual([
      [null, 'processing', 'platform'],
      ['processing', 'completed', 'sam.ops'],
    ]);
    const referral = await ok(core, 'referrals.list', { customerId: referrer });
    expect(referral.items).toMatchObject([{ customerId: customer, completedExchanges: 1, earned: usd('39') }]);
    const dashboard = await ok(core, 'customers.dashboard', { id: referrer });
    expect(dashboard).toMatchObject({
      balance: { available: usd('39') },
      referrals: 1,
      referralEarning: usd('39'),
      affiliateProfitShare: 1234,
    });
  });

  it('converts an ETH profit of 18 digits exactly', async () => {
    // 0.012345678901234567 ETH at 3512.77 USD: 43.3666... USD, rounded down to 4336 cents; 12.34 % of it is 535.
    const id = await addExchange(core, customer, {
      profit: { amount: '12345678901234567', currency: 'ETH' },
      profitBaseRate: '3512.77',
    });
    const done = await ok(core, 'exchanges.setStatus', { id, from: 'processing', to: 'completed', reason: 'Sent' });
    expect(done.affiliateBonus?.amount).toEqual(usd('535'));
  });

  it('allows exactly the shared table of transitions, from every status to every other', async () => {
    for (const from of exchangeStatuses) {
      for (const to of exchangeStatuses) {
        if (from === to) continue;
        const id = await addExchange(core, customer, { status: from });
        const result = await core.router.call('exchanges.setStatus', { id, from, to, reason: 'Checked by hand' });
        expect(result.ok, `${from} -> ${to}`).toBe(canMoveExchange(from, to));
        expect((await ok(core, 'exchanges.get', { id })).status).toBe(result.ok ? to : from);
      }
    }
  });

  it('moves only along the allowed transitions, each written in the history', async () => {
    const id = await addExchange(core, customer, { status: 'awaiting_payment' });
    expect(
      (await failure(core, 'exchanges.setStatus', { id, from: 'awaiting_payment', to: 'completed', reason: 'Skip' }))
        .code,
    ).toBe('CONFLICT');
    expect(
      (await failure(core, 'exchanges.setStatus', { id, from: 'processing', to: 'on_hold', reason: 'Stale view' }))
        .message,
    ).toMatch(/is now awaiting payment/);
    await ok(core, 'exchanges.setStatus', {
      id,
      from: 'awaiting_payment',
      to: 'on_hold',
      reason: 'KYC: document missing',
    });
    const held = await ok(core, 'exchanges.get', { id });
    expect(held.status).toBe('on_hold');
    expect(held.history.at(-1)).toMatchObject({
      from: 'awaiting_payment',
      to: 'on_hold',
      reason: 'KYC: document missing',
      actor: 'sam.ops',
    });
    expect(rowCount(core, 'ledger_entries')).toBe(0);
  });

  it('reverses the bonus when a completed exchange is refunded, and refuses when the referrer spent it', async () => {
    const first = await addExchange(core, customer, {
      profit: { amount: '10000', currency: 'USD' },
      profitBaseRate: '1',
    });
    const second = await addExchange(core, customer, {
      profit: { amount: '10000', currency: 'USD' },
      profitBaseRate: '1',
    });
    for (const id of [first, second])
      await ok(core, 'exchanges.setStatus', { id, from: 'processing', to: 'completed', reason: 'Done' });
    const refunded = await ok(core, 'exchanges.setStatus', {
      id: first,
      from: 'completed',
      to: 'refunded',
      reason: 'Sent twice',
    });
    expect(refunded.status).toBe('refunded');
    const { items, balance } = await ok(core, 'ledger.list', { customerId: referrer });
    expect(items[0]).toMatchObject({
      kind: 'reversal',
      amount: usd('-1234'),
      reversesId: refunded.affiliateBonus?.entryId,
    });
    expect(balance.available).toEqual(usd('1234'));
    // The referrer withdraws what is left; the second refund cannot take the bonus back.
    const payout = await core.storage.withTransaction((tx) =>
      insertWithdrawalRequest(tx, {
        customerId: referrer,
        amount: 1234n,
        currency: 'USD',
        method: 'paypal',
        destination: 'ref@example.com',
        requestedAt: 'now',
      }),
    );
    await ok(core, 'withdrawals.complete', { id: payout, payoutReference: 'PP-1' });
    const error = await failure(core, 'exchanges.setStatus', {
      id: second,
      from: 'completed',
      to: 'refunded',
      reason: 'Sent twice',
    });
    expect(error).toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/cannot give back the \$12\.34/) });
    expect((await ok(core, 'exchanges.get', { id: second })).status).toBe('completed');
    expect((await ok(core, 'ledger.verify', {})).problems).toEqual([]);
  });

  it('merges statuses and both sides of a currency newest first, page after page, each exchange once', async () => {
    const statuses = ['on_hold', 'processing', 'completed'] as const;
    const currencies = ['USDT', 'BTC', 'EUR'] as const;
    const made: { id: number; status: string; sent: string; received: string; createdAt: string }[] = [];
    for (let i = 0; i < 36; i += 1) {
      const status = statuses[i % 3] as (typeof statuses)[number];
      const sent = currencies[Math.floor(i / 3) % 3] as string;
      const received = currencies[Math.floor(i / 9) % 3] as string;
      // Several exchanges share a second: the id breaks the tie.
      const createdAt = `2026-11-${String(10 + Math.floor(i / 4)).padStart(2, '0')}T08:00:00.000Z`;
      const id = await addExchange(core, customer, {
        status,
        createdAt,
        sent: { amount: '100', currency: sent },
        received: { amount: '100', currency: received },
      });
      made.push({ id, status, sent, received, createdAt });
    }
    const newestFirst = (a: (typeof made)[number], b: (typeof made)[number]) =>
      b.createdAt.localeCompare(a.createdAt) || b.id - a.id;
    const filters = { status: ['on_hold', 'completed'] as ('on_hold' | 'completed')[], currency: 'USDT' };
    const expected = made
      .filter((x) => filters.status.includes(x.status as 'on_hold') && (x.sent === 'USDT' || x.received === 'USDT'))
      .sort(newestFirst)
      .map((x) => x.id);
    const seen: number[] = [];
    let cursor: string | undefined;
    do {
      const page = await ok(core, 'exchanges.list', { ...filters, limit: 4, cursor });
      seen.push(...page.items.map((x) => x.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toEqual(expected);
    expect(expected.length).toBeGreaterThan(8);
  });

  it("lists a customer's exchanges newest first, finds one by the start of its reference, and counts on-hold ones", async () => {
    const ids: number[] = [];
    for (let day = 1; day <= 7; day += 1) {
      ids.push(
        await addExchange(core, customer, {
          reference: `EX-A${day}`,
          createdAt: `2026-11-0${day}T08:00:00.000Z`,
          status: day % 2 ? 'on_hold' : 'completed',
        }),
      );
    }
    const first = await ok(core, 'exchanges.list', { customerId: customer, limit: 3 });
    expect(first.items.map((x) => x.reference)).toEqual(['EX-A7', 'EX-A6', 'EX-A5']);
    const next = await ok(core, 'exchanges.list', { customerId: customer, limit: 3, cursor: first.nextCursor ?? '' });
    expect(next.items.map((x) => x.reference)).toEqual(['EX-A4', 'EX-A3', 'EX-A2']);
    expect((await ok(core, 'exchanges.list', { search: 'ex-a' })).items.map((x) => x.reference)).toEqual([
      'EX-A1',
      'EX-A2',
      'EX-A3',
      'EX-A4',
      'EX-A5',
      'EX-A6',
      'EX-A7',
    ]);
    expect(
      (await ok(core, 'exchanges.list', { from: '2026-11-03', to: '2026-11-04' })).items.map((x) => x.reference),
    ).toEqual(['EX-A4', 'EX-A3']);
    expect(await ok(core, 'exchanges.count', { status: ['on_hold'] })).toEqual({ total: 4, capped: false });
    expect((await ok(core, 'exchanges.list', { currency: 'USDT', status: ['completed'] })).items).toHaveLength(3);
    const dashboard = await ok(core, 'customers.dashboard', { id: customer });
    expect(dashboard.exchanges).toEqual({ total: 7, completed: 3, pending: 4, onHold: 4 });
    expect(dashboard.referralDashboard).toBeNull();
  });
});
