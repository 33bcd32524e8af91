import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { onTestFinished } from 'vitest';
import { applyMigrations, readMigrations } from './runner';

export const migrationsFolder = fileURLToPath(new URL('../../../../drizzle', import.meta.url));

export interface DatabaseBefore {
  /** A plain connection (the app's pragmas, none of its functions) to a real file in a temp folder. */
  client: Database.Database;
  /** Applies the migration under test, and only it. */
  migrate(): void;
}

/**
 * For a migration's test (Signal Desktop's `migration_NNNN_test` shape): a SQLite file at the
 * version before `tag`, built by applying only the journal entries before it, to be filled with
 * data as that version stored it. Later migrations are never applied, so adding one breaks no
 * older test. The file is removed when the test ends.
 */
export function databaseBefore(tag: string): DatabaseBefore {
  const migrations = readMigrations(migrationsFolder);
  const index = migrations.findIndex((migration) => migration.tag === tag);
  const migration = migrations[index];
  if (!migration) throw new Error(`No migration ${tag} in ${migrationsFolder}`);
  const folder = mkdtempSync(join(tmpdir(), `kyc-${tag}-`));
  const client = new Database(join(folder, 'before.sqlite'));
  client.pragma('foreign_keys = ON');
  onTestFinished(() => {
    client.close();
    rmSync(folder, { recursive: true, force: true });
  });
  applyMigrations(client, migrations.slice(0, index));
  return { client, migrate: () => applyMigrations(client, [migration]) };
}

type Value = string | number | null;

/** Writes one row as an older version stored it (raw SQL: today's schema may not have its columns). */
export function insertRow(client: Database.Database, table: string, row: Record<string, Value>): number {
  const columns = Object.keys(row);
  const statement = client.prepare(
    `INSERT INTO ${table} (${columns.map((column) => `"${column}"`).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
  );
  return Number(statement.run(...Object.values(row)).lastInsertRowid);
}

let customersWritten = 0;

/** A customer with the columns every version since 0000 requires, and `columns` on top. */
export function insertCustomer(client: Database.Database, columns: Record<string, Value>): number {
  return insertRow(client, 'customers', {
    first_name: 'Ada',
    email: `customer-${++customersWritten}@example.com`,
    gender: 'female',
    country: 'GB',
    affiliate_profit_share: 0,
    created_at: '2026-01-01T00:00:00.000Z',
    updated_at: '2026-01-01T00:00:00.000Z',
    ...columns,
  });
}

/** Every row of a query, for comparing data before and after a migration. */
export function rows(client: Database.Database, query: string): unknown[] {
  return client.prepare(query).all();
}

/** An index's columns in order; an expression column shows as `null`. */
export function indexColumns(client: Database.Database, index: string): unknown[] {
  return client.prepare('SELECT name FROM pragma_index_info(?) ORDER BY seqno').pluck().all(index);
}
