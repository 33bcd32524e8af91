import { Button, Modal, SegmentedControl, Stack, Text } from '@mantine/core';
import { IconFileExport } from '@tabler/icons-react';
import { useState } from 'react';
import { activityExportFormats, type ActivityExportInput } from '../../shared/exports/activity';
import { exportFormatLabels } from '../../shared/exports/contract';
import { call } from '../client/api';
import { ExportJobFooter } from './ExportJobFooter';
import { useExportJob } from './use-export-job';

type Format = (typeof activityExportFormats)[number];
/** What to export, without its format (the dialog asks for it). */
export type ActivityExportSubject = ActivityExportInput extends infer I
  ? I extends unknown
    ? Omit<I, 'format'>
    : never
  : never;

export interface ActivityExportProps {
  subject: ActivityExportSubject;
  /** "Export exchanges", "Export transactions": the button's and the dialog's title. */
  title: string;
  /** What the file will hold, in a sentence ("The 12 exchanges the list shows"). */
  description: string;
  /** Rows, as the progress names them. */
  unit: string;
}

/** "Export" of an activity list: CSV or XLSX, progress with cancel, then save. */
export function ActivityExportButton(props: ActivityExportProps) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button
        variant="default"
        leftSection={<IconFileExport size={16} />}
        style={{ flexShrink: 0 }}
        onClick={() => setOpen(true)}
      >
        {props.title}
      </Button>
      {open && <ActivityExportDialog {...props} onClose={() => setOpen(false)} />}
    </>
  );
}

function ActivityExportDialog({
  subject,
  title,
  description,
  unit,
  onClose,
}: ActivityExportProps & { onClose(): void }) {
  const [format, setFormat] = useState<Format>('csv');
  const exportJob = useExportJob(onClose);
  const { job, close } = exportJob;
  return (
    <Modal opened onClose={close} title={title} size="lg">
      <Stack>
        <Text size="sm">{description}</Text>
        <Text size="sm" c="dimmed">
          Amounts are exact decimals beside their currency, in the columns the import reads: the file can be imported
          back.
        </Text>
        {!job && (
          <SegmentedControl
            aria-label="Format"
            value={format}
            onChange={(value) => setFormat(value as Format)}
            data={activityExportFormats.map((value) => ({ value, label: exportFormatLabels[value] }))}
          />
        )}
        <ExportJobFooter
          exportJob={exportJob}
          unit={unit}
          onStart={() => exportJob.start(call('exports.activity', { ...subject, format } as ActivityExportInput))}
        />
      </Stack>
    </Modal>
  );
}
