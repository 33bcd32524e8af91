import { ApiError, type ApiErrorBody } from '../../shared/errors';
import type { JobKind, JobParams } from '../../shared/jobs/contract';
import { busyOr } from '../db/sqlite/storage';
import { JobCancelled } from './task';

/** Messages between the runner (main thread) and `worker.ts`. */
export interface WorkerInput {
  kind: JobKind;
  params: JobParams<JobKind>;
  databaseFile: string;
  dataDir: string;
  /** One Int32: set to 1 by the runner to cancel. Shared memory, so a busy loop sees it. */
  cancelFlag: SharedArrayBuffer;
  /** The core's WriteTurn (db/sqlite/write-turn.ts): a long job lets waiting writers go first. */
  writeTurn: SharedArrayBuffer;
  /** The decision log's key, as the core last loaded it (null: the vault key is not available). */
  decisionLogKey: Uint8Array | null;
}

/** What the main side logs of an error that is not for the client's eyes. */
export interface InternalFailure {
  name: string;
  message: string;
  stack: string | null;
}

export type WorkerMessage =
  | { type: 'progress'; done: number; total: number | null }
  /** Checked by the runner against the kind's result schema before anyone sees it. */
  | { type: 'done'; result: unknown }
  | { type: 'cancelled' }
  /** `internal` is set when the task threw something other than an ApiError (the error is then INTERNAL). */
  | { type: 'failed'; error: ApiErrorBody; internal: InternalFailure | null };

export const internalJobError: ApiErrorBody = {
  code: 'INTERNAL',
  message: 'The job stopped on an unexpected error',
};

/** What a job's history entry may say of its error: an ApiError's message, never an internal one. */
export function failureText(error: unknown): string {
  const typed = busyOr(error, 'this job');
  return typed instanceof ApiError ? typed.message : internalJobError.message;
}

/**
 * How a task's error crosses to the main thread: an ApiError (SQLite busy or locked becomes
 * one, BUSY) keeps its code, message and field errors; anything else becomes INTERNAL, its
 * message and stack sent only for the main side's log.
 */
export function failureMessage(error: unknown): WorkerMessage {
  if (error instanceof JobCancelled) return { type: 'cancelled' };
  const typed = busyOr(error, 'this job');
  if (typed instanceof ApiError) return { type: 'failed', error: typed.toBody(), internal: null };
  const internal =
    error instanceof Error
      ? { name: error.name, message: error.message, stack: error.stack ?? null }
      : { name: typeof error, message: String(error), stack: null };
  return { type: 'failed', error: internalJobError, internal };
}
