import { z } from 'zod';
import { text } from '../text';
import { operation } from '../contract';
import { exportJobKinds } from '../exports/contract';
import { importJobKinds } from '../imports/contract';
import { jobInfoOf } from './job-info';

import type { JobState } from './job-info';

export { finishedJobStates, jobStates, type JobState } from './job-info';

/**
 * Background jobs (imports, exports): each runs in a worker thread in the core, reports
 * progress as a `job.progress` event carrying a `JobInfo`, and can be cancelled.
 */
export const jobProgressTopic = 'job.progress';

/** Every job kind, with its params and its result: the one table the runner and the worker use. */
export const jobKinds = { ...importJobKinds, ...exportJobKinds };
export type JobKind = keyof typeof jobKinds;
export type JobParams<K extends JobKind> = z.output<(typeof jobKinds)[K]['params']>;
export type JobResult<K extends JobKind> = z.output<(typeof jobKinds)[K]['result']>;

type JobInfoSchemas = { [K in JobKind]: ReturnType<typeof jobInfoOf<typeof jobKinds, K>> };
// Built from the table, so a new kind is one line there; TypeScript cannot follow the map, hence the types.
const jobInfoSchemas = Object.values(
  Object.fromEntries(
    Object.keys(jobKinds).map((kind) => [kind, jobInfoOf(jobKinds, kind as JobKind)]),
  ) as JobInfoSchemas,
) as [JobInfoSchemas[JobKind], ...JobInfoSchemas[JobKind][]];

/** A job of one kind: `result` is that kind's result, set when the state is `done`. */
export type JobInfoOf<K extends JobKind> = z.output<JobInfoSchemas[K]>;
/** Any job; narrow on `kind` (and `state`) to reach a typed result. */
export const jobInfo = z.discriminatedUnion('kind', jobInfoSchemas);
export type JobInfo = z.output<typeof jobInfo>;

/** Narrows a job to its kind, e.g. a `job.progress` event's payload to the job a panel follows. */
export function isJobOf<K extends JobKind>(job: JobInfo, kind: K): job is JobInfo & JobInfoOf<K> {
  return job.kind === kind;
}

/** Narrows a job (of a known kind or not) to a done one, whose `result` is set. */
export function isDone<J extends { state: JobState }>(job: J): job is Extract<J, { state: 'done' }> {
  return job.state === 'done';
}

const jobId = z.object({ id: text().min(1).max(100) });

export const jobsContract = {
  'jobs.list': operation('Background jobs of this session, newest first', z.object({}).default({}), z.array(jobInfo)),
  'jobs.get': operation('One background job: state, progress and result', jobId, jobInfo),
  'jobs.cancel': operation('Asks a running job to stop; its changes are rolled back', jobId, jobInfo),
} as const;
