import type { JobKind, JobParams, JobResult } from '../../shared/jobs/contract';
import { activityExportTask } from '../exports/activity-task';
import { customerExportTask } from '../exports/task';
import { checkImportTask, runImportTask } from '../imports/import-file';
import { undoImportTask } from '../imports/undo-task';
import type { Task } from './task';

/**
 * Every task a job worker can run, by kind: one line per kind of `jobKinds` (src/shared/jobs),
 * whose params the task takes and whose result it answers. Only `worker.ts` imports this.
 */
export const jobTasks = {
  'import.check': checkImportTask,
  'import.run': runImportTask,
  'import.undo': undoImportTask,
  'export.customers': customerExportTask,
  'export.activity': activityExportTask,
} satisfies { [K in JobKind]: Task<JobParams<K>, JobResult<K>> };
