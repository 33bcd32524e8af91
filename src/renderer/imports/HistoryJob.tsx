import { Alert, Anchor, Group, Stack, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { Link } from 'react-router';
import type { ImportReport, ImportUndoReport } from '../../shared/imports/contract';
import type { JobInfoOf } from '../../shared/jobs/contract';
import { counted, formatCount } from '../customers/display/format';
import { JobProgress } from '../jobs/JobProgress';
import { isFinished, useJob } from '../jobs/use-job';
import { importKeys } from './queries';

export type HistoryJobKind = 'resume' | 'undo';
/** What `imports.resume` (an import) or `imports.undo` started. */
export type HistoryJobInfo = JobInfoOf<'import.run'> | JobInfoOf<'import.undo'>;

/** A resume or an undo started from the history: its progress (with Cancel) and what it did. */
export function HistoryJob({ started }: { started: HistoryJobInfo }) {
  const client = useQueryClient();
  const job = useJob(started);
  const undo = started.kind === 'import.undo';
  const ended = job !== null && isFinished(job);

  useEffect(() => {
    if (!ended) return;
    void client.invalidateQueries({ queryKey: importKeys.history });
    void client.invalidateQueries({ queryKey: ['customers'] });
  }, [ended, client]);

  if (!job) return null;
  return (
    <Stack gap="xs">
      <JobProgress job={job} unit={undo ? 'customers' : 'rows'} />
      {job.state === 'done' && job.kind === 'import.run' && <ResumeOutcome report={job.result} />}
      {job.state === 'done' && job.kind === 'import.undo' && <UndoOutcome report={job.result} />}
      {job.state === 'cancelled' && (
        <Alert color="gray" title={undo ? 'Undo cancelled' : 'Import cancelled'}>
          What was done before the cancel stays; the history says how far it got.
        </Alert>
      )}
    </Stack>
  );
}

function ResumeOutcome({ report }: { report: ImportReport }) {
  return (
    <Alert color="teal" title="Import finished">
      <Text size="sm">
        {counted(report.toCreate, 'customer')} created, {formatCount(report.toUpdate)} updated in all.{' '}
        <Link to="/customers">Open the customer list</Link>
      </Text>
    </Alert>
  );
}

function UndoOutcome({ report }: { report: ImportUndoReport }) {
  return (
    <Alert color={report.skipped > 0 ? 'orange' : 'teal'} title="Import undone">
      <Text size="sm">
        {counted(report.removed, 'customer')} removed, {counted(report.restored, 'customer')} restored.
        {report.skipped > 0 && ` ${counted(report.skipped, 'customer')} changed after the import and left as they are:`}
      </Text>
      {report.skippedCustomers.length > 0 && (
        <Group gap="xs" mt={4}>
          {report.skippedCustomers.map(({ customerId, reason }) => (
            <Anchor key={customerId} component={Link} to={`/customers/${customerId}`} size="sm" title={reason}>
              #{customerId}
            </Anchor>
          ))}
        </Group>
      )}
    </Alert>
  );
}
