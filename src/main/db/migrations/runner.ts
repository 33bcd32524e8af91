import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { dataSteps } from './data-steps';

/** One entry of drizzle/: its SQL statements, and the TypeScript data step that follows them, if any. */
export interface Migration {
  tag: string;
  statements: string[];
  /** The journal's `when`: drizzle records it as `created_at` and applies what is newer than the last one. */
  createdAt: number;
  hash: string;
  dataStep?: (client: Database.Database) => void;
}

interface Journal {
  entries: { tag: string }[];
}

/** The migrations of `folder` in journal order, each with its data step. */
export function readMigrations(folder: string): Migration[] {
  const journal = JSON.parse(readFileSync(join(folder, 'meta', '_journal.json'), 'utf8')) as Journal;
  return readMigrationFiles({ migrationsFolder: folder }).map((file, index) => {
    const tag = journal.entries[index]?.tag;
    if (!tag) throw new Error(`Migration ${index} of ${folder} has no journal entry`);
    return { tag, statements: file.sql, createdAt: file.folderMillis, hash: file.hash, dataStep: dataSteps[tag] };
  });
}

/** drizzle's own bookkeeping table, kept as drizzle writes it so databases migrated by drizzle carry on. */
const createBookkeeping = `CREATE TABLE IF NOT EXISTS __drizzle_migrations (
  id SERIAL PRIMARY KEY, hash text NOT NULL, created_at numeric)`;

function lastAppliedAt(client: Database.Database): number | undefined {
  const table = client
    .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '__drizzle_migrations'")
    .get();
  if (!table) return undefined;
  const last = client
    .prepare('SELECT created_at FROM __drizzle_migrations ORDER BY created_at DESC LIMIT 1')
    .pluck()
    .get() as number | string | undefined;
  return last === undefined ? undefined : Number(last);
}

/** The migrations `client` has not applied yet: those newer than its last one, as drizzle decides. */
export function pendingMigrations(client: Database.Database, migrations: Migration[]): Migration[] {
  const last = lastAppliedAt(client);
  return last === undefined ? migrations : migrations.filter((migration) => migration.createdAt > last);
}

/**
 * Applies `migrations` on a plain SQLite connection, in one transaction: each one's SQL, then its
 * data step, so a later migration sees the data the earlier ones left, and a failure leaves the
 * database as it was. No SQL function of the app is needed; what SQLite cannot do is a data step.
 */
export function applyMigrations(client: Database.Database, migrations: Migration[]): void {
  if (migrations.length === 0) return;
  client.exec(createBookkeeping);
  const record = client.prepare('INSERT INTO __drizzle_migrations (hash, created_at) VALUES (?, ?)');
  client.transaction(() => {
    for (const migration of migrations) {
      for (const statement of migration.statements) client.exec(statement);
      migration.dataStep?.(client);
      record.run(migration.hash, migration.createdAt);
    }
  })();
}
