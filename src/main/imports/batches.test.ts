import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ImportOptions, ImportRecord } from '../../shared/imports/contract';
import { openCore, type Core } from '../core';
import { chosenFile, doneJob, failure, newCustomer, ok, testVaultPassphrase } from '../test-support';

/**
 * Imports that commit in batches, against real SQLite files and real worker threads: a cancel
 * or a crash keeps the committed batches and an entry saying how far; resume finishes exactly
 * the rest; undo takes back exactly what the import did.
 */
const header = 'First name,Email,Country,Gender,Affiliate profit share,Reference ID';
let dataDir: string;
/** The files to import, outside the data folder (the core reads nothing by path inside it). */
let filesDir: string;
let core: Core;

const open = () =>
  openCore({
    dataDir,
    migrationsFolder: 'drizzle',
    vaultPassphrase: testVaultPassphrase,
    actor: () => 'tester',
    onInternalError: () => undefined,
  });

beforeEach(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'kyc-batches-'));
  filesDir = mkdtempSync(join(tmpdir(), 'kyc-batches-files-'));
  core = await open();
});
afterEach(async () => {
  await core.close();
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(filesDir, { recursive: true, force: true });
});

/** A file of `count` customers; row 3 of the file comes again near the end (a duplicate in the file). */
function bigFile(count: number): string {
  const file = join(filesDir, `customers-${count}.csv`);
  const rows = Array.from({ length: count }, (_, i) => `Person${i},p${i}@example.com,DE,male,1.5,REF-${i}`);
  rows.splice(count - 2, 0, 'Again,p1@example.com,FR,female,2,');
  writeFileSync(file, `${header}\n${rows.join('\n')}\n`);
  return file;
}

async function optionsOf(path: string, extra: Partial<ImportOptions> = {}, into: Core = core) {
  const source = chosenFile(into, path);
  const { mapping } = await ok(into, 'imports.inspect', { source });
  return { source, mapping, ...extra };
}

async function history(): Promise<ImportRecord> {
  const [entry] = await ok(core, 'imports.history', {});
  return entry as ImportRecord;
}

