import type { HandlerTable } from '../api';
import type { JobRunner } from './runner';

type JobOperations = 'jobs.list' | 'jobs.get' | 'jobs.cancel';

export function jobsHandlers(jobs: JobRunner): HandlerTable<JobOperations> {
  return {
    'jobs.list': () => jobs.list(),
    'jobs.get': ({ id }) => jobs.get(id),
    'jobs.cancel': ({ id }) => jobs.cancel(id),
  };
}
