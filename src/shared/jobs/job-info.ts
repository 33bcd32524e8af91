import { z } from 'zod';
import { apiErrorBody } from '../errors';

/**
 * The building blocks of background jobs, without any feature: a feature contract declares its
 * job kinds with `jobKind` and its operations' JobInfo with `jobInfoOf`; `contract.ts` gathers
 * every kind into the one table.
 */
export const jobStates = ['queued', 'running', 'done', 'failed', 'cancelled'] as const;
export type JobState = (typeof jobStates)[number];
export const finishedJobStates: readonly JobState[] = ['done', 'failed', 'cancelled'];
const notDoneStates = jobStates.filter((state): state is Exclude<JobState, 'done'> => state !== 'done');

/** What a job kind takes and gives: both cross a worker thread, and the result reaches the renderer. */
export interface JobKindSpec<P extends z.ZodType = z.ZodType, R extends z.ZodType = z.ZodType> {
  /** What the worker's task receives, built by the core's handler that starts the job. */
  params: P;
  /** What the task answers once done: `JobInfo.result`, checked by the runner against this schema. */
  result: R;
}

export function jobKind<P extends z.ZodType, R extends z.ZodType>(params: P, result: R): JobKindSpec<P, R> {
  return { params, result };
}

const jobProgress = z.object({
  id: z.string(),
  /** What a person reads in a progress panel: "Import of customers.csv". */
  label: z.string(),
  done: z.number().int(),
  /** Null while the size of the work is not known yet. */
  total: z.number().int().nullable(),
  rowsPerSecond: z.number().int(),
  secondsLeft: z.number().int().nullable(),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
});

/**
 * The JobInfo of one kind of a table of kinds: the result is there exactly when the state is
 * `done`; a failed job carries a typed error (a cancelled one none).
 */
export function jobInfoOf<T extends Record<K, JobKindSpec>, K extends keyof T & string>(
  kinds: T,
  kind: K,
): ReturnType<typeof jobInfoFor<K, T[K]['result']>> {
  return jobInfoFor(kind, kinds[kind].result);
}

function jobInfoFor<K extends string, R extends z.ZodType>(kind: K, result: R) {
  const ofKind = jobProgress.extend({ kind: z.literal(kind) });
  return z.discriminatedUnion('state', [
    ofKind.extend({ state: z.literal('done'), result, error: z.null() }),
    ofKind.extend({ state: z.enum(notDoneStates), result: z.null(), error: apiErrorBody.nullable() }),
  ]);
}
