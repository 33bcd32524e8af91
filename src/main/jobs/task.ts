import type { SqliteStorage } from '../db/sqlite/storage';
import type { WriteTurn } from '../db/sqlite/write-turn';
import type { DecisionChain } from '../kyc/decision-log';

/**
 * Worker side of a background job. A task is a plain function that runs inside a worker
 * thread with its own database connections:
 *
 *   export const myTask = defineTask(async (params: MyParams, ctx) => {
 *     ctx.progress(0, total);
 *     await ctx.storage.withTransaction(async (tx) => {  // cancel or a crash rolls back what it did
 *       for (...) { ctx.checkCancelled(); ...; ctx.progress(done, total); }
 *     });
 *     return result;                       // checked against the kind's result schema: JobInfo.result
 *   });
 *
 * Declare the kind's params and result in its feature contract (`jobKind`, src/shared/jobs),
 * register the task under that kind in `tasks.ts`, start it from the main side with
 * `JobRunner.start`. An `ApiError` thrown here reaches JobInfo.error as it is (SQLite busy
 * becomes BUSY); any other error becomes INTERNAL, its message logged on the main side only.
 */
export interface TaskContext {
  /** This worker's own connections to the core's database file (WAL: readers never block). */
  storage: SqliteStorage;
  dataDir: string;
  /**
   * Reports progress; cheap to call on every row (messages are thinned out). `final` sends it at once: the count a
   * stopped job ends with (an import's committed rows, not the rows it had read).
   */
  progress(done: number, total: number | null, final?: boolean): void;
  /** Throws `JobCancelled` once cancel was asked; call it often inside loops. */
  checkCancelled(): void;
  /**
   * Shared with the core: a job that writes in batches takes its turn for each (`beginBatch`
   * before its transaction, `endBatch` after), so an edit gets in after at most one batch.
   */
  writeTurn: WriteTurn;
  /** The decision log's key and head, for the approvals an import writes. */
  decisionChain: DecisionChain;
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
