import { defineTask, JobCancelled } from '../jobs/task';
import { failureText } from '../jobs/worker-protocol';
import { importWriter, undoSteps } from './batch';
import { findImport, updateImport } from './history';
import { pendingUndo, undoImport, undoSummary } from './undo';

export interface UndoImportParams {
  importId: number;
  actor: string;
}

/** Undoes an import in the background (undo.ts), a batch at a time; a cancel keeps the batches done. */
export const undoImportTask = defineTask(async ({ importId, actor }: UndoImportParams, context) => {
  const db = context.storage.writer;
  try {
    return await undoImport(db, importWriter(context), importId, actor, undoSteps(db, context));
  } catch (error) {
    const stopped = error instanceof JobCancelled ? 'Undo cancelled' : `Undo failed (${failureText(error)})`;
    const done = findImport(db, importId)?.undo;
    const left = pendingUndo(db, importId).toLocaleString('en');
    updateImport(db, importId, {
      message: `${stopped}${done ? ` after ${undoSummary(done)}` : ''}; ${left} customers to go: undo again to finish`,
    });
    throw error;
  }
});
