import { Button, Group, Loader, Text } from '@mantine/core';
import { IconRefresh, IconScan } from '@tabler/icons-react';
import type { DocumentComparison, DocumentReading } from '../../shared/document-reading/contract';
import { readableSlots } from '../../shared/document-reading/fields';
import { slotLabels } from '../../shared/kyc/fields';
import { formatDateTime } from '../app/dates';
import { useReadAgain } from './queries';

function stateLine(reading: DocumentReading): string {
  if (reading.state === 'reading') return 'Reading…';
  if (reading.state === 'failed') return `Not read: ${reading.error ?? 'the engine failed'}`;
  const seconds = reading.durationMs === null ? '' : ` in ${(reading.durationMs / 1000).toFixed(1)} s`;
  const what = reading.mrz
    ? `MRZ ${reading.mrz.format}`
    : reading.barcode
      ? 'licence barcode'
      : reading.face
        ? 'face'
        : 'printed text';
  return `Read ${formatDateTime(reading.finishedAt ?? reading.startedAt)}${seconds} · ${what}`;
}

/** Each current file's reading: under way, done (when, how, by which engine) or failed, and Read again. */
export function ReadingsStatus({ comparison }: { comparison: DocumentComparison }) {
  const readAgain = useReadAgain(comparison.customerId);
  const readings = readableSlots.flatMap((slot) => {
    const reading = comparison.readings[slot];
    return reading ? [reading] : [];
  });
  if (readings.length === 0 && comparison.unread.length === 0) return null;
  return (
    <div role="list" aria-label="Files read">
      {readings.map((reading) => (
        <Group key={reading.documentId} justify="space-between" gap="xs" wrap="nowrap" role="listitem">
          <Group gap={6} wrap="nowrap" miw={0}>
            {reading.state === 'reading' && <Loader size={12} aria-hidden />}
            <Text
              size="xs"
              c={reading.state === 'failed' ? 'red' : 'dimmed'}
              lineClamp={2}
              title={reading.engines.map((e) => `${e.name} ${e.version}`).join(', ')}
            >
              <b>{slotLabels[reading.slot]}</b>: {stateLine(reading)}
            </Text>
          </Group>
          {reading.state !== 'reading' && (
            <Button
              size="compact-xs"
              style={{ flexShrink: 0 }}
              variant="subtle"
              leftSection={<IconRefresh size={12} />}
              loading={readAgain.isPending && readAgain.variables === reading.documentId}
              onClick={() => readAgain.mutate(reading.documentId)}
              aria-label={`Read again: ${slotLabels[reading.slot].toLowerCase()}`}
            >
              Read again
            </Button>
          )}
        </Group>
      ))}
      {comparison.unread.map((file) => (
        <Group key={file.documentId} justify="space-between" gap="xs" wrap="nowrap" role="listitem">
          <Text size="xs" c="dimmed">
            <b>{slotLabels[file.slot]}</b>: stored before the desk read documents
          </Text>
          <Button
            size="compact-xs"
            style={{ flexShrink: 0 }}
            variant="light"
            leftSection={<IconScan size={12} />}
            loading={readAgain.isPending && readAgain.variables === file.documentId}
            onClick={() => readAgain.mutate(file.documentId)}
            aria-label={`Read now: ${slotLabels[file.slot].toLowerCase()}`}
          >
            Read now
          </Button>
        </Group>
      ))}
    </div>
  );
}
