import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ActivityExportInput } from '../../shared/exports/activity';
import type { ImportKind } from '../../shared/imports/kinds';
import type { ImportMapping } from '../../shared/imports/mapping';
import { customerFacingMessageKinds } from '../../shared/tickets/statuses';
import { adaAndGrace, exportedTo, hasSoffice, importsOn, resaved } from '../imports/activity/test-imports';
import { addExchange, doneJob, ok, openTestCore } from '../test-support';

type TestCore = Awaited<ReturnType<typeof openTestCore>>;
let from: TestCore;
let to: TestCore;
let work: string;
let ada: number;
let grace: number;
const internalNote = 'Second request this week: check the source of funds';

/** The same customers and completed exchanges on both desks (a review names its exchange by reference). */
async function customersOn(core: TestCore): Promise<[number, number]> {
  const { ada: first, grace: second } = await adaAndGrace(core);
  for (const [customer, reference] of [
    [first, 'EX-R1'],
    [first, 'EX-R2'],
    [second, 'EX-G1'],
  ] as const) {
    await addExchange(core, customer, { reference, status: 'completed' });
  }
  return [first, second];
}

async function imported(core: TestCore, file: string, kind: ImportKind, values: ImportMapping['values'] = {}) {
  const { inspect, importFile } = importsOn(core);
  const { mapping } = await inspect(file, kind);
  return importFile(file, kind, { ...mapping, values });
}

async function exchangeId(core: TestCore, reference: string): Promise<number> {
  return (await ok(core, 'exchanges.list', { search: reference })).items[0]!.id;
}

beforeEach(async () => {
  work = mkdtempSync(join(tmpdir(), 'kyc-activity-ii-trip-'));
  from = await openTestCore('exporter');
  to = await openTestCore('importer');
  [ada, grace] = await customersOn(from);
  await customersOn(to);

  await ok(from, 'reviews.create', {
    customerId: ada,
    exchangeId: await exchangeId(from, 'EX-R1'),
    rating: 5,
    text: '=1+1 fast, "fair";\nwould use again',
  });
  await ok(from, 'reviews.create', { customerId: ada, rating: 2, text: 'Slow support' });
  const hidden = await ok(from, 'reviews.create', {
    customerId: grace,
    exchangeId: await exchangeId(from, 'EX-G1'),
    rating: 1,
    text: 'Spam link www.example.com',
  });
  await ok(from, 'reviews.moderate', { id: hidden.id, from: 'pending', status: 'hidden', reason: 'Advertising' });

  await imported(from, 'reserve-requests-german-excel.csv', 'reserveRequests', {
    status: { Offen: 'pending', Beantwortet: 'answered', Storniert: 'cancelled' },
  });
  const pending = await ok(from, 'reserveRequests.list', { customerId: ada, status: 'pending' });
  await ok(from, 'reserveRequests.answer', { id: pending.items[0]!.id, answer: 'Held for you until Friday' });

  await imported(from, 'tickets-zendesk.csv', 'tickets');
  const open = await ok(from, 'tickets.list', { customerId: grace, status: 'open' });
  await ok(from, 'tickets.reply', { id: open.items[0]!.id, body: internalNote, internal: true });
  await ok(from, 'tickets.reply', { id: open.items[0]!.id, body: 'We hold 5,000 EUR for you until Friday.' });

  await imported(from, 'sessions-libreoffice.csv', 'sessions');
  const sessions = await ok(from, 'sessions.list', { customerId: ada });
  const active = sessions.items.find((s) => s.endedAt === null)!;
  await ok(from, 'sessions.end', { id: active.id, reason: 'Unknown device' });
}, 60_000);
afterEach(async () => {
  await from.dispose();
  await to.dispose();
});

const exported = (input: ActivityExportInput) => exportedTo(from, work, input);

/** What a desk shows of each kind, without what differs by desk (ids, who moderated or answered). */
async function reviewsOf(core: TestCore) {
  const { items } = await ok(core, 'reviews.list', { limit: 500 });
  return items
    .map((r) => [r.customerName, r.exchangeReference, r.rating, r.text, r.status, r.createdAt])
    .sort((a, b) => String(a[5]).localeCompare(String(b[5])));
}

async function reserveRequestsOf(core: TestCore) {
  const { items } = await ok(core, 'reserveRequests.list', { limit: 500 });
  return items
    .map((r) => [r.customerName, r.amount, r.note, r.status, r.requestedAt, r.answer, r.answeredAt])
    .sort((a, b) => String(a[4]).localeCompare(String(b[4])));
}

const shown = new Set<string>(customerFacingMessageKinds);

