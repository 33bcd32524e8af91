import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addExchange, chosenFile, ok, openTestCore, rowCount } from '../../test-support';
import { activityFixtures, adaAndGrace, importsOn } from './test-imports';

let core: Awaited<ReturnType<typeof openTestCore>>;
let ada: number;
let grace: number;
let inspect: ReturnType<typeof importsOn>['inspect'];
let dryRun: ReturnType<typeof importsOn>['dryRun'];
let importFile: ReturnType<typeof importsOn>['importFile'];

beforeEach(async () => {
  core = await openTestCore('importer');
  ({ ada, grace } = await adaAndGrace(core));
  ({ inspect, dryRun, importFile } = importsOn(core));
});
afterEach(() => core.dispose());

const problemsOf = (report: { errors: { row: number; column: string; message: string }[] }) =>
  report.errors.map((e) => [e.row, e.column, e.message]);

/** What the importer wrote to the audit log, but customers and the import entries. */
function audited(entity: string): number {
  return core.storage.reader.$client
    .prepare(`SELECT count(*) FROM audit_log WHERE actor = 'importer' AND entity = ? AND action = 'import'`)
    .pluck()
    .get(entity) as number;
}

describe('reviews from a Trustpilot-style export (stars in "Review Stars", the order in "Reference Id")', () => {
  it("takes only reviews of the customer's completed exchanges, one per exchange, each bad row reported", async () => {
    for (const [reference, status] of [
      ['EX-R1', 'completed'],
      ['EX-R2', 'completed'],
      ['EX-R3', 'processing'],
      ['EX-R4', 'completed'],
    ] as const) {
      await addExchange(core, ada, { reference, status });
    }
    await addExchange(core, grace, { reference: 'EX-G1', status: 'completed' });
    const { items } = await ok(core, 'exchanges.list', { search: 'EX-R4' });
    await ok(core, 'reviews.create', { customerId: ada, exchangeId: items[0]!.id, rating: 4, text: 'On the desk' });

    const { mapping } = await inspect('reviews-trustpilot.csv', 'reviews');
    expect(mapping.columns).toMatchObject({
      customerEmail: 'Consumer Email',
      rating: 'Review Stars',
      text: 'Review Content',
      status: 'Status',
      createdAt: 'Review Created (UTC)',
    });
    // The site's "Reference Id" is the order: the person maps it to the exchange.
    const { customerReferenceId: _order, ...columns } = mapping.columns;
    const mapped = { ...mapping, columns: { ...columns, exchangeReference: 'Reference Id' } };

    const checked = await dryRun('reviews-trustpilot.csv', 'reviews', mapped);
    expect(checked).toMatchObject({ rows: 11, toCreate: 4, invalid: 5, duplicatesInFile: 1, duplicatesInDatabase: 1 });
    const problems = problemsOf(checked);
    expect(problems).toEqual([
      [4, 'Reference Id', 'Exchange EX-R3 is paid, processing; only a completed exchange is reviewed'],
      [5, 'Reference Id', "Exchange EX-G1 is another customer's"],
      [6, 'Reference Id', 'Same exchange reference as row 2'],
      [7, 'Review Stars', expect.stringContaining('"6" is not one of: 1, 2, 3, 4, 5')],
      [8, 'Consumer Email', 'No customer has this email'],
      [10, 'Reference Id', expect.stringMatching(/^Exchange EX-R4 already has a review \(#\d+\)$/)],
      [12, 'Review Created (UTC)', '31.02.2026 10:00 is not a real date and time'],
    ]);
    expect(rowCount(core, 'reviews')).toBe(1);

    const imported = await importFile('reviews-trustpilot.csv', 'reviews', mapped);
    expect(imported).toMatchObject({ toCreate: 4, errorCount: 7 });
    const adas = await ok(core, 'reviews.list', { customerId: ada, limit: 50 });
    const byText = Object.fromEntries(adas.items.map((r) => [r.text, r]));
    expect(byText['Fast and fair, paid out "within the hour".']).toMatchObject({
      exchangeReference: 'EX-R1',
      rating: 5,
      status: 'approved',
      source: 'customer',
      createdAt: '2026-11-05T14:03:22.000Z',
      moderatedBy: 'importer',
    });
    expect(byText['Good rate.\nWould use again.']).toMatchObject({ exchangeReference: 'EX-R2', status: 'pending' });
    expect(byText['No order, just saying hi']).toMatchObject({ exchangeReference: null, rating: 3 });
    const graces = await ok(core, 'reviews.list', { customerId: grace });
    expect(graces.items).toMatchObject([{ exchangeReference: 'EX-G1', rating: 4, status: 'hidden' }]);
    const overview = await ok(core, 'reviews.overview', {});
    expect(overview).toMatchObject({ total: 5, pending: 3, approved: 1, hidden: 1 });
    expect(audited('review')).toBe(4);

    // The same file again adds nothing: every review is there already.
    const again = await importFile('reviews-trustpilot.csv', 'reviews', mapped);
    expect(again.toCreate).toBe(0);
    expect(rowCount(core, 'reviews')).toBe(5);
  });
});

describe('reserve requests from a German Excel CSV (BOM, CRLF, semicolons, decimal commas, German words)', () => {
  it('reads exact amounts per currency, maps German statuses and writes only the good rows', async () => {
    const { file, mapping } = await inspect('reserve-requests-german-excel.csv', 'reserveRequests');
    expect(file).toMatchObject({ delimiter: ';' });
    expect(mapping.columns).toMatchObject({
      customerEmail: 'E-Mail',
      customerReferenceId: 'Kundennummer',
      amount: 'Betrag',
      currency: 'Währung',
      requestedAt: 'Datum',
      status: 'Status',
      note: 'Notiz',
      answer: 'Antwort',
    });
    const { columns } = await ok(core, 'imports.values', {
      source: chosenFile(core, join(activityFixtures, 'reserve-requests-german-excel.csv')),
      mapping,
      kind: 'reserveRequests',
    });
    expect(columns.map((column) => [column.key, column.values.map((value) => value.value).sort()])).toEqual([
      ['status', ['Beantwortet', 'Offen', 'Storniert']],
    ]);
    const mapped = {
      ...mapping,
      values: { status: { Offen: 'pending', Beantwortet: 'answered', Storniert: 'cancelled' } },
    };
    const checked = await dryRun('reserve-requests-german-excel.csv', 'reserveRequests', mapped);
    expect(checked).toMatchObject({ rows: 9, toCreate: 4, invalid: 4, duplicatesInFile: 1 });
    expect(problemsOf(checked)).toEqual([
      [5, 'Betrag', 'Amount must be above zero'],
      [6, 'Währung', '"XYZ" is not a currency this desk knows'],
      [7, 'Datum', 'Same customer, amount and time as row 2'],
      [8, 'Antwort', 'An answered request needs its answer'],
      [9, 'Betrag', 'EUR has at most 2 decimals'],
    ]);
    expect(rowCount(core, 'reserve_requests')).toBe(0);

    const imported = await importFile('reserve-requests-german-excel.csv', 'reserveRequests', mapped);
    expect(imported).toMatchObject({ toCreate: 4, errorCount: 5 });
    const adas = await ok(core, 'reserveRequests.list', { customerId: ada });
    expect(adas.items.map((r) => [r.amount.amount, r.amount.currency, r.status, r.note, r.requestedAt]).sort()).toEqual(
      [
        ['150000', 'USD', 'pending', null, '2026-11-04T00:00:00.000Z'],
        ['25000', 'EUR', 'cancelled', null, '2026-11-06T08:00:00.000Z'],
        ['500000', 'EUR', 'pending', 'Für Freitag, bitte', '2026-11-02T10:00:00.000Z'],
      ],
    );
    const graces = await ok(core, 'reserveRequests.list', { customerId: grace });
    expect(graces.items).toMatchObject([
      {
        amount: { amount: '1500000', currency: 'BTC' },
        status: 'answered',
        answer: 'Reserviert bis Freitag; danach frei',
        answeredBy: 'importer',
        answeredAt: '2026-11-03T09:30:00.000Z',
      },
    ]);
    expect(await ok(core, 'reserveRequests.count', { status: 'pending' })).toEqual({ total: 2, capped: false });
    expect(audited('reserve_request')).toBe(4);
  });
});

describe('tickets from a Zendesk-style export (one row per comment)', () => {
  it('creates each ticket from its first row and threads the later rows, status from the thread', async () => {
    const { mapping } = await inspect('tickets-zendesk.csv', 'tickets');
    expect(mapping.columns).toMatchObject({
      reference: 'Ticket ID',
      subject: 'Subject',
      status: 'Status',
      customerEmail: 'Requester email',
      author: 'Comment author',
      from: 'Comment type',
      at: 'Comment created at',
      body: 'Comment body',
    });
    const checked = await dryRun('tickets-zendesk.csv', 'tickets', mapping);
    expect(checked).toMatchObject({ rows: 11, toCreate: 7, invalid: 3, duplicatesInFile: 1 });
    expect(problemsOf(checked)).toEqual([
      [7, 'Comment body', 'Same ticket, time, sender and message as row 6'],
      [8, 'Subject', 'Ticket 10444 is new: its first row gives its subject'],
      [9, 'Requester email', `Ticket 10443 is customer #${grace}'s`],
      [10, 'Comment type', expect.stringContaining('"Bot" is not one of: Customer, Staff reply, Internal note')],
    ]);
    expect(rowCount(core, 'tickets')).toBe(0);

    const imported = await importFile('tickets-zendesk.csv', 'tickets', mapping);
    expect(imported).toMatchObject({ toCreate: 7, errorCount: 4 });
    const [solved] = (await ok(core, 'tickets.list', { customerId: ada })).items;
    const record = await ok(core, 'tickets.get', { id: solved!.id });
    expect(record).toMatchObject({
      reference: '10442',
      subject: 'Exchange EX-R1 not received',
      status: 'closed',
      createdAt: '2026-11-02T10:00:00.000Z',
      lastMessageAt: '2026-11-02T11:00:00.000Z',
      closedAt: '2026-11-02T11:00:00.000Z',
      closedBy: 'importer',
      waitingSince: null,
    });
    expect(record.thread.map((m) => [m.kind, m.actor, m.body])).toEqual([
      ['customer', null, 'Hello,\nmy BTC has not arrived.'],
      ['internal_note', 'Mara Keller', 'Checked the wallet: the transfer is in the mempool.'],
      ['staff_reply', 'Mara Keller', 'It is on its way, about 30 minutes.'],
      ['customer', null, 'Arrived, thanks!'],
    ]);
    const graces = await ok(core, 'tickets.list', { customerId: grace });
    expect(graces.items.map((t) => [t.reference, t.status, t.waitingSince, t.messages]).sort()).toEqual([
      ['10443', 'open', '2026-11-03T09:00:00.000Z', 1],
      ['10445', 'answered', null, 2],
    ]);
    expect(audited('ticket')).toBe(7);

    // A later export of the same desk: the known messages are duplicates, a new one joins its thread.
    const again = await importFile('tickets-zendesk.csv', 'tickets', mapping);
    expect(again).toMatchObject({ toCreate: 0, duplicatesInDatabase: 7 });
  });
});

describe('sessions from a LibreOffice re-saved CSV (every text quoted, CRLF, extra columns)', () => {
  it('stores active and ended sessions, refusing bad addresses and times', async () => {
    const { mapping } = await inspect('sessions-libreoffice.csv', 'sessions');
    expect(mapping.columns).toMatchObject({
      customerEmail: 'Email',
      device: 'Browser',
      ipAddress: 'IP',
      place: 'Location',
      signedInAt: 'Login time',
      lastSeenAt: 'Last activity',
      endedAt: 'Logged out at',
      endedBy: 'Revoked by',
      endReason: 'Reason',
    });
    const checked = await dryRun('sessions-libreoffice.csv', 'sessions', mapping);
    expect(checked).toMatchObject({ rows: 7, toCreate: 3, invalid: 3, duplicatesInFile: 1 });
    expect(problemsOf(checked)).toEqual([
      [4, 'IP', '"999.1.1.1" is not an IPv4 or IPv6 address'],
      [5, 'Last activity', 'Last seen is before the session signed in'],
      [6, 'Revoked by', 'Give when the session ended (Ended at), or leave who ended it empty'],
      [7, 'Login time', 'Same customer, device, IP address and sign-in time as row 2'],
    ]);
    const imported = await importFile('sessions-libreoffice.csv', 'sessions', mapping);
    expect(imported).toMatchObject({ toCreate: 3, errorCount: 4 });
    const adas = await ok(core, 'sessions.list', { customerId: ada });
    expect(adas.active).toBe(1);
    expect(adas.items.map((s) => [s.device, s.ipAddress, s.place, s.endedAt, s.endedBy, s.endReason])).toEqual([
      ['Chrome 131 on Windows 11', '203.0.113.24', 'Berlin, Germany', null, null, null],
      ['Safari 18 on "Ada\'s iPhone"', '2001:db8::1', null, '2026-11-01T09:05:00.000Z', 'customer', 'Signed out'],
    ]);
    const graces = await ok(core, 'sessions.list', { customerId: grace });
    expect(graces.items).toMatchObject([
      {
        device: 'Firefox 132 on Linux',
        signedInAt: '2026-11-03T10:00:00.000Z',
        endedAt: '2026-11-03T12:30:00.000Z',
        endedBy: 'mara.keller',
        endReason: 'Suspicious sign-in',
      },
    ]);
    expect(audited('customer')).toBe(3);
  });

  it('refuses an active session of a locked customer, whose devices are all signed out', async () => {
    await ok(core, 'customers.block', { id: grace, reason: 'Fraud check' });
    const file = join(mkdtempSync(join(tmpdir(), 'kyc-sessions-')), 'locked.csv');
    writeFileSync(
      file,
      'Email,Device,IP address,Signed in at,Last seen,Ended at\r\n' +
        'grace@example.com,Firefox 132,198.51.100.9,2026-11-03 10:00,2026-11-03 11:00,\r\n' +
        'grace@example.com,Firefox 132,198.51.100.9,2026-11-02 10:00,2026-11-02 11:00,2026-11-02 11:05\r\n',
    );
    const result = await importFile(file, 'sessions');
    expect(result).toMatchObject({ toCreate: 1, invalid: 1 });
    expect(problemsOf(result)).toEqual([
      [2, 'Ended at', 'The customer is locked, so no session of theirs is active: give when this one ended'],
    ]);
    expect((await ok(core, 'sessions.list', { customerId: grace })).active).toBe(0);
  });
});
