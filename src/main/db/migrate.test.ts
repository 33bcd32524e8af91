import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { databaseFileName, openCore } from '../core';
import { upgradeMessage, type UpgradeStep } from './migrate';
import { applyMigrations, readMigrations } from './migrations/runner';
import { journal, olderMigrations, olderRelease } from './older-release';
import { testVaultPassphrase } from '../test-support';

/** Opens the core on `dataDir`, keeping every upgrade step it reports. */
async function openHearingUpgrade(dataDir: string, migrationsFolder = 'drizzle') {
  const steps: UpgradeStep[] = [];
  const core = await openCore({
    dataDir,
    migrationsFolder,
    onInternalError: () => undefined,
    onUpgrade: (step) => steps.push(step),
  });
  return { core, steps };
}

describe('database migrations', () => {
  let work: string;
  beforeEach(() => {
    work = mkdtempSync(join(tmpdir(), 'kyc-migrate-'));
  });
  afterEach(() => rmSync(work, { recursive: true, force: true }));

  const applied = (dataDir: string) => {
    const db = new Database(join(dataDir, databaseFileName), { readonly: true });
    try {
      return (db.prepare('SELECT count(*) FROM __drizzle_migrations').pluck().get() as number) ?? 0;
    } finally {
      db.close();
    }
  };

  it('builds a fresh database with every migration and no backup', async () => {
    const dataDir = join(work, 'data');
    const { core, steps } = await openHearingUpgrade(dataDir);
    // Nothing to upgrade, so nothing to show.
    expect(steps).toEqual([]);
    const tables = core.storage.reader.$client
      .prepare("SELECT name FROM sqlite_master WHERE type IN ('table', 'trigger', 'index')")
      .pluck()
      .all() as string[];
    expect(tables).toEqual(
      expect.arrayContaining([
        'customers',
        'customer_search',
        'label_counts',
        'customers_search_insert',
        'customers_sort_name',
      ]),
    );
    const result = await core.router.call('customers.count', {});
    expect(result).toEqual({ ok: true, value: { total: 0, capped: false, estimated: false } });
    await core.close();
    expect(applied(dataDir)).toBe(journal.entries.length);
    expect(existsSync(join(dataDir, 'backups'))).toBe(false);
  });

  it('0009: an import recorded before warnings reads as one that imported rows with warnings', async () => {
    const dataDir = join(work, 'data');
    mkdirSync(dataDir);
    const before0009 = journal.entries.findIndex((entry) => entry.tag === '0009_import_warnings');
    const before = new Database(join(dataDir, databaseFileName));
    applyMigrations(before, readMigrations(olderMigrations(join(work, 'older'), before0009)));
    before
      .prepare(
        `INSERT INTO imports (file_name, file_hash, file_size, mode, on_invalid, state, rows, created, updated,
           skipped, error_count, mapping, actor, started_at, finished_at)
         VALUES ('old.csv', 'ab', 10, 'insert', 'skip', 'done', 2, 2, 0, 0, 0, '{"columns":{},"constants":{}}',
           'tester', 'then', 'then')`,
      )
      .run();
    before.close();

    const { core } = await openHearingUpgrade(dataDir);
    expect(await core.router.call('imports.history', {})).toMatchObject({
      ok: true,
      value: [{ fileName: 'old.csv', onInvalid: 'skip', onWarning: 'import', state: 'done' }],
    });
    await core.close();
  });

  it('saves a copy of an existing database before applying a new migration, and only then', async () => {
    const dataDir = join(work, 'data');
    mkdirSync(dataDir);
    // An older release, fixed (not "the latest but one"), so adding a migration changes nothing here.
    const older = olderMigrations(join(work, 'older'), olderRelease);
    const pending = journal.entries.length - olderRelease;
    // Built and written as the older release stored it: today's core expects today's tables.
    const before = new Database(join(dataDir, databaseFileName));
    applyMigrations(before, readMigrations(older));
    before
      .prepare(
        `INSERT INTO customers (first_name, last_name, email, gender, country, affiliate_profit_share, created_at, updated_at)
         VALUES ('Ada', 'Lövelace', 'ada@example.com', 'female', 'GB', 150, 'then', 'then')`,
      )
      .run();
    before.close();
    expect(applied(dataDir)).toBe(olderRelease);

    const { core: after, steps } = await openHearingUpgrade(dataDir);
    // The upgrade is heard step by step: the copy's progress up to its last page, the migration, done.
    const copied = steps.filter((step) => step.step === 'backup');
    expect(copied.length).toBeGreaterThan(0);
    expect(copied.at(-1)).toEqual({ step: 'backup', done: copied.at(-1)?.total, total: expect.any(Number) });
    expect(steps.slice(copied.length)).toEqual([{ step: 'migrate', migrations: pending }, { step: 'done' }]);
    expect(await after.router.call('customers.list', { search: 'ada' })).toMatchObject({
      ok: true,
      value: { items: [{ firstName: 'Ada' }] },
    });
    // The data steps of migrations 0007 and 0010 filled the stored name key of the existing customer.
    expect(after.storage.reader.$client.prepare('SELECT name_key FROM customers').pluck().get()).toBe('ada lovelace');
    await after.close();
    expect(applied(dataDir)).toBe(journal.entries.length);

    const backups = readdirSync(join(dataDir, 'backups'));
    expect(backups).toHaveLength(1);
    expect(backups[0]).toMatch(/^kyc-desk-.*-before-migration\.sqlite$/);
    const copy = new Database(join(dataDir, 'backups', backups[0] as string), { readonly: true });
    expect(copy.prepare('SELECT count(*) FROM __drizzle_migrations').pluck().get()).toBe(olderRelease);
    expect(copy.prepare('SELECT email FROM customers').pluck().all()).toEqual(['ada@example.com']);
    copy.close();

    // Nothing new to apply: no new copy, no step.
    const again = await openHearingUpgrade(dataDir);
    await again.core.close();
    expect(again.steps).toEqual([]);
    expect(readdirSync(join(dataDir, 'backups')).filter((name) => name.endsWith('.sqlite'))).toHaveLength(1);
  });

  it('tells a person waiting what the upgrade is doing', () => {
    expect(upgradeMessage({ step: 'backup', done: 250, total: 1000 })).toBe(
      'Saving a copy of your data before updating it: 25%',
    );
    expect(upgradeMessage({ step: 'migrate', migrations: 1 })).toBe(
      'Updating your data for this version of KYC Desk (1 change)…',
    );
    expect(upgradeMessage({ step: 'migrate', migrations: 3 })).toBe(
      'Updating your data for this version of KYC Desk (3 changes)…',
    );
    expect(upgradeMessage({ step: 'done' })).toBe('Your data is up to date');
  });

  it('keeps the list filter columns in its sort indexes, after the name key', async () => {
    const core = await openCore({
      dataDir: join(work, 'data'),
      migrationsFolder: 'drizzle',
      vaultPassphrase: testVaultPassphrase,
      onInternalError: () => undefined,
    });
    const columns = (index: string) =>
      core.storage.reader.$client.prepare('SELECT name FROM pragma_index_info(?) ORDER BY seqno').pluck().all(index);
    expect(columns('customers_created_at')).toEqual(['created_at', 'id', 'status', 'country', 'verification_progress']);
    expect(columns('customers_status')).toEqual(['status', 'name_key', 'id', 'country', 'verification_progress']);
    const plan = core.storage.reader.$client
      .prepare(
        `EXPLAIN QUERY PLAN SELECT id FROM customers c WHERE c.country = 'DE'
        ORDER BY c.name_key, c.id LIMIT 10`,
      )
      .all() as { detail: string }[];
    expect(plan.map((step) => step.detail).join('; ')).toMatch(/COVERING INDEX customers_(country|sort_name)/);
    await core.close();
  });
});
