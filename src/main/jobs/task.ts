import type { Db } from '../db/connection';

/**
 * Worker side of a background job. A task is a plain function that runs inside a worker
 * thread with its own database connection:
 *
 *   export const myTask = defineTask((params: MyParams, ctx) => {
 *     ctx.progress(0, total);
 *     ctx.db.transaction(() => {           // cancel or a crash rolls back what it did
 *       for (...) { ctx.checkCancelled(); ...; ctx.progress(done, total); }
 *     });
 *     return result;                       // structured-cloneable; becomes JobInfo.result
 *   });
 *
 * Register it under a kind in `tasks.ts`; start it from the main side with `JobRunner.start`.
 */
export interface TaskContext {
  /** A connection of this worker's own to the core's database file (WAL: readers never block). */
  db: Db;
  dataDir: string;
  /** Cheap to call on every row: messages are throttled. */
  progress(done: number, total: number | null): void;
  /** Throws `JobCancelled` once cancel was asked; call it often inside loops. */
  checkCancelled(): void;
  /**
   * Between the transactions of a job that writes in batches: waits while the core's own
   * writers wait for the lock, so an edit gets in after at most one batch.
   */
  letOthersWrite(): void;
}

export type Task<P, R> = (params: P, context: TaskContext) => R | Promise<R>;

export function defineTask<P, R>(task: Task<P, R>): Task<P, R> {
  return task;
}

export class JobCancelled extends Error {
  constructor() {
    super('Cancelled');
    this.name = 'JobCancelled';
  }
}
