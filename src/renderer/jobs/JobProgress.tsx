import { Button, Group, Paper, Progress, Stack, Text } from '@mantine/core';
import { IconPlayerStopFilled } from '@tabler/icons-react';
import { useState } from 'react';
import type { JobInfo } from '../../shared/jobs/contract';
import { call } from '../client/api';
import { isFinished } from './use-job';

const numbers = new Intl.NumberFormat();

export function formatDuration(seconds: number): string {
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes} min ${seconds % 60} s`;
  return `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}

const stateText: Record<JobInfo['state'], string> = {
  queued: 'Waiting for another job to finish…',
  running: 'Running',
  done: 'Finished',
  failed: 'Failed',
  cancelled: 'Cancelled',
};

/**
 * A job's progress bar with rows done, rows per second, time left and a Cancel button.
 * Reused by imports and exports: give it the JobInfo from `useJob`.
 */
export function JobProgress({ job, unit = 'rows' }: { job: JobInfo; unit?: string }) {
  const [cancelling, setCancelling] = useState(false);
  const finished = isFinished(job);
  const percent = job.total ? Math.min(100, (job.done / job.total) * 100) : finished ? 100 : 0;
  const color =
    job.state === 'failed' ? 'red' : job.state === 'cancelled' ? 'gray' : job.state === 'done' ? 'teal' : 'blue';

  return (
    <Paper withBorder p="md" radius="md" aria-label={job.label}>
      <Stack gap="xs">
        <Group justify="space-between">
          <Text fw={600}>{job.label}</Text>
          <Text size="sm" c={job.state === 'failed' ? 'red' : 'dimmed'} role="status">
            {stateText[job.state]}
          </Text>
        </Group>
        <Progress
          value={percent}
          color={color}
          size="lg"
          striped={!finished}
          animated={!finished}
          aria-label="Progress"
          transitionDuration={200}
        />
        <Group justify="space-between" gap="xs">
          <Text size="sm">
            {numbers.format(job.done)}
            {job.total !== null ? ` of ${numbers.format(job.total)}` : ''} {unit}
          </Text>
          {!finished && job.rowsPerSecond > 0 && (
            <Text size="sm" c="dimmed">
              {numbers.format(job.rowsPerSecond)} {unit}/s
              {job.secondsLeft !== null ? ` · about ${formatDuration(job.secondsLeft)} left` : ''}
            </Text>
          )}
        </Group>
        {job.error && (
          <Text size="sm" c="red">
            {job.error.message}
          </Text>
        )}
        {!finished && (
          <Group justify="flex-end">
            <Button
              variant="default"
              color="red"
              leftSection={<IconPlayerStopFilled size={14} />}
              loading={cancelling}
              onClick={() => {
                setCancelling(true);
                void call('jobs.cancel', { id: job.id }).finally(() => setCancelling(false));
              }}
            >
              Cancel
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
