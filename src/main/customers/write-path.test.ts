import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { customerInput, type CustomerInput } from '../../shared/customers/schema';
import type { ImportOptions, ImportReport } from '../../shared/imports/contract';
import type { JobInfo } from '../../shared/jobs/contract';
import { chosenFile, ok, openTestCore } from '../test-support';
import { sqliteCustomerRows } from './sqlite-customer-rows';
import { CustomerWriter, seedOrigin } from './write';

type TestCore = Awaited<ReturnType<typeof openTestCore>>;

/** One customer, as the form sends it and as a file holds it. */
const input: CustomerInput = {
  firstName: 'Ada',
  lastName: 'Lovelace',
  email: 'ada@example.com',
  gender: 'female',
  country: 'GB',
  phone: '+447911123456',
  affiliateProfitShare: '12.5',
  city: 'London',
  referenceId: 'ACC-77',
  verifiedEmail: true,
  labels: ['pep', 'vip'],
  customFields: [{ key: 'segment', value: 'retail' }],
};
const file = [
  'First name,Last name,Email,Gender,Country,Phone,Affiliate profit share,City,Reference ID,Email verified,Labels,Custom fields',
  'Ada,Lovelace,ada@example.com,female,GB,+447911123456,12.5,London,ACC-77,yes,pep; vip,segment=retail',
].join('\n');
const searches = ['Lovelace', 'ada', 'ada@example.com', '07911 123456', 'ACC-77'];

const cores: TestCore[] = [];
afterEach(() => Promise.all(cores.splice(0).map((core) => core.dispose())));

async function fresh(): Promise<TestCore> {
  const core = await openTestCore('alice');
  cores.push(core);
  return core;
}

async function byForm(): Promise<TestCore> {
  const core = await fresh();
  await ok(core, 'customers.create', input);
  return core;
}

/** Imports `content` as clients.csv into `core`, creating or (by email) updating customers. */
async function importFile(core: TestCore, content: string, mode: ImportOptions['mode']): Promise<ImportReport> {
  const path = join(mkdtempSync(join(tmpdir(), 'kyc-clients-')), 'clients.csv');
  writeFileSync(path, `${content}\n`);
  const source = chosenFile(core, path);
  const { mapping } = await ok(core, 'imports.inspect', { source });
  const started = (await ok(core, 'imports.start', {
    source,
    mapping: mapping as ImportOptions['mapping'],
    mode,
  })) as JobInfo;
  return (await core.jobs.wait(started.id)).result as ImportReport;
}

async function byImport(): Promise<TestCore> {
  const core = await fresh();
  expect(await importFile(core, file, 'insert')).toMatchObject({ toCreate: 1, errorCount: 0 });
  return core;
}

/** The seed's path: its batch writer, with data the shared schema produced. */
async function bySeedPath(): Promise<TestCore> {
  const core = await fresh();
  const writer = new CustomerWriter(sqliteCustomerRows, core.decisionChain);
  const data = customerInput.parse(input);
  await core.storage.withTransaction((tx) => writer.create(tx, [{ data }], seedOrigin('alice')));
  return core;
}

/** Everything stored about the one customer in `core`, with ids and times left out. */
async function stored(core: TestCore) {
  const sql = core.storage.reader.$client;
  const {
    id,
    created_at: _c,
    updated_at: _u,
    ...row
  } = sql.prepare('SELECT * FROM customers').get() as {
    id: number;
    created_at: string;
    updated_at: string;
  };
  const hits = [];
  for (const search of searches) {
    const page = await ok(core, 'customers.list', { search });
    hits.push(page.items.map((item) => item.id === id));
  }
  const withoutNote = (rows: { note: string | null }[]) => rows.map(({ note: _note, ...rest }) => rest);
  const checks = sql
    .prepare(
      `SELECT "check", state, decided_by AS decidedBy, note, requested_at IS NOT NULL AS requested,
         decided_at IS NOT NULL AS decided FROM kyc_checks ORDER BY "check"`,
    )
    .all() as { note: string | null }[];
  const decisions = sql
    .prepare('SELECT reviewer, "check", outcome, reason, note, file_sha256 AS files FROM kyc_decisions ORDER BY id')
    .all() as { note: string | null }[];
  const audit = sql
    .prepare('SELECT actor, action, reason, changes FROM audit_log WHERE entity = ? ORDER BY id')
    .all('customer') as {
    actor: string;
    action: string;
    reason: string | null;
    changes: string;
  }[];
  return {
    same: {
      row,
      labels: sql.prepare('SELECT label FROM customer_labels ORDER BY label').pluck().all(),
      labelCounts: sql.prepare('SELECT label, count FROM label_counts ORDER BY label').all(),
      hits,
      checks: withoutNote(checks),
      decisions: withoutNote(decisions),
      queue: sql.prepare('SELECT count(*) FROM kyc_queue').pluck().get(),
      audit: audit.map(({ actor, changes }) => ({ actor, changes: JSON.parse(changes) as unknown })),
    },
    notes: [...new Set([...checks, ...decisions].map((row) => row.note).filter(Boolean))],
    audit: audit.map(({ action, reason }) => ({ action, reason })),
  };
}

