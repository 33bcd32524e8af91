import { z } from 'zod';
import { operation } from '../contract';

/**
 * Background jobs (imports, exports): each runs in a worker thread in the core, reports
 * progress as a `job.progress` event carrying a `JobInfo`, and can be cancelled.
 */
export const jobProgressTopic = 'job.progress';

export const jobStates = ['queued', 'running', 'done', 'failed', 'cancelled'] as const;
export type JobState = (typeof jobStates)[number];
export const finishedJobStates: readonly JobState[] = ['done', 'failed', 'cancelled'];

export const jobInfo = z.object({
  id: z.string(),
  /** Which task runs, e.g. `import.run`, `export.customers`. */
  kind: z.string(),
  /** What a person reads in a progress panel: "Import of customers.csv". */
  label: z.string(),
  state: z.enum(jobStates),
  done: z.number().int(),
  /** Null while the size of the work is not known yet. */
  total: z.number().int().nullable(),
  rowsPerSecond: z.number().int(),
  secondsLeft: z.number().int().nullable(),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
  error: z.string().nullable(),
  /** The task's answer once done (its shape belongs to the feature that started the job). */
  result: z.unknown(),
});
export type JobInfo = z.output<typeof jobInfo>;

const jobId = z.object({ id: z.string().min(1).max(100) });

export const jobsContract = {
  'jobs.list': operation('Background jobs of this session, newest first', z.object({}).default({}), z.array(jobInfo)),
  'jobs.get': operation('One background job: state, progress and result', jobId, jobInfo),
  'jobs.cancel': operation('Asks a running job to stop; its changes are rolled back', jobId, jobInfo),
} as const;