async function ticketsOf(core: TestCore, customerId: number) {
  const { items } = await ok(core, 'tickets.list', { customerId, limit: 500 });
  const records = await Promise.all(items.map((item) => ok(core, 'tickets.get', { id: item.id })));
  return records
    .map((t) => ({
      reference: t.reference,
      customerEmail: t.customerEmail,
      subject: t.subject,
      status: t.status,
      createdAt: t.createdAt,
      lastMessageAt: t.lastMessageAt,
      waitingSince: t.waitingSince,
      closedAt: t.closedAt,
      thread: t.thread.filter((m) => shown.has(m.kind)).map((m) => [m.kind, m.actor, m.at, m.body]),
    }))
    .sort((a, b) => a.reference.localeCompare(b.reference));
}

async function sessionsOf(core: TestCore, customerId: number) {
  const { items, active } = await ok(core, 'sessions.list', { customerId });
  return {
    active,
    items: items.map((s) => [
      s.device,
      s.ipAddress,
      s.place,
      s.signedInAt,
      s.lastSeenAt,
      s.endedAt,
      s.endedBy,
      s.endReason,
    ]),
  };
}

describe('reviews, reserve requests, tickets and sessions exported by the desk import back exactly', () => {
  for (const format of ['csv', 'xlsx'] as const) {
    it(`through ${format.toUpperCase()}`, async () => {
      const reviews = await imported(to, await exported({ kind: 'reviews', format }), 'reviews');
      expect(reviews).toMatchObject({ rows: 3, toCreate: 3, errorCount: 0 });
      expect(await reviewsOf(to)).toEqual(await reviewsOf(from));

      const requests = await imported(to, await exported({ kind: 'reserveRequests', format }), 'reserveRequests');
      expect(requests).toMatchObject({ rows: 4, toCreate: 4, errorCount: 0 });
      expect(await reserveRequestsOf(to)).toEqual(await reserveRequestsOf(from));

      for (const customerId of [ada, grace]) {
        const tickets = await imported(to, await exported({ kind: 'tickets', format, customerId }), 'tickets');
        expect(tickets).toMatchObject({ errorCount: 0 });
        expect(await ticketsOf(to, customerId)).toEqual(await ticketsOf(from, customerId));
        const sessions = await imported(to, await exported({ kind: 'sessions', format, customerId }), 'sessions');
        expect(sessions).toMatchObject({ errorCount: 0 });
        expect(await sessionsOf(to, customerId)).toEqual(await sessionsOf(from, customerId));
      }
      // Ten export and import jobs, each a worker: slow on a busy machine.
    }, 180_000);
  }

  it.skipIf(!hasSoffice)(
    'a ticket and review export re-saved by LibreOffice (multi-line cells, quotes) imports back the same',
    async () => {
      for (const format of ['csv', 'xlsx'] as const) {
        const reviews = await imported(
          to,
          resaved(await exported({ kind: 'reviews', format }), work, format),
          'reviews',
        );
        expect(reviews.errors).toEqual([]);
        expect(await reviewsOf(to)).toEqual(await reviewsOf(from));
        const file = resaved(await exported({ kind: 'tickets', format, customerId: ada }), work, format);
        expect((await imported(to, file, 'tickets')).errors).toEqual([]);
        expect(await ticketsOf(to, ada)).toEqual(await ticketsOf(from, ada));
        // The second format finds the first one's records already here.
        if (format === 'csv') {
          await to.dispose();
          to = await openTestCore('importer');
          await customersOn(to);
        }
      }
    },
    240_000,
  );

  it('leaves every internal note out of a ticket export: a row per message the customer saw', async () => {
    const file = await exported({ kind: 'tickets', format: 'csv', customerId: grace });
    const text = readFileSync(file, 'utf8');
    expect(text).not.toContain(internalNote);
    const lines = text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe(
      'Ticket reference,Customer email,Customer reference ID,Subject,Ticket status,Message from,Written by,Message at,Message,Closed at',
    );
    expect(lines.slice(1).map((line) => line.split(',').slice(0, 7).join(','))).toEqual([
      '10443,grace@example.com,CUS-2002,Reserve for Friday,Answered,Customer,',
      '10443,grace@example.com,CUS-2002,Reserve for Friday,Answered,Staff reply,exporter',
      '10445,grace@example.com,CUS-2002,Password reset,Answered,Customer,',
      '10445,grace@example.com,CUS-2002,Password reset,Answered,Staff reply,Mara Keller',
    ]);
    // Ada's thread had an internal note from the help desk's export too.
    const adas = readFileSync(await exported({ kind: 'tickets', format: 'csv', customerId: ada }), 'utf8');
    expect(adas).not.toContain('mempool');
  });

  it("names the job by what it exports and counts a customer's rows", async () => {
    const job = await ok(from, 'exports.activity', { kind: 'sessions', format: 'csv', customerId: ada });
    expect(job.label).toBe(`Export of 2 sessions of customer #${ada} to CSV`);
    const all = await ok(from, 'exports.activity', { kind: 'reviews', format: 'xlsx' });
    expect(all.label).toBe('Export of 3 reviews to XLSX');
    await doneJob(from, job);
    await doneJob(from, all);
  });
});
