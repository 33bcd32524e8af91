import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyMigrations, pendingMigrations, readMigrations, type Migration } from './runner';
import { migrationsFolder } from './test-database';

describe('migration runner', () => {
  let work: string;
  let client: Database.Database;
  beforeEach(() => {
    work = mkdtempSync(join(tmpdir(), 'kyc-runner-'));
    // A plain connection: no pragmas, none of the app's SQL functions.
    client = new Database(join(work, 'plain.sqlite'));
  });
  afterEach(() => {
    client.close();
    rmSync(work, { recursive: true, force: true });
  });

  const migrations = readMigrations(migrationsFolder);
  const recorded = () => client.prepare('SELECT count(*) FROM __drizzle_migrations').pluck().get();

  it('applies every migration of drizzle/ on a plain SQLite connection', () => {
    expect(pendingMigrations(client, migrations)).toEqual(migrations);
    applyMigrations(client, migrations);
    expect(recorded()).toBe(migrations.length);
    expect(pendingMigrations(client, migrations)).toEqual([]);
    expect(client.prepare('PRAGMA foreign_key_check').all()).toEqual([]);
  });

  it("keeps drizzle's bookkeeping, so databases drizzle migrated carry on and the other way round", () => {
    const db = drizzle({ client });
    migrate(db, { migrationsFolder });
    expect(pendingMigrations(client, migrations)).toEqual([]);
    expect(recorded()).toBe(migrations.length);
    applyMigrations(client, pendingMigrations(client, migrations));
    migrate(db, { migrationsFolder });
    expect(recorded()).toBe(migrations.length);
  });

  const migration = (tag: string, statements: string[], dataStep?: Migration['dataStep']): Migration => ({
    tag,
    statements,
    createdAt: Number(tag.slice(0, 4)),
    hash: tag,
    dataStep,
  });

  it("runs a data step after its migration's SQL and before the next migration's", () => {
    applyMigrations(client, [
      migration('0001_table', ['CREATE TABLE t (a TEXT)', "INSERT INTO t VALUES ('x')"], (c) =>
        c.prepare("UPDATE t SET a = a || ' stepped'").run(),
      ),
      migration('0002_copy', ['CREATE TABLE copy AS SELECT a FROM t']),
    ]);
    expect(client.prepare('SELECT a FROM copy').pluck().all()).toEqual(['x stepped']);
  });

  it('leaves the database as it was when a migration fails', () => {
    applyMigrations(client, [migration('0001_table', ['CREATE TABLE t (a TEXT)'])]);
    const failing = [
      migration('0002_more', ['CREATE TABLE u (a TEXT)']),
      migration('0003_broken', ['INSERT INTO t VALUES (1)'], () => {
        throw new Error('data step failed');
      }),
    ];
    expect(() => applyMigrations(client, failing)).toThrow('data step failed');
    expect(client.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all()).toEqual([
      '__drizzle_migrations',
      't',
    ]);
    expect(client.prepare('SELECT count(*) FROM t').pluck().get()).toBe(0);
    expect(pendingMigrations(client, failing)).toEqual(failing);
  });
});
