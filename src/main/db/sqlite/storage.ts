import { AsyncLocalStorage } from 'node:async_hooks';
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { ApiError } from '../../../shared/errors';
import type { ReadableDB, WritableDB } from '../handles';
import * as schema from '../schema';
import type { Storage, TransactionOptions } from '../storage';
import { checkpoint, coreCommitCheckpoints } from './checkpoints';
import type { SqliteDatabase } from './database';
import type { WriteTurn } from './write-turn';

/** The SQLite implementation of Storage; the per-feature SQLite ports reach its connections. */
export interface SqliteStorage extends Storage {
  /** The one connection that writes; used only inside `withTransaction` (and by the migrator, before reads). */
  readonly writer: SqliteDatabase;
  /** A read-only connection: WAL gives it the last committed snapshot, never a transaction half done. */
  readonly reader: SqliteDatabase;
}

export interface SqliteStorageOptions {
  /** How long a connection waits for another one's write lock before BUSY; default 5 s. */
  busyTimeoutMs?: number;
  /** Runs on the writer before the reader opens (the migrator: a new file has no tables yet). */
  beforeReads?: (writer: SqliteDatabase) => Promise<void> | void;
  /** Shared with the job workers, so a long import lets these transactions in between its batches. */
  writeTurn?: WriteTurn;
}

const busyCodes = new Set(['SQLITE_BUSY', 'SQLITE_BUSY_SNAPSHOT', 'SQLITE_BUSY_TIMEOUT', 'SQLITE_LOCKED']);

/** SQLite's "database is locked" after the busy timeout: a typed error the user can retry. */
export function busyOr(error: unknown, what = 'saving'): unknown {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && busyCodes.has(code)) {
    return new ApiError('BUSY', `The desk is busy with other work and could not finish ${what}; try again`);
  }
  return error;
}

function connect(file: string, readonly: boolean, busyTimeoutMs: number): SqliteDatabase {
  const client = new Database(file, { readonly, fileMustExist: readonly });
  if (!readonly) {
    client.pragma('journal_mode = WAL');
    client.pragma('synchronous = NORMAL');
    client.pragma('foreign_keys = ON');
  }
  client.pragma(`busy_timeout = ${busyTimeoutMs}`);
  client.pragma('cache_size = -65536');
  return drizzle({ client, schema });
}

/** Opens the database file (created when missing) with a writer and a reader connection. */
export async function openSqliteStorage(file: string, options: SqliteStorageOptions = {}): Promise<SqliteStorage> {
  const { writeTurn } = options;
  const busyTimeoutMs = options.busyTimeoutMs ?? 5000;
  const writer = connect(file, false, busyTimeoutMs);
  try {
    await options.beforeReads?.(writer);
  } catch (error) {
    writer.$client.close();
    throw error;
  }
  const reader = connect(file, true, busyTimeoutMs);
  const insideTransaction = new AsyncLocalStorage<true>();
  // Writes run one after another: an await inside a transaction must not let another one in.
  let queue: Promise<unknown> = Promise.resolve();

  async function transaction<T>(
    work: (tx: WritableDB) => PromiseLike<T> | T,
    options?: TransactionOptions,
  ): Promise<T> {
    try {
      writer.$client.exec('BEGIN IMMEDIATE');
    } catch (error) {
      throw busyOr(error, options?.what);
    }
    try {
      const value = await insideTransaction.run(true, () => work(writer as unknown as WritableDB));
      coreCommitCheckpoints(writer.$client, writeTurn?.bulkJobWriting ?? false);
      writer.$client.exec('COMMIT');
      return value;
    } catch (error) {
      if (writer.$client.inTransaction) writer.$client.exec('ROLLBACK');
      throw busyOr(error, options?.what);
    }
  }

  return {
    writer,
    reader,
    async read(work) {
      try {
        return await work(reader as unknown as ReadableDB);
      } catch (error) {
        throw busyOr(error, 'reading');
      }
    },
    withTransaction(work, options) {
      if (insideTransaction.getStore()) {
        return Promise.reject(new Error('withTransaction was called inside a transaction; pass its tx on instead'));
      }
      const run = () => transaction(work, options);
      const result = queue.then(() => (writeTurn ? writeTurn.around(run) : run()));
      queue = result.catch(() => undefined);
      return result;
    },
    async close() {
      await queue;
      reader.$client.close();
      writer.$client.pragma('optimize');
      // What this connection left in the WAL goes into the file before it leaves (a job's last batches).
      checkpoint(writer.$client);
      writer.$client.close();
    },
  };
}
