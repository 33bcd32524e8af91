import { useState } from 'react';
import type { ExportedFile } from '../../shared/exports/contract';
import type { JobInfo } from '../../shared/jobs/contract';
import { call } from '../client/api';
import { isFinished, useJob } from '../jobs/use-job';
import { saveExport } from './save-export';

type ExportKind = 'export.customers' | 'export.activity';
type ExportJob = JobInfo & { kind: ExportKind };

/**
 * An export dialog's job: started once, followed with progress, cancelled when the dialog
 * closes while it runs (nobody would be left to save the file), and its file saved on request.
 */
export function useExportJob(onClose: () => void) {
  const [started, setStarted] = useState<ExportJob | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const job = useJob<ExportKind>(started);
  const file: ExportedFile | null = job?.state === 'done' ? job.result : null;
  return {
    job,
    file,
    error,
    saved,
    start(starting: Promise<ExportJob>) {
      setError(null);
      starting.then(setStarted).catch((e: Error) => setError(e.message));
    },
    close() {
      if (job && !isFinished(job)) void call('jobs.cancel', { id: job.id }).catch(() => undefined);
      onClose();
    },
    save(exported: ExportedFile) {
      saveExport(exported)
        .then(setSaved)
        .catch((e: Error) => setError(e.message));
    },
  };
}
