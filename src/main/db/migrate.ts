import type Database from 'better-sqlite3';
import { backupBeforeMigration } from './backup';
import { applyMigrations, pendingMigrations, readMigrations } from './migrations/runner';

/** What opening the data folder is doing when a new release changes the database. */
export type UpgradeStep =
  { step: 'backup'; done: number; total: number } | { step: 'migrate'; migrations: number } | { step: 'done' };

/** Pages copied per step of the backup: about 4 MB, so progress moves several times a second. */
const backupPagesPerStep = 1000;

/**
 * Applies pending migrations (in one transaction, on a plain SQLite connection: see
 * migrations/runner.ts). When an existing database is about to change, a copy is saved first
 * in `backups/` beside it (backup.ts). On a large database both take a while, so `onUpgrade` hears each
 * step of such an upgrade.
 */
export async function migrateDatabase(
  db: { $client: Database.Database },
  migrationsFolder: string,
  dataDir: string,
  onUpgrade: (step: UpgradeStep) => void = () => undefined,
): Promise<void> {
  const migrations = readMigrations(migrationsFolder);
  const pending = pendingMigrations(db.$client, migrations);
  if (pending.length === 0) return;
  // A new database is built in a moment, with nothing to save first.
  if (pending.length === migrations.length) {
    applyMigrations(db.$client, pending);
    return;
  }
  let pages = 0;
  await backupBeforeMigration(db.$client, dataDir, ({ totalPages, remainingPages }) => {
    pages = totalPages;
    onUpgrade({ step: 'backup', done: totalPages - remainingPages, total: totalPages });
    return backupPagesPerStep;
  });
  // better-sqlite3 reports before each step, not after the last one.
  onUpgrade({ step: 'backup', done: pages, total: pages });
  onUpgrade({ step: 'migrate', migrations: pending.length });
  // One turn of the event loop, so whoever listens can show this step before the migrations,
  // which are synchronous, hold the thread.
  await new Promise((resolve) => setImmediate(resolve));
  applyMigrations(db.$client, pending);
  onUpgrade({ step: 'done' });
}

/** One line for a person waiting on an upgrade (the desktop's upgrade window, the hosts' logs). */
export function upgradeMessage(step: UpgradeStep): string {
  switch (step.step) {
    case 'backup':
      return `Saving a copy of your data before updating it: ${Math.floor((step.done / Math.max(1, step.total)) * 100)}%`;
    case 'migrate':
      return `Updating your data for this version of KYC Desk (${step.migrations} ${step.migrations === 1 ? 'change' : 'changes'})…`;
    case 'done':
      return 'Your data is up to date';
  }
}
