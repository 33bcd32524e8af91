import type { ReadableDB, WritableDB } from './handles';

export interface TransactionOptions {
  /** Shown in the BUSY error when the write lock cannot be had ("saving the customer"). */
  what?: string;
}

/**
 * Where the core keeps its data, behind async calls so another engine (a shared PostgreSQL for
 * teams) is a second implementation of this port and of the per-feature ports, not a rewrite.
 * Transactions are the only way to write; reads see committed data only.
 */
export interface Storage {
  read<T>(work: (db: ReadableDB) => PromiseLike<T> | T): Promise<T>;
  /**
   * One transaction: committed when `work` resolves, rolled back when it throws. Writes are
   * serialised; calling it again from inside `work` is a programming error (pass `tx` on).
   */
  withTransaction<T>(work: (tx: WritableDB) => PromiseLike<T> | T, options?: TransactionOptions): Promise<T>;
  close(): Promise<void>;
}
