import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import type { Db } from './connection';

interface Journal {
  entries: { tag: string }[];
}

function appliedCount(db: Db): number {
  const table = db.$client
    .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '__drizzle_migrations'")
    .get();
  if (!table) return 0;
  return (db.$client.prepare('SELECT count(*) AS n FROM __drizzle_migrations').get() as { n: number }).n;
}

/**
 * Applies pending migrations (drizzle runs them in one transaction). When an existing
 * database is about to change, a copy is saved first in `backups/` beside it.
 */
export async function migrateDatabase(db: Db, migrationsFolder: string, dataDir: string): Promise<void> {
  const journal = JSON.parse(readFileSync(join(migrationsFolder, 'meta', '_journal.json'), 'utf8')) as Journal;
  const applied = appliedCount(db);
  if (applied === journal.entries.length) return;
  if (applied > 0) {
    const backups = join(dataDir, 'backups');
    if (!existsSync(backups)) mkdirSync(backups, { recursive: true });
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    await db.$client.backup(join(backups, `kyc-desk-${stamp}-before-migration.sqlite`));
  }
  migrate(db, { migrationsFolder });
}
