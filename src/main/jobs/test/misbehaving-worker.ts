import Database from 'better-sqlite3';
import { setTimeout as sleep } from 'node:timers/promises';
import { workerData } from 'node:worker_threads';
import { ApiError } from '../../../shared/errors';
import type { ImportJobParams } from '../../../shared/imports/contract';
import { defineTask, type TaskContext } from '../task';
import { jobTasks } from '../tasks';
import type { WorkerInput } from '../worker-protocol';

/**
 * The job worker (worker.ts, unchanged) with an `import.check` task that misbehaves as its
 * params' `actor` says, for the runner's tests of typed errors and checked results.
 */
const misbehaviours = {
  validation: () => {
    throw new ApiError('VALIDATION', 'The file changed since it was checked', {
      mapping: 'The column "E-mail" is no longer in the file',
    });
  },
  plainError: () => {
    throw new Error('ENOENT: no such file /home/ada/secret-customers.csv');
  },
  /** Writes while the test holds the write lock: SQLite answers busy after the timeout. */
  busy: () => {
    const db = new Database((workerData as WorkerInput).databaseFile, { timeout: 50 });
    try {
      db.exec('BEGIN IMMEDIATE');
    } finally {
      db.close();
    }
  },
  resultOutsideSchema: () => ({ rows: 'many' }),
  untilCancelled: async (context: TaskContext) => {
    for (;;) {
      context.checkCancelled();
      context.progress(1, null);
      await sleep(10);
    }
  },
};
export type Misbehaviour = keyof typeof misbehaviours;

Object.assign(jobTasks, {
  'import.check': defineTask((params: ImportJobParams, context) =>
    misbehaviours[params.actor as Misbehaviour](context),
  ),
});
await import('../worker');
