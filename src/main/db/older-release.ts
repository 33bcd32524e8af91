import { cpSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { applyMigrations, readMigrations } from './migrations/runner';

/** Test support: a data folder as an older release left it, so that today's core upgrades it. */

interface Journal {
  entries: { tag: string }[];
}

export const journal = JSON.parse(readFileSync('drizzle/meta/_journal.json', 'utf8')) as Journal;
/** The migrations an older release shipped: up to 0006_customer_name_key_indexes. */
export const olderRelease = journal.entries.findIndex((entry) => entry.tag === '0006_customer_name_key_indexes') + 1;

/** A copy of drizzle/ that knows only the first `count` migrations, as an older release shipped. */
export function olderMigrations(folder: string, count: number): string {
  cpSync('drizzle', folder, { recursive: true });
  // The core finds the app's resources (report fonts) beside its migrations folder.
  symlinkSync(resolve('resources'), join(folder, '..', 'resources'));
  writeFileSync(
    join(folder, 'meta', '_journal.json'),
    JSON.stringify({ ...journal, entries: journal.entries.slice(0, count) }),
  );
  return folder;
}

/** The database file at `file`, built by the older release's migrations (work: a folder for them). */
export function olderDatabase(file: string, work: string): Database.Database {
  const db = new Database(file);
  applyMigrations(db, readMigrations(olderMigrations(join(work, 'older'), olderRelease)));
  return db;
}
