import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { failure, newCustomer, ok, openTestCore } from '../test-support';
import { insertSession, type NewSession } from './insert';

type TestCore = Awaited<ReturnType<typeof openTestCore>>;

describe('customer sessions', () => {
  let core: TestCore;
  let customerId: number;
  let otherId: number;

  beforeEach(async () => {
    core = await openTestCore('ada.security');
    customerId = (await ok(core, 'customers.create', newCustomer())).id;
    otherId = (await ok(core, 'customers.create', newCustomer({ email: 'grace@example.com', firstName: 'Grace' }))).id;
  });
  afterEach(() => core.dispose());

  const signIn = (lastSeenAt: string, overrides: Partial<NewSession> = {}) =>
    core.storage.withTransaction((tx) =>
      insertSession(tx, {
        customerId,
        device: 'Chrome 131 on Windows 11',
        ipAddress: '203.0.113.7',
        place: 'Berlin, Germany',
        signedInAt: '2026-11-01T08:00:00.000Z',
        lastSeenAt,
        ...overrides,
      }),
    );
  const history = async (id = customerId) =>
    (await ok(core, 'customers.history', { id })).filter((entry) => entry.action.startsWith('session.')).reverse();
  const sessionRows = () =>
    core.storage.reader.$client
      .prepare('SELECT id, ended_at, ended_by, end_reason FROM customer_sessions ORDER BY id')
      .all();
  const allIds = async (id = customerId) => {
    const seen: number[] = [];
    let cursor: string | undefined;
    do {
      const page = await ok(core, 'sessions.list', { customerId: id, limit: 2, ...(cursor ? { cursor } : {}) });
      seen.push(...page.items.map((s) => s.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    return seen;
  };

  it('lists active sessions first by last seen, then ended ones newest first, page by page', async () => {
    const older = await signIn('2026-11-02T08:00:00.000Z');
    const newer = await signIn('2026-11-03T08:00:00.000Z');
    const endedOld = await signIn('2026-10-01T08:00:00.000Z');
    const endedNew = await signIn('2026-11-04T08:00:00.000Z');
    await signIn('2026-11-05T08:00:00.000Z', { customerId: otherId });
    await ok(core, 'sessions.end', { id: endedOld, reason: 'Unknown device' });
    await ok(core, 'sessions.end', { id: endedNew, reason: 'Unknown device' });

    expect(await allIds()).toEqual([newer, older, endedNew, endedOld]);
    const first = await ok(core, 'sessions.list', { customerId });
    expect(first.active).toBe(2);
    expect(first.items[2]).toMatchObject({
      endedBy: 'ada.security',
      endReason: 'Unknown device',
      place: 'Berlin, Germany',
    });
    expect((await failure(core, 'sessions.list', { customerId: 999 })).code).toBe('NOT_FOUND');
    expect((await failure(core, 'sessions.list', { customerId, cursor: 'nope' })).code).toBe('VALIDATION');
  });

  it('ends one session with its reason, once: ending it again is a CONFLICT that writes nothing', async () => {
    const id = await signIn('2026-11-02T08:00:00.000Z');
    const kept = await signIn('2026-11-03T08:00:00.000Z');
    const ended = await ok(core, 'sessions.end', { id, reason: 'Customer lost this laptop' });
    expect(ended).toMatchObject({ id, endedBy: 'ada.security', endReason: 'Customer lost this laptop' });
    expect(ended.endedAt).not.toBeNull();
    const rows = sessionRows();
    expect(await failure(core, 'sessions.end', { id, reason: 'Again, to be sure' })).toMatchObject({
      code: 'CONFLICT',
    });
    expect(sessionRows()).toEqual(rows);
    expect((await ok(core, 'sessions.list', { customerId })).active).toBe(1);
    expect(await history()).toMatchObject([
      {
        action: 'session.end',
        actor: 'ada.security',
        reason: 'Customer lost this laptop',
        changes: { [`session.${id}`]: { from: 'active', to: 'ended' } },
      },
    ]);
    expect((await history())[0]?.changes).not.toHaveProperty(`session.${kept}`);
  });

  it('ends all active sessions of one customer in one go, says how many, and audits it', async () => {
    const a = await signIn('2026-11-02T08:00:00.000Z');
    const b = await signIn('2026-11-03T08:00:00.000Z');
    const before = await signIn('2026-11-01T08:00:00.000Z');
    const others = await signIn('2026-11-03T08:00:00.000Z', { customerId: otherId });
    await ok(core, 'sessions.end', { id: before, reason: 'Unknown device' });

    expect(await ok(core, 'sessions.endAll', { customerId, reason: 'Password reset on request' })).toEqual({
      ended: 2,
    });
    const list = await ok(core, 'sessions.list', { customerId });
    expect(list.active).toBe(0);
    expect(list.items.find((s) => s.id === before)).toMatchObject({ endReason: 'Unknown device' });
    expect(
      list.items
        .filter((s) => s.endReason === 'Password reset on request')
        .map((s) => s.id)
        .sort(),
    ).toEqual([a, b].sort());
    expect((await ok(core, 'sessions.list', { customerId: otherId })).items[0]).toMatchObject({
      id: others,
      endedAt: null,
    });
    const entries = await history();
    expect(entries.map((e) => [e.action, e.reason])).toEqual([
      ['session.end', 'Unknown device'],
      ['session.end_all', 'Password reset on request'],
    ]);
    expect(Object.keys(entries[1]?.changes ?? {}).sort()).toEqual([`session.${a}`, `session.${b}`].sort());

    // Nothing left to end: not an error, and nothing recorded.
    expect(await ok(core, 'sessions.endAll', { customerId, reason: 'Password reset on request' })).toEqual({
      ended: 0,
    });
    expect(await history()).toHaveLength(2);
  });

  it('blocking a customer ends their sessions in the same transaction, audited; other statuses do not', async () => {
    const a = await signIn('2026-11-02T08:00:00.000Z');
    await signIn('2026-11-03T08:00:00.000Z', { customerId: otherId });
    await ok(core, 'customers.setStatus', { id: customerId, status: 'restricted', reason: 'Limits under review' });
    expect((await ok(core, 'sessions.list', { customerId })).active).toBe(1);

    await ok(core, 'customers.block', { id: customerId, reason: 'Chargeback under review' });
    const list = await ok(core, 'sessions.list', { customerId });
    expect(list.active).toBe(0);
    expect(list.items[0]).toMatchObject({
      id: a,
      endedBy: 'ada.security',
      endReason: 'Customer locked: Chargeback under review',
    });
    expect((await ok(core, 'sessions.list', { customerId: otherId })).active).toBe(1);
    const actions = (await ok(core, 'customers.history', { id: customerId })).map((e) => e.action).reverse();
    expect(actions).toEqual(['create', 'status', 'block', 'session.end_all']);

    // When the block cannot be recorded, the sessions stay as they were.
    const b = await signIn('2026-11-04T08:00:00.000Z', { customerId: otherId });
    core.storage.writer.$client.exec(
      "CREATE TEMP TRIGGER audit_refused BEFORE INSERT ON audit_log WHEN NEW.action = 'session.end_all' BEGIN SELECT RAISE(ABORT, 'audit refused'); END",
    );
    expect((await failure(core, 'customers.block', { id: otherId, reason: 'Suspected fraud' })).code).toBe('INTERNAL');
    expect(await ok(core, 'customers.get', { id: otherId })).toMatchObject({ status: 'approval_pending' });
    expect(
      (await ok(core, 'sessions.list', { customerId: otherId })).items.map((s) => [s.id, s.endedAt]),
    ).toContainEqual([b, null]);
    expect((await ok(core, 'sessions.list', { customerId: otherId })).active).toBe(2);
  });

  it('refuses bad input and changes nothing', async () => {
    const id = await signIn('2026-11-02T08:00:00.000Z');
    const rows = sessionRows();
    const refused = [
      await failure(core, 'sessions.end', { id, reason: '' }),
      await failure(core, 'sessions.end', { id, reason: 'x'.repeat(501) }),
      await failure(core, 'sessions.end', { id: -1, reason: 'Unknown device' }),
      await failure(core, 'sessions.endAll', { customerId, reason: 'no' }),
      await failure(core, 'sessions.endAll', { customerId: 'all', reason: 'Unknown device' }),
    ];
    expect(refused.map((e) => e.code)).toEqual(Array(refused.length).fill('VALIDATION'));
    expect(refused[0]?.fieldErrors).toHaveProperty('reason');
    expect((await failure(core, 'sessions.end', { id: 999, reason: 'Unknown device' })).code).toBe('NOT_FOUND');
    expect((await failure(core, 'sessions.endAll', { customerId: 999, reason: 'Unknown device' })).code).toBe(
      'NOT_FOUND',
    );
    expect(sessionRows()).toEqual(rows);
    expect(await history()).toEqual([]);
  });
});