describe('one write path for customers', () => {
  it('stores the same customer the same way from the form, an import and the seed', async () => {
    const [form, imported, seeded] = [
      await stored(await byForm()),
      await stored(await byImport()),
      await stored(await bySeedPath()),
    ];

    expect(imported.same).toEqual(form.same);
    expect(seeded.same).toEqual(form.same);
    // The real values, not an empty entry; progress follows the approved email check.
    expect(form.same.audit).toEqual([
      {
        actor: 'alice',
        changes: expect.objectContaining({
          email: { from: null, to: 'ada@example.com' },
          labels: { from: null, to: ['pep', 'vip'] },
          verifiedEmail: { from: null, to: true },
          verificationProgress: { from: null, to: 20 },
        }),
      },
    ]);
    expect(form.same.row).toMatchObject({ verified_email: 1, verification_progress: 20, phone_national: '7911123456' });
    expect(form.same.hits).toEqual(searches.map(() => [true]));
    expect(form.same.checks).toEqual([
      { check: 'email', state: 'approved', decidedBy: 'alice', requested: 0, decided: 1 },
      { check: 'phone', state: 'pending', decidedBy: null, requested: 1, decided: 0 },
    ]);

    // Each says where it came from.
    expect(form.notes).toEqual(['Marked verified in the customer form']);
    expect(imported.notes).toEqual([expect.stringMatching(/^Marked verified in import #\d+ of clients\.csv$/)]);
    expect(seeded.notes).toEqual(['Marked verified in the sample data']);
    expect(form.audit).toEqual([{ action: 'create', reason: null }]);
    expect(imported.audit).toEqual([
      { action: 'import', reason: expect.stringMatching(/^Import #\d+ of clients\.csv$/) },
    ]);
    expect(seeded.audit).toEqual([{ action: 'seed', reason: 'Sample data' }]);
  }, 60_000);

  it('updates a customer the same way from the form and an import', async () => {
    // Moved to Paris, phone verified, email no longer verified: its check goes back to review.
    const changed = { ...input, city: 'Paris', verifiedPhone: true, verifiedEmail: false };
    const form = await byForm();
    await ok(form, 'customers.update', { id: 1, version: 1, customer: changed });
    const imported = await byImport();
    const changedFile = file.replace('London', 'Paris').replace(',yes,', ',no,').split('\n');
    changedFile[0] += ',Phone verified';
    changedFile[1] += ',yes';
    expect(await importFile(imported, changedFile.join('\n'), 'upsertEmail')).toMatchObject({ toUpdate: 1 });

    const [afterForm, afterImport] = [await stored(form), await stored(imported)];
    expect(afterImport.same).toEqual(afterForm.same);
    expect(afterForm.same.row).toMatchObject({ version: 2, city: 'Paris', verified_email: 0, verified_phone: 1 });
    expect(afterForm.same.audit[1]).toEqual({
      actor: 'alice',
      changes: {
        city: { from: 'London', to: 'Paris' },
        verifiedEmail: { from: true, to: false },
        verifiedPhone: { from: false, to: true },
      },
    });
    expect(afterForm.same.checks).toEqual([
      { check: 'email', state: 'pending', decidedBy: null, requested: 1, decided: 0 },
      { check: 'phone', state: 'approved', decidedBy: 'alice', requested: 0, decided: 1 },
    ]);
    expect(afterImport.audit[1]).toEqual({
      action: 'import',
      reason: expect.stringMatching(/^Import #\d+ of clients\.csv$/),
    });
  }, 60_000);
});
