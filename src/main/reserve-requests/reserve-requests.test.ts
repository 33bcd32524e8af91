import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Money } from '../../shared/money/money';
import { newCustomer, failure, ok, openTestCore, rowCount } from '../test-support';
import { insertReserveRequest } from './writes';

type TestCore = Awaited<ReturnType<typeof openTestCore>>;

describe('reserve requests', () => {
  let core: TestCore;
  let ada: number;
  let grace: number;

  beforeEach(async () => {
    core = await openTestCore('rob.reserves');
    ada = (await ok(core, 'customers.create', newCustomer())).id;
    grace = (await ok(core, 'customers.create', newCustomer({ firstName: 'Grace', email: 'grace@example.com' }))).id;
  });
  afterEach(() => core.dispose());

  const request = (requestedAt: string, amount: Money = { amount: '150000000', currency: 'BTC' }, customerId = ada) =>
    core.storage.withTransaction((tx) =>
      insertReserveRequest(tx, { customerId, amount, note: 'Planning to exchange on Friday', requestedAt }),
    );
  const sql = (text: string, ...params: unknown[]) => core.storage.writer.$client.prepare(text).run(...params);

  it('stores the amount exactly, in minor units of its currency, and refuses one that is not money', async () => {
    const id = await request('2026-11-01T10:00:00.000Z', { amount: '2500000000000000000', currency: 'ETH' });
    const [stored] = (await ok(core, 'reserveRequests.list', { customerId: ada })).items;
    expect(stored).toMatchObject({
      id,
      customerName: 'Ada Lovelace',
      amount: { amount: '2500000000000000000', currency: 'ETH' },
      note: 'Planning to exchange on Friday',
      status: 'pending',
      answer: null,
    });
    const refusals: [Money, string][] = [
      [{ amount: '0', currency: 'USD' }, 'amount.amount'],
      [{ amount: '-100', currency: 'USD' }, 'amount.amount'],
      [{ amount: '12.50', currency: 'USD' }, 'amount.amount'],
      [{ amount: '100', currency: 'ZZZ' }, 'amount.currency'],
    ];
    for (const [amount, field] of refusals) {
      await expect(request('2026-11-01T10:00:00.000Z', amount), JSON.stringify(amount)).rejects.toMatchObject({
        code: 'VALIDATION',
        fieldErrors: { [field]: expect.any(String) as unknown },
      });
    }
    expect(rowCount(core, 'reserve_requests')).toBe(1);
  });

  it('answers a pending request with the answer and who, audits it, and refuses one decided meanwhile', async () => {
    const id = await request('2026-11-01T10:00:00.000Z');
    const answered = await ok(core, 'reserveRequests.answer', { id, answer: '  Held for 48 hours.  ' });
    expect(answered).toMatchObject({ status: 'answered', answer: 'Held for 48 hours.', answeredBy: 'rob.reserves' });
    expect(answered.answeredAt).not.toBeNull();
    const audit = core.storage.reader.$client
      .prepare(`SELECT actor, action, changes FROM audit_log WHERE entity = 'reserve_request' AND entity_id = ?`)
      .all(id);
    expect(audit).toEqual([
      {
        actor: 'rob.reserves',
        action: 'answer',
        changes: JSON.stringify({
          status: { from: 'pending', to: 'answered' },
          answer: { from: null, to: 'Held for 48 hours.' },
        }),
      },
    ]);

    const cancelled = await request('2026-11-01T11:00:00.000Z');
    sql(`UPDATE reserve_requests SET status = 'cancelled' WHERE id = ?`, cancelled);
    const audits = rowCount(core, 'audit_log');
    const again = await failure(core, 'reserveRequests.answer', { id, answer: 'Sorry, short this week.' });
    expect(again).toMatchObject({
      code: 'CONFLICT',
      message: `Reserve request #${id} was answered by rob.reserves meanwhile`,
    });
    expect((await failure(core, 'reserveRequests.answer', { id: cancelled, answer: 'Held.' })).message).toMatch(
      /was cancelled meanwhile/,
    );
    expect((await failure(core, 'reserveRequests.answer', { id: 99, answer: 'Held.' })).code).toBe('NOT_FOUND');
    const short = await failure(core, 'reserveRequests.answer', { id: cancelled, answer: ' ok ' });
    expect(short.fieldErrors).toHaveProperty('answer');
    expect(rowCount(core, 'audit_log')).toBe(audits);
    expect((await ok(core, 'reserveRequests.list', { status: 'answered' })).items[0]?.answer).toBe(
      'Held for 48 hours.',
    );
  });

  it('pages the queue oldest first and other lists newest first, ties by id, of one customer or all', async () => {
    const at = (hour: number) => `2026-11-01T${String(hour).padStart(2, '0')}:00:00.000Z`;
    const pending = [await request(at(12)), await request(at(9)), await request(at(9), undefined, grace)];
    const answered = [await request(at(7)), await request(at(20))];
    for (const id of answered) await ok(core, 'reserveRequests.answer', { id, answer: 'Held for a day.' });
    const walk = async (input: Parameters<typeof ok<'reserveRequests.list'>>[2]) => {
      const ids: number[] = [];
      let cursor: string | undefined;
      do {
        const page = await ok(core, 'reserveRequests.list', { ...input, cursor, limit: 2 });
        ids.push(...page.items.map((item) => item.id));
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      return ids;
    };
    expect(await walk({ status: 'pending' })).toEqual([pending[1], pending[2], pending[0]]);
    expect(await walk({ status: 'answered' })).toEqual([answered[1], answered[0]]);
    expect(await walk({})).toEqual([answered[1], pending[0], pending[2], pending[1], answered[0]]);
    expect(await walk({ customerId: grace })).toEqual([pending[2]]);
    expect(await walk({ customerId: ada, status: 'pending' })).toEqual([pending[1], pending[0]]);
    expect((await failure(core, 'reserveRequests.list', { cursor: 'nonsense' })).fieldErrors).toHaveProperty('cursor');
    expect((await failure(core, 'reserveRequests.list', { customerId: 999 })).code).toBe('NOT_FOUND');

    expect(await ok(core, 'reserveRequests.count', {})).toEqual({ total: 3, capped: false });
    expect(await ok(core, 'reserveRequests.count', { status: 'answered' })).toEqual({ total: 2, capped: false });
  });

  it("shows the customer's pending requests on their dashboard", async () => {
    expect((await ok(core, 'customers.dashboard', { id: ada })).pendingReserveRequests).toBe(0);
    await request('2026-11-01T10:00:00.000Z');
    const answered = await request('2026-11-01T11:00:00.000Z');
    await request('2026-11-01T12:00:00.000Z', undefined, grace);
    await ok(core, 'reserveRequests.answer', { id: answered, answer: 'Held for a day.' });
    expect((await ok(core, 'customers.dashboard', { id: ada })).pendingReserveRequests).toBe(1);
    expect((await ok(core, 'customers.dashboard', { id: grace })).pendingReserveRequests).toBe(1);
  });
});