/** Resolves once the import's entry shows a committed batch (the history is read while it writes). */
async function committedBatch(): Promise<void> {
  for (;;) {
    const entry = await history().catch(() => undefined);
    if (entry && entry.committedRows > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Every customer as stored, without ids or times: two databases with the same customers compare equal. */
function customersOf(of: Core): unknown[] {
  return of.storage.reader.$client
    .prepare(
      `SELECT c.first_name, c.email, c.country, c.gender, c.affiliate_profit_share, c.reference_id, c.version,
         (SELECT group_concat("check" || ':' || state) FROM kyc_checks k WHERE k.customer_id = c.id) AS checks
       FROM customers c ORDER BY c.email`,
    )
    .all();
}

const customerCount = (of: Core = core) =>
  of.storage.reader.$client.prepare('SELECT count(*) FROM customers').pluck().get() as number;

describe('an import in batches', () => {
  it('cancelled part way keeps its committed batches and says how far it got; resumed, it ends as one uninterrupted import', async () => {
    const file = bigFile(12_000);
    const started = await ok(core, 'imports.start', await optionsOf(file));
    await committedBatch();
    await ok(core, 'jobs.cancel', { id: started.id });
    const cancelled = await core.jobs.wait(started.id);
    expect(cancelled.state).toBe('cancelled');

    const stopped = await history();
    // The job ends showing what was committed, not the rows it had read when the cancel came.
    expect(cancelled.done).toBe(stopped.committedRows);
    expect(stopped).toMatchObject({ state: 'cancelled', resumable: true, undoable: true });
    expect(stopped.committedRows).toBeGreaterThan(0);
    expect(stopped.committedRows).toBeLessThan(12_001);
    // The entry says exactly what is in the database: every committed row made a customer.
    expect(customerCount()).toBe(stopped.created);
    expect(stopped.rows).toBe(stopped.committedRows);
    expect(stopped.message).toMatch(/^Cancelled; rows up to [\d,]+ are in/);

    const resumed = await ok(core, 'imports.resume', { id: stopped.id });
    const job = await doneJob(core, resumed);
    expect(job.state).toBe('done');
    const report = job.result;
    expect(report).toMatchObject({ importId: stopped.id, rows: 12_001, toCreate: 12_000, duplicatesInFile: 1 });
    expect(await history()).toMatchObject({
      id: stopped.id,
      state: 'done',
      created: 12_000,
      skipped: 1,
      resumable: false,
    });

    // The same file in one go, into another database.
    const other = await openCore({
      dataDir: mkdtempSync(join(tmpdir(), 'kyc-batches-other-')),
      migrationsFolder: 'drizzle',
      vaultPassphrase: testVaultPassphrase,
    });
    try {
      const whole = await ok(other, 'imports.start', await optionsOf(file, {}, other));
      expect((await other.jobs.wait(whole.id)).state).toBe('done');
      expect(customersOf(core)).toEqual(customersOf(other));
    } finally {
      await other.close();
      rmSync(other.dataDir, { recursive: true, force: true });
    }
  }, 300_000);

  it('lets the desk save edits and KYC decisions while it writes', async () => {
    const customer = await ok(core, 'customers.create', newCustomer({ email: 'desk@example.com' }));
    const started = await ok(core, 'imports.start', await optionsOf(bigFile(12_000)));
    await committedBatch();
    const { id: _id, version, status: _s, statusReason: _r, createdAt: _c, updatedAt: _u, ...data } = customer;
    const edited = await ok(core, 'customers.update', {
      id: customer.id,
      version,
      customer: { ...data, lastName: 'Edited' },
    });
    expect(edited.lastName).toBe('Edited');
    await ok(core, 'kyc.decide', { customerId: customer.id, check: 'email', outcome: 'approved' });
    // Both were saved while the import still ran, between two of its batches.
    expect((await ok(core, 'jobs.get', { id: started.id })).state).toBe('running');
    expect((await core.jobs.wait(started.id)).state).toBe('done');
    expect(customerCount()).toBe(12_001);
  }, 300_000);

  it('undo removes what the import created and restores what it updated, audited; a customer changed since is left and reported', async () => {
    const before = ['Ann,ann@example.com,DE,female,1,', 'Bob,bob@example.com,GB,male,2,'];
    const first = join(filesDir, 'first.csv');
    writeFileSync(first, `${header}\n${before.join('\n')}\n`);
    expect((await core.jobs.wait((await ok(core, 'imports.start', await optionsOf(first))).id)).state).toBe('done');
    const stateBefore = customersOf(core);

    const second = join(filesDir, 'second.csv');
    const rows = [
      'Annie,ann@example.com,FR,female,3,',
      'Bob,bob@example.com,GB,male,2,',
      'Cid,cid@example.com,ES,male,4,',
    ];
    rows.push('Dee,dee@example.com,IT,female,5,');
    writeFileSync(second, `${header}\n${rows.join('\n')}\n`);
    const upsert = await ok(core, 'imports.start', await optionsOf(second, { mode: 'upsertEmail' }));
    expect((await core.jobs.wait(upsert.id)).result).toMatchObject({ toCreate: 2, toUpdate: 1, unchanged: 1 });
    const imported = await history();
    expect(imported).toMatchObject({ state: 'done', created: 2, updated: 1, undoable: true });

    // Someone edits Dee after the import: undo must leave her.
    const dee = (await ok(core, 'customers.list', { search: 'dee@example.com' })).items[0] as { id: number };
    const deeNow = await ok(core, 'customers.get', { id: dee.id });
    const { id: _id, version, status: _s, statusReason: _r, createdAt: _c, updatedAt: _u, ...deeData } = deeNow;
    await ok(core, 'customers.update', { id: dee.id, version, customer: { ...deeData, firstName: 'Deborah' } });

    const undo = await ok(core, 'imports.undo', { id: imported.id });
    const done = await doneJob(core, undo);
    expect(done.state).toBe('done');
    expect(done.result).toMatchObject({
      removed: 1,
      restored: 1,
      skipped: 1,
      skippedCustomers: [{ customerId: dee.id, reason: 'changed after the import' }],
    });
    expect(await history()).toMatchObject({
      state: 'undone',
      undo: { removed: 1, restored: 1, skipped: 1 },
      undoable: false,
    });
    const after = customersOf(core) as { email: string; version: number }[];
    // Ann has her values back (a new version, as any edit), Cid is gone, Deborah stays.
    expect(after.map((c) => c.email)).toEqual(['ann@example.com', 'bob@example.com', 'dee@example.com']);
    const strip = (rows: unknown[]) => (rows as { version: number }[]).map(({ version: _v, ...rest }) => rest);
    expect(strip(after.slice(0, 2))).toEqual(strip(stateBefore));
    const actions = core.storage.reader.$client
      .prepare("SELECT action, entity_id AS id, reason FROM audit_log WHERE action = 'undo import' ORDER BY id")
      .all() as { action: string; id: number; reason: string }[];
    expect(actions).toHaveLength(2);
    expect(actions[0]?.reason).toBe(`Undo of import #${imported.id} of second.csv`);
    // The removal's entry holds the real values it removed.
    const removal = core.storage.reader.$client
      .prepare("SELECT changes FROM audit_log WHERE action = 'undo import' AND changes LIKE '%cid@example.com%'")
      .pluck()
      .get() as string;
    expect(JSON.parse(removal)).toMatchObject({ email: { from: 'cid@example.com', to: null } });
    expect((await failure(core, 'imports.undo', { id: imported.id })).code).toBe('CONFLICT');
  }, 120_000);

  it('with "refuse the file", writes nothing when any row is invalid, however far down', async () => {
    const file = bigFile(6_000);
    writeFileSync(
      file,
      `${header}\n${Array.from({ length: 6_000 }, (_, i) => `P${i},p${i}@example.com,DE,male,1,`).join('\n')}\nBad,not-an-email,DE,male,1,\n`,
    );
    const started = await ok(core, 'imports.start', await optionsOf(file, { onInvalid: 'refuse' }));
    const job = await core.jobs.wait(started.id);
    expect(job.state).toBe('done');
    expect(job.result).toMatchObject({ refused: true, invalid: 1 });
    expect(customerCount()).toBe(0);
    expect(await history()).toMatchObject({ state: 'refused', created: 0, undoable: false, resumable: false });
  }, 120_000);

  it('a crash of the process mid-import leaves a consistent entry, marked interrupted when the core opens again; it resumes', async () => {
    const file = bigFile(12_000);
    const options = await optionsOf(file);
    await core.close();
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', join(import.meta.dirname, 'test/import-until-killed.ts'), dataDir, JSON.stringify(options)],
      {
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (data: Buffer) => data.toString().includes('committed') && resolve());
      child.on('exit', (code) => reject(new Error(`The child ended first (${code})`)));
    });
    child.kill('SIGKILL');
    await new Promise((resolve) => child.on('exit', resolve));

    core = await open();
    const entry = await history();
    expect(entry).toMatchObject({ state: 'interrupted', resumable: true });
    expect(entry.message).toMatch(/^The app stopped during the import; rows up to/);
    expect(customerCount()).toBe(entry.created);
    const resumed = await ok(core, 'imports.resume', { id: entry.id });
    expect((await core.jobs.wait(resumed.id)).result).toMatchObject({ toCreate: 12_000, duplicatesInFile: 1 });
    expect(customerCount()).toBe(12_000);
  }, 300_000);

  it('refuses to resume when the file changed', async () => {
    const file = bigFile(12_000);
    const started = await ok(core, 'imports.start', await optionsOf(file));
    await committedBatch();
    await ok(core, 'jobs.cancel', { id: started.id });
    await core.jobs.wait(started.id);
    writeFileSync(file, `${header}\nOther,other@example.com,DE,male,1,\n`);
    const error = await failure(core, 'imports.resume', { id: (await history()).id });
    expect(error).toMatchObject({ code: 'VALIDATION', message: expect.stringMatching(/file changed/) });
  }, 300_000);
});
