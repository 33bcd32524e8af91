import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ReviewStatus } from '../../shared/reviews/statuses';
import { addExchange, failure, newCustomer, ok, openTestCore, rowCount } from '../test-support';
import { insertReview } from './writes';

type TestCore = Awaited<ReturnType<typeof openTestCore>>;

describe('reviews', () => {
  let core: TestCore;
  let ada: number;
  let grace: number;

  beforeEach(async () => {
    core = await openTestCore('mia.moderator');
    ada = (await ok(core, 'customers.create', newCustomer())).id;
    grace = (await ok(core, 'customers.create', newCustomer({ firstName: 'Grace', email: 'grace@example.com' }))).id;
  });
  afterEach(() => core.dispose());

  const completed = (customerId = ada) => addExchange(core, customerId, { status: 'completed' });
  const audits = (entityId: number) =>
    core.storage.reader.$client
      .prepare(
        `SELECT actor, action, reason, changes FROM audit_log WHERE entity = 'review' AND entity_id = ? ORDER BY id`,
      )
      .all(entityId)
      .map((row) => {
        const { changes, ...rest } = row as { changes: string };
        return { ...rest, changes: JSON.parse(changes) as unknown };
      });
  /** A review as the platform stored it, at a given time and status, about no exchange. */
  const stored = (createdAt: string, status: ReviewStatus = 'pending', rating = 5, customerId = ada) =>
    core.storage.withTransaction((tx) =>
      insertReview(tx, {
        customerId,
        exchangeId: null,
        rating,
        text: `Review written at ${createdAt}`,
        status,
        source: 'customer',
        createdAt,
        createdBy: null,
      }),
    );

  it("writes down a customer's review of their completed exchange, pending, and audits it", async () => {
    const exchangeId = await completed();
    const review = await ok(core, 'reviews.create', {
      customerId: ada,
      exchangeId,
      rating: 4,
      text: '  Fast payout  ',
    });
    expect(review).toMatchObject({
      customerId: ada,
      customerName: 'Ada Lovelace',
      exchangeId,
      exchangeReference: expect.stringMatching(/^EX-T/) as unknown,
      rating: 4,
      text: 'Fast payout',
      status: 'pending',
      source: 'staff',
      createdBy: 'mia.moderator',
      moderatedAt: null,
    });
    expect(audits(review.id)).toEqual([
      {
        actor: 'mia.moderator',
        action: 'create',
        reason: null,
        changes: {
          customerId: { from: null, to: ada },
          exchange: { from: null, to: review.exchangeReference },
          rating: { from: null, to: 4 },
          text: { from: null, to: 'Fast payout' },
          status: { from: null, to: 'pending' },
        },
      },
    ]);
    // Reviews about no exchange: as many as staff write down.
    await ok(core, 'reviews.create', { customerId: ada, rating: 5, text: 'Sent by email' });
    await ok(core, 'reviews.create', { customerId: ada, rating: 3, text: 'Sent by email again' });
    expect(rowCount(core, 'reviews')).toBe(3);
  });

  it('refuses a second review of an exchange, one not completed or not theirs, on the exchange field, and writes nothing', async () => {
    const reviewed = await completed();
    await ok(core, 'reviews.create', { customerId: ada, exchangeId: reviewed, rating: 5, text: 'Great' });
    const processing = await addExchange(core, ada, { status: 'processing' });
    const graces = await completed(grace);
    const before = { reviews: rowCount(core, 'reviews'), audits: rowCount(core, 'audit_log') };
    const refused = async (exchangeId: number) =>
      failure(core, 'reviews.create', { customerId: ada, exchangeId, rating: 2, text: 'Slow' });

    const twice = await refused(reviewed);
    expect(twice.code).toBe('CONFLICT');
    expect(twice.fieldErrors?.exchangeId).toMatch(/^Exchange EX-T\d+ already has a review \(#1\)$/);
    const notDone = await refused(processing);
    expect(notDone.code).toBe('VALIDATION');
    expect(notDone.fieldErrors?.exchangeId).toMatch(/is paid, processing; only a completed exchange is reviewed/);
    expect((await refused(graces)).fieldErrors?.exchangeId).toMatch(/is another customer's/);
    expect((await refused(9999)).fieldErrors?.exchangeId).toBe('Exchange #9999 does not exist');

    for (const input of [
      { customerId: ada, rating: 0, text: 'Bad' },
      { customerId: ada, rating: 6, text: 'Bad' },
      { customerId: ada, rating: 4.5, text: 'Bad' },
      { customerId: ada, rating: 4, text: '   ' },
      { customerId: ada, rating: 4, text: 'x'.repeat(2001) },
      { customerId: ada, exchangeId: '1', rating: 4, text: 'Bad' },
    ]) {
      expect((await failure(core, 'reviews.create', input)).code, JSON.stringify(input).slice(0, 80)).toBe(
        'VALIDATION',
      );
    }
    expect((await failure(core, 'reviews.create', { customerId: 999, rating: 4, text: 'Who?' })).code).toBe(
      'NOT_FOUND',
    );
    expect({ reviews: rowCount(core, 'reviews'), audits: rowCount(core, 'audit_log') }).toEqual(before);
  });

  it('approves and hides with the reason, refuses a decision made meanwhile, and audits each', async () => {
    const first = await stored('2026-11-01T10:00:00.000Z');
    const second = await stored('2026-11-01T11:00:00.000Z');
    const approved = await ok(core, 'reviews.moderate', { id: first, from: 'pending', status: 'approved' });
    expect(approved).toMatchObject({ status: 'approved', moderatedBy: 'mia.moderator', moderationReason: null });
    expect(approved.moderatedAt).not.toBeNull();

    const noReason = await failure(core, 'reviews.moderate', { id: second, from: 'pending', status: 'hidden' });
    expect(noReason.fieldErrors).toHaveProperty('reason');
    const hidden = await ok(core, 'reviews.moderate', {
      id: second,
      from: 'pending',
      status: 'hidden',
      reason: 'Advertises another exchange',
    });
    expect(hidden).toMatchObject({ status: 'hidden', moderationReason: 'Advertises another exchange' });

    // Someone else decided while this moderator still saw it pending: nothing changes.
    const auditsBefore = rowCount(core, 'audit_log');
    const late = await failure(core, 'reviews.moderate', {
      id: first,
      from: 'pending',
      status: 'hidden',
      reason: 'Offensive language',
    });
    expect(late).toMatchObject({
      code: 'CONFLICT',
      message: 'Review #1 was approved by mia.moderator meanwhile',
    });
    expect((await failure(core, 'reviews.moderate', { id: first, from: 'approved', status: 'approved' })).code).toBe(
      'CONFLICT',
    );
    expect((await failure(core, 'reviews.moderate', { id: 99, from: 'pending', status: 'approved' })).code).toBe(
      'NOT_FOUND',
    );
    expect(rowCount(core, 'audit_log')).toBe(auditsBefore);
    expect((await ok(core, 'reviews.list', { status: 'approved' })).items.map((review) => review.id)).toEqual([first]);

    // A moderator who saw it approved may hide it later, with a reason.
    await ok(core, 'reviews.moderate', { id: first, from: 'approved', status: 'hidden', reason: 'Duplicate review' });
    expect(audits(first)).toEqual([
      {
        actor: 'mia.moderator',
        action: 'approve',
        reason: null,
        changes: { status: { from: 'pending', to: 'approved' } },
      },
      {
        actor: 'mia.moderator',
        action: 'hide',
        reason: 'Duplicate review',
        changes: { status: { from: 'approved', to: 'hidden' } },
      },
    ]);
    expect(audits(second)).toEqual([
      {
        actor: 'mia.moderator',
        action: 'hide',
        reason: 'Advertises another exchange',
        changes: { status: { from: 'pending', to: 'hidden' } },
      },
    ]);
  });

  it('pages the queue oldest first and other lists newest first, ties by id, by customer and rating', async () => {
    const at = (hour: number) => `2026-11-01T${String(hour).padStart(2, '0')}:00:00.000Z`;
    const pending = [
      await stored(at(12)),
      await stored(at(9)),
      await stored(at(9)),
      await stored(at(15), 'pending', 1),
    ];
    const approved = [await stored(at(8), 'approved'), await stored(at(20), 'approved', 2, grace)];
    const walk = async (input: Parameters<typeof ok<'reviews.list'>>[2]) => {
      const ids: number[] = [];
      let cursor: string | undefined;
      do {
        const page = await ok(core, 'reviews.list', { ...input, cursor, limit: 2 });
        expect(page.items.length).toBeLessThanOrEqual(2);
        ids.push(...page.items.map((review) => review.id));
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      return ids;
    };
    expect(await walk({ status: 'pending' })).toEqual([pending[1], pending[2], pending[0], pending[3]]);
    expect(await walk({ status: 'approved' })).toEqual([approved[1], approved[0]]);
    expect(await walk({})).toEqual([approved[1], pending[3], pending[0], pending[2], pending[1], approved[0]]);
    expect(await walk({ customerId: grace })).toEqual([approved[1]]);
    expect(await walk({ rating: 1 })).toEqual([pending[3]]);
    expect(await walk({ customerId: ada, status: 'pending', rating: 5 })).toEqual([pending[1], pending[2], pending[0]]);
    expect((await failure(core, 'reviews.list', { cursor: 'nonsense' })).fieldErrors).toHaveProperty('cursor');
    expect((await failure(core, 'reviews.list', { customerId: 999 })).code).toBe('NOT_FOUND');
  });

  it('gives the overview from the tallies: rates and average in hundredths, the last day, the distribution', async () => {
    expect(await ok(core, 'reviews.overview', {})).toEqual({
      total: 0,
      pending: 0,
      approved: 0,
      hidden: 0,
      approvalRate: null,
      averageRating: null,
      last24Hours: 0,
      distribution: [1, 2, 3, 4, 5].map((rating) => ({ rating, count: 0 })),
    });
    const recent = new Date(Date.now() - 3_600_000).toISOString();
    await stored('2026-01-01T00:00:00.000Z', 'approved', 5);
    await stored('2026-01-02T00:00:00.000Z', 'approved', 4);
    const toHide = await stored(recent, 'pending', 4);
    await stored(recent, 'pending', 1, grace);
    await ok(core, 'reviews.moderate', { id: toHide, from: 'pending', status: 'hidden', reason: 'Offensive language' });
    expect(await ok(core, 'reviews.overview', {})).toEqual({
      total: 4,
      pending: 1,
      approved: 2,
      hidden: 1,
      // 2 of 3 moderated: 66.666...% rounds to 66.67 %.
      approvalRate: 6667,
      // (5 + 4 + 4 + 1) / 4 = 3.5 stars.
      averageRating: 350,
      last24Hours: 2,
      distribution: [
        { rating: 1, count: 1 },
        { rating: 2, count: 0 },
        { rating: 3, count: 0 },
        { rating: 4, count: 2 },
        { rating: 5, count: 1 },
      ],
    });
  });

  it('counts every review of the customer on their dashboard, whatever its moderation', async () => {
    expect((await ok(core, 'customers.dashboard', { id: ada })).reviews).toBe(0);
    await stored('2026-11-01T10:00:00.000Z', 'pending');
    await stored('2026-11-01T11:00:00.000Z', 'hidden');
    await stored('2026-11-01T12:00:00.000Z', 'approved', 3, grace);
    expect((await ok(core, 'customers.dashboard', { id: ada })).reviews).toBe(2);
    expect((await ok(core, 'customers.dashboard', { id: grace })).reviews).toBe(1);
  });
});
