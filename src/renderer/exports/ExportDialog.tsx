import { Modal, SegmentedControl, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { CustomerSortKey, CustomerFilters } from '../../shared/customers/contract';
import { exportColumnPresets, presetHeaders } from '../../shared/exports/columns';
import { exportFormatLabels, exportFormats, type ExportFormat } from '../../shared/exports/contract';
import { call } from '../client/api';
import { ColumnPicker, type ColumnChoice } from './ColumnPicker';
import { ExportJobFooter } from './ExportJobFooter';
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
  const exportJob = useExportJob(onClose);
  const { job, close } = exportJob;
  const hasFilters = Object.values(filters).some((v) => (Array.isArray(v) ? v.length > 0 : Boolean(v)));
  const subject =
    total === undefined
      ? hasFilters
        ? 'the customers that match the list’s search and filters'
        : 'every customer'
      : `${numbers.format(total)} ${total === 1 ? 'customer' : 'customers'}${hasFilters ? ' (the list’s search and filters)' : ''}`;

  const start = () =>
    exportJob.start(call('exports.customers', { format, columns, headers, filters, sort, direction }));

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
        <ExportJobFooter
          exportJob={exportJob}
          unit="customers"
          canStart={format === 'pdf' || columns.length > 0}
          onStart={start}
        />
      </Stack>
    </Modal>
  );
}
