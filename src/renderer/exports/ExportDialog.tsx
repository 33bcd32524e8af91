import { Alert, Button, Group, Modal, SegmentedControl, Stack, Text } from '@mantine/core';
import { IconDownload, IconFileExport } from '@tabler/icons-react';
import { useState } from 'react';
import type { CustomerSortKey, CustomerFilters } from '../../shared/customers/contract';
import { exportColumnPresets, presetHeaders } from '../../shared/exports/columns';
import { exportFormatLabels, exportFormats, type ExportFormat } from '../../shared/exports/contract';
import { call } from '../client/api';
import { JobProgress } from '../jobs/JobProgress';
import { isFinished } from '../jobs/use-job';
import { ColumnPicker, type ColumnChoice } from './ColumnPicker';
import { useExportJob } from './use-export-job';

export interface ExportDialogProps {
  /** The customer list's current search and filters: the export holds what the list shows. */
  filters: CustomerFilters;
  sort?: CustomerSortKey;
  direction?: 'asc' | 'desc';
  /** How many customers the list shows, when known. */
  total?: number;
  onClose(): void;
}

const numbers = new Intl.NumberFormat();

/** Export of the customer list: format, columns, then progress with cancel, then save. */
export function ExportDialog({ filters, sort, direction, total, onClose }: ExportDialogProps) {
  const [format, setFormat] = useState<ExportFormat>('csv');
  const [choice, setChoice] = useState<ColumnChoice>({
    columns: [...exportColumnPresets.all.columns],
    headers: presetHeaders('all'),
  });
  const { columns, headers } = choice;
  const { job, file, error, saved, start: startJob, close, save } = useExportJob(onClose);
  const hasFilters = Object.values(filters).some((v) => (Array.isArray(v) ? v.length > 0 : Boolean(v)));
  const subject =
    total === undefined
      ? hasFilters
        ? 'the customers that match the list’s search and filters'
        : 'every customer'
      : `${numbers.format(total)} ${total === 1 ? 'customer' : 'customers'}${hasFilters ? ' (the list’s search and filters)' : ''}`;

  const start = () => startJob(call('exports.customers', { format, columns, headers, filters, sort, direction }));

  return (
    <Modal opened onClose={close} title="Export customers" size="lg">
      <Stack>
        <Text size="sm">Exports {subject}.</Text>
        {!job && (
          <>
            <SegmentedControl
              aria-label="Format"
              value={format}
              onChange={(value) => setFormat(value as ExportFormat)}
              data={exportFormats.map((value) => ({ value, label: exportFormatLabels[value] }))}
            />
            {format === 'pdf' ? (
              <Text size="sm" c="dimmed">
                A report with counts by status, verification and country, each as a chart.
              </Text>
            ) : (
              <ColumnPicker value={choice} onChange={setChoice} />
            )}
          </>
        )}
        {job && <JobProgress job={job} unit="customers" />}
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
            <Button
              leftSection={<IconFileExport size={16} />}
              disabled={format !== 'pdf' && columns.length === 0}
              onClick={start}
            >
              Export
            </Button>
          )}
          {file && (
            <Button leftSection={<IconDownload size={16} />} onClick={() => save(file)}>
              Save {file.downloadName}
            </Button>
          )}
        </Group>
      </Stack>
    </Modal>
  );
}
