import { Alert, Badge, Group, SegmentedControl, Stack, Text } from '@mantine/core';
import { IconEye, IconEyeOff, IconFileOff } from '@tabler/icons-react';
import { useCallback, useRef, useState } from 'react';
import { slotLabels } from '../../../shared/kyc/fields';
import type { DocumentRecord } from '../../../shared/kyc/contract';
import { bridge } from '../../client/api';
import { formatBytes } from '../documents/format';
import { useMarkViewed } from '../queries';
import { ImageViewer } from './ImageViewer';
import { PdfViewer } from './PdfViewer';
import { ViewerToolbar } from './ViewerToolbar';
import { useViewTransform } from './view-transform';
import classes from './viewer.module.css';

/** One file in the viewer; keyed by document id by its parent, so each file starts at "fit". */
function FileView({ document }: { document: DocumentRecord }) {
  const controls = useViewTransform();
  const markViewed = useMarkViewed();
  const [failed, setFailed] = useState(false);
  const { mutate } = markViewed;
  const { id, viewedByMe } = document;
  // Shown to the reviewer means opened: the core then lets them approve the check.
  const reported = useRef(false);
  const onOpened = useCallback(() => {
    if (viewedByMe || reported.current) return;
    reported.current = true;
    mutate(id);
  }, [id, viewedByMe, mutate]);
  const onError = useCallback(() => setFailed(true), []);
  const url = bridge.documentUrl(document.id);

  if (failed) {
    return (
      <Alert color="red" icon={<IconFileOff size={18} />} title="This file could not be shown">
        {document.fileName} could not be read. Ask the customer for a new file.
      </Alert>
    );
  }
  if (document.mimeType === 'application/pdf') {
    return <PdfViewer url={url} controls={controls} onOpened={onOpened} onError={onError} />;
  }
  return (
    <>
      <ViewerToolbar controls={controls} />
      <ImageViewer
        url={url}
        alt={`${slotLabels[document.slot]}: ${document.fileName}`}
        controls={controls}
        onOpened={onOpened}
        onError={onError}
      />
    </>
  );
}

interface Props {
  documents: DocumentRecord[];
  /** Shown when the check has no file. */
  emptyMessage: string;
}

/** The reviewer's viewer: picks one of the check's files, shows what it is and whether it was opened. */
export function DocumentViewer({ documents, emptyMessage }: Props) {
  const [selectedId, setSelectedId] = useState<number | null>(null);
  const selected = documents.find((document) => document.id === selectedId) ?? documents[0];

  if (!selected) {
    return (
      <Stack className={classes.empty} align="center" justify="center" gap="xs">
        <IconFileOff size={40} stroke={1.2} />
        <Text c="dimmed">{emptyMessage}</Text>
      </Stack>
    );
  }

  return (
    <Stack gap="xs" className={classes.viewer} aria-label="Document viewer" role="region">
      <Group justify="space-between" wrap="nowrap">
        {documents.length > 1 ? (
          <SegmentedControl
            size="xs"
            value={String(selected.id)}
            onChange={(value) => setSelectedId(Number(value))}
            data={documents.map((document) => ({ value: String(document.id), label: slotLabels[document.slot] }))}
            aria-label="File"
          />
        ) : (
          <Text fw={600} size="sm">
            {slotLabels[selected.slot]}
          </Text>
        )}
        <Group gap="xs" wrap="nowrap">
          <Text size="xs" c="dimmed" truncate maw={260}>
            {selected.fileName} · {formatBytes(selected.size)} · v{selected.version}
          </Text>
          {selected.viewedByMe ? (
            <Badge color="teal" variant="light" leftSection={<IconEye size={12} />}>
              Opened
            </Badge>
          ) : (
            <Badge color="gray" variant="light" leftSection={<IconEyeOff size={12} />}>
              Not opened yet
            </Badge>
          )}
        </Group>
      </Group>
      <FileView key={selected.id} document={selected} />
    </Stack>
  );
}
