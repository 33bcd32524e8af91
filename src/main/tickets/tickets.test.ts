import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { customerFacingMessageKinds } from '../../shared/tickets/statuses';
import { failure, newCustomer, ok, openTestCore, rowCount } from '../test-support';
import { insertTicket, type NewTicket, type NewTicketMessage } from './insert';

type TestCore = Awaited<ReturnType<typeof openTestCore>>;

const customerSays = (at: string, body = 'Where is my payout?'): NewTicketMessage => ({
  kind: 'customer',
  body,
  at,
  actor: null,
});
const staffSays = (at: string, body = 'We are checking it.'): NewTicketMessage => ({
  kind: 'staff_reply',
  body,
  at,
  actor: 'bob',
});

describe('support tickets', () => {
  let core: TestCore;
  let customerId: number;
  let serial = 0;

  beforeEach(async () => {
    core = await openTestCore('ada.support');
    customerId = (await ok(core, 'customers.create', newCustomer())).id;
  });
  afterEach(() => core.dispose());

  const add = (messages: NewTicketMessage[], extra: Partial<NewTicket> = {}) => {
    serial += 1;
    return core.storage.withTransaction((tx) =>
      insertTicket(tx, {
        reference: `TK-${serial}`,
        customerId: extra.customerId ?? customerId,
        subject: 'Payout late',
        messages,
        ...extra,
      }),
    );
  };
  const audit = (id: number) =>
    core.storage.reader.$client
      .prepare(
        "SELECT action, actor, reason, changes FROM audit_log WHERE entity = 'ticket' AND entity_id = ? ORDER BY id",
      )
      .all(id) as { action: string; actor: string; reason: string | null; changes: string }[];

  it('gives the thread in order, and derives the status and the wait from it', async () => {
    const id = await add([
      customerSays('2026-11-01T09:00:00.000Z', 'First'),
      staffSays('2026-11-01T10:00:00.000Z', 'Reply'),
      // Stored out of order: the thread is read by time.
      customerSays('2026-11-01T12:00:00.000Z', 'Third'),
      customerSays('2026-11-01T11:00:00.000Z', 'Second'),
    ]);
    const ticket = await ok(core, 'tickets.get', { id });
    expect(ticket.thread.map((m) => m.body)).toEqual(['First', 'Reply', 'Second', 'Third']);
    expect(ticket).toMatchObject({
      status: 'open',
      waitingSince: '2026-11-01T11:00:00.000Z',
      lastMessageAt: '2026-11-01T12:00:00.000Z',
      messages: 4,
      customerName: 'Ada Lovelace',
      customerEmail: 'ada@example.com',
    });
    expect((await failure(core, 'tickets.get', { id: 999 })).code).toBe('NOT_FOUND');
  });

  it('serves open tickets by who has waited longest, then the others newest first, page by page', async () => {
    const other = (await ok(core, 'customers.create', newCustomer({ email: 'grace@example.com', firstName: 'Grace' })))
      .id;
    const late = await add([customerSays('2026-11-03T09:00:00.000Z')]);
    const early = await add([customerSays('2026-11-01T09:00:00.000Z')], { customerId: other });
    const answeredOld = await add([customerSays('2026-10-01T09:00:00.000Z'), staffSays('2026-10-02T09:00:00.000Z')]);
    const answeredNew = await add([customerSays('2026-10-05T09:00:00.000Z'), staffSays('2026-10-06T09:00:00.000Z')]);
    const closed = await add([customerSays('2026-10-03T09:00:00.000Z')], {
      closed: { at: '2026-10-04T09:00:00.000Z', by: 'bob', reason: 'Resolved' },
    });

    const ids = async (input: { customerId?: number; status?: 'open' | 'answered' | 'closed' }) => {
      const seen: number[] = [];
      let cursor: string | undefined;
      do {
        const page = await ok(core, 'tickets.list', { ...input, limit: 2, ...(cursor ? { cursor } : {}) });
        seen.push(...page.items.map((t) => t.id));
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      return seen;
    };
    expect(await ids({ status: 'open' })).toEqual([early, late]);
    expect(await ids({})).toEqual([early, late, answeredNew, closed, answeredOld]);
    expect(await ids({ customerId })).toEqual([late, answeredNew, closed, answeredOld]);
    expect(await ids({ status: 'answered' })).toEqual([answeredNew, answeredOld]);
    expect(await ok(core, 'tickets.count', {})).toEqual({ total: 2, capped: false });
    expect(await ok(core, 'tickets.count', { status: 'closed' })).toEqual({ total: 1, capped: false });

    expect((await failure(core, 'tickets.list', { cursor: 'not-a-cursor' })).code).toBe('VALIDATION');
    const forged = Buffer.from(JSON.stringify([7, 'x', 1])).toString('base64url');
    expect((await failure(core, 'tickets.list', { cursor: forged })).code).toBe('VALIDATION');
    expect((await failure(core, 'tickets.list', { customerId: 999 })).code).toBe('NOT_FOUND');
  });

  it('a staff reply answers the ticket; an internal note changes nothing the customer sees', async () => {
    const id = await add([customerSays('2026-11-01T09:00:00.000Z')]);
    const noted = await ok(core, 'tickets.reply', { id, body: '  Check the payout log first  ', internal: true });
    expect(noted).toMatchObject({ status: 'open', waitingSince: '2026-11-01T09:00:00.000Z' });
    expect(noted.lastMessageAt).toBe('2026-11-01T09:00:00.000Z');
    expect(noted.thread.at(-1)).toMatchObject({
      kind: 'internal_note',
      body: 'Check the payout log first',
      actor: 'ada.support',
    });

    const replied = await ok(core, 'tickets.reply', { id, body: 'Your payout left today.' });
    expect(replied).toMatchObject({ status: 'answered', waitingSince: null });
    expect(replied.thread.map((m) => m.kind)).toEqual(['customer', 'internal_note', 'staff_reply']);
    // What the customer sees of it: their message and the reply, never the note.
    const customerSees = replied.thread.filter((m) =>
      (customerFacingMessageKinds as readonly string[]).includes(m.kind),
    );
    expect(customerSees.map((m) => m.body)).toEqual(['Where is my payout?', 'Your payout left today.']);

    expect(audit(id).map((row) => [row.action, row.actor, JSON.parse(row.changes)])).toEqual([
      ['internal_note', 'ada.support', { internal_note: { from: null, to: noted.thread[1]?.id } }],
      [
        'staff_reply',
        'ada.support',
        { staff_reply: { from: null, to: replied.thread[2]?.id }, status: { from: 'open', to: 'answered' } },
      ],
    ]);
  });

  it('closes with a reason, once: closing again or replying after is a CONFLICT that writes nothing', async () => {
    const id = await add([customerSays('2026-11-01T09:00:00.000Z')]);
    const closed = await ok(core, 'tickets.close', { id, reason: 'Resolved by phone' });
    expect(closed).toMatchObject({
      status: 'closed',
      closedBy: 'ada.support',
      closeReason: 'Resolved by phone',
      waitingSince: null,
    });
    expect(closed.closedAt).not.toBeNull();
    expect(await failure(core, 'tickets.close', { id, reason: 'Resolved twice' })).toMatchObject({ code: 'CONFLICT' });
    for (const internal of [false, true]) {
      expect(await failure(core, 'tickets.reply', { id, body: 'Anything else?', internal })).toMatchObject({
        code: 'CONFLICT',
      });
    }
    expect(rowCount(core, 'ticket_messages')).toBe(1);
    expect(audit(id).map((row) => [row.action, row.reason, JSON.parse(row.changes)])).toEqual([
      ['close', 'Resolved by phone', { status: { from: 'open', to: 'closed' } }],
    ]);
  });

  it('refuses bad input and changes nothing', async () => {
    const id = await add([customerSays('2026-11-01T09:00:00.000Z')]);
    const before = await ok(core, 'tickets.get', { id });
    const refused = [
      await failure(core, 'tickets.reply', { id, body: '   ' }),
      await failure(core, 'tickets.reply', { id, body: 'x'.repeat(10_001) }),
      await failure(core, 'tickets.reply', { id, body: 'Hello', internal: 'yes' }),
      await failure(core, 'tickets.reply', { id: 'one', body: 'Hello' }),
      await failure(core, 'tickets.close', { id, reason: 'no' }),
      await failure(core, 'tickets.close', { id }),
    ];
    expect(refused.map((error) => error.code)).toEqual(Array(refused.length).fill('VALIDATION'));
    expect(refused[0]?.fieldErrors).toHaveProperty('body');
    expect(refused[4]?.fieldErrors).toHaveProperty('reason');
    expect((await failure(core, 'tickets.reply', { id: 999, body: 'Hello' })).code).toBe('NOT_FOUND');
    expect((await failure(core, 'tickets.close', { id: 999, reason: 'Resolved' })).code).toBe('NOT_FOUND');
    expect(await ok(core, 'tickets.get', { id })).toEqual(before);
    expect(audit(id)).toEqual([]);
  });

  it('rolls the reply back when its audit entry cannot be written', async () => {
    const id = await add([customerSays('2026-11-01T09:00:00.000Z')]);
    core.storage.writer.$client.exec(
      "CREATE TEMP TRIGGER audit_refused BEFORE INSERT ON audit_log BEGIN SELECT RAISE(ABORT, 'audit refused'); END",
    );
    expect((await failure(core, 'tickets.reply', { id, body: 'Hello' })).code).toBe('INTERNAL');
    expect((await failure(core, 'tickets.close', { id, reason: 'Resolved' })).code).toBe('INTERNAL');
    expect(await ok(core, 'tickets.get', { id })).toMatchObject({ status: 'open', messages: 1 });
  });
});
