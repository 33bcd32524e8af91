import { Alert, Button, Group, Text } from '@mantine/core';
import { IconDownload, IconFileExport } from '@tabler/icons-react';
import { JobProgress } from '../jobs/JobProgress';
import { isFinished } from '../jobs/use-job';
import type { useExportJob } from './use-export-job';

interface Props {
  exportJob: ReturnType<typeof useExportJob>;
  /** Rows, as the progress names them ("customers", "exchanges"). */
  unit: string;
  /** Whether the choices so far make a file (a column picked...). */
  canStart?: boolean;
  onStart(): void;
}

/** The end of an export dialog: its job's progress or error, then Cancel / Export, Close / Save. */
export function ExportJobFooter({ exportJob, unit, canStart = true, onStart }: Props) {
  const { job, file, error, saved, close, save } = exportJob;
  return (
    <>
      {job && <JobProgress job={job} unit={unit} />}
      {error && (
        <Alert color="red" title="Export failed">
          {error}
        </Alert>
      )}
      {saved && (
        <Text size="sm" c="teal" role="status">
          Saved {saved}
        </Text>
      )}
      <Group justify="flex-end">
        {(!job || isFinished(job)) && (
          <Button variant="default" onClick={close}>
            {job ? 'Close' : 'Cancel'}
          </Button>
        )}
        {!job && (
          <Button leftSection={<IconFileExport size={16} />} disabled={!canStart} onClick={onStart}>
            Export
          </Button>
        )}
        {file && (
          <Button leftSection={<IconDownload size={16} />} onClick={() => save(file)}>
            Save {file.downloadName}
          </Button>
        )}
      </Group>
    </>
  );
}
