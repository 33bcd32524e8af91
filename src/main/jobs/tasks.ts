import { customerExportTask } from '../exports/task';
import { checkImportTask, runImportTask } from '../imports/import-file';
import { undoImportTask } from '../imports/undo-task';

/**
 * Every task a job worker can run, by kind. Add one line per task (worker side: see task.ts).
 * Only `worker.ts` imports this at run time; the runner imports its type for typed params.
 */
export const jobTasks = {
  'import.check': checkImportTask,
  'import.run': runImportTask,
  'import.undo': undoImportTask,
  'export.customers': customerExportTask,
};
