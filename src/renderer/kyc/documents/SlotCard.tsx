import {
  ActionIcon,
  Alert,
  Anchor,
  Badge,
  Button,
  Collapse,
  Group,
  Image,
  Paper,
  Stack,
  Text,
  ThemeIcon,
  Tooltip,
} from '@mantine/core';
import { Dropzone } from '@mantine/dropzone';
import { useDisclosure } from '@mantine/hooks';
import { IconEye, IconFileTypePdf, IconTrash, IconUpload } from '@tabler/icons-react';
import { useState } from 'react';
import type { DocumentRecord, documentSlotRecord } from '../../../shared/kyc/contract';
import { checkLabels, slotAccepts, slotCheck, slotLabels } from '../../../shared/kyc/fields';
import { bridge } from '../../client/api';
import { useReview, useUpload } from '../queries';
import { DeleteDocumentModal } from './DeleteDocumentModal';
import { formatBytes } from './format';
import { readAsBase64 } from './read-file';
import { resetByUpload, ResetCheckModal, type CheckReset } from './ResetCheckModal';
import classes from './documents.module.css';
import { acceptedTypes, rejectionMessage } from './upload-messages';
import type { z } from 'zod';
import { formatDateTime } from '../../app/dates';

type SlotRecord = z.output<typeof documentSlotRecord>;

interface Props {
  customerId: number;
  record: SlotRecord;
  limitMegabytes: number;
  onView: (document: DocumentRecord) => void;
}

function Thumbnail({ document }: { document: DocumentRecord }) {
  if (document.mimeType === 'application/pdf') {
    return (
      <ThemeIcon size={56} variant="light" color="red" radius="sm">
        <IconFileTypePdf size={30} stroke={1.4} />
      </ThemeIcon>
    );
  }
  return (
    <Image
      src={bridge.documentUrl(document.id)}
      alt=""
      w={56}
      h={56}
      radius="sm"
      fit="cover"
      className={classes.thumb}
    />
  );
}

/** One upload slot: its current file, upload or replace by drop or click, delete with a reason, and earlier versions. */
export function SlotCard({ customerId, record, limitMegabytes, onView }: Props) {
  const { slot, current } = record;
  const upload = useUpload();
  const [problem, setProblem] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<DocumentRecord | null>(null);
  const review = useReview(customerId);
  const [confirming, setConfirming] = useState<{ file: File; reset: CheckReset } | null>(null);
  const [historyOpen, history] = useDisclosure(false);
  const earlier = record.history.filter((document) => document.id !== current?.id);
  const check = slotCheck[slot];
  const label = slotLabels[slot];

  const send = async (file: File) => {
    setProblem(null);
    try {
      const contentBase64 = await readAsBase64(file);
      await upload.mutateAsync({ customerId, slot, fileName: file.name, contentBase64 });
    } catch (error) {
      setProblem(`${file.name}: ${error instanceof Error ? error.message : 'could not be uploaded'}`);
    }
  };

  // A file for an approved check sends it back to review: the person confirms that first.
  const drop = (file: File) => {
    const reset = check && review.data ? resetByUpload(review.data, check, file.name) : null;
    if (reset) setConfirming({ file, reset });
    else void send(file);
  };

  return (
    <Paper withBorder p="sm" radius="md" role="group" aria-label={label}>
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap">
          <Text fw={600}>{label}</Text>
          {check ? (
            // The check the slot's file proves, whole: the slot's name beside it wraps instead.
            <Badge variant="light" color="gray" size="sm" tt="none" style={{ flexShrink: 0 }}>
              {checkLabels[check]}
            </Badge>
          ) : (
            <Text size="xs" c="dimmed">
              Profile picture
            </Text>
          )}
        </Group>

        {current ? (
          <Group gap="sm" wrap="nowrap" align="center">
            <Thumbnail document={current} />
            <Stack gap={0} style={{ minWidth: 0, flex: 1 }}>
              <Text size="sm" fw={500} truncate title={current.fileName}>
                {current.fileName}
              </Text>
              <Text size="xs" c="dimmed">
                {formatBytes(current.size)} · version {current.version}
              </Text>
              <Text size="xs" c="dimmed" truncate>
                {formatDateTime(current.uploadedAt)} by {current.uploadedBy}
              </Text>
            </Stack>
            <Group gap={4} wrap="nowrap">
              <Tooltip label="View">
                <ActionIcon variant="default" aria-label={`View ${label}`} onClick={() => onView(current)}>
                  <IconEye size={16} />
                </ActionIcon>
              </Tooltip>
              <Tooltip label="Delete">
                <ActionIcon
                  variant="default"
                  color="red"
                  aria-label={`Delete ${label}`}
                  onClick={() => setDeleting(current)}
                >
                  <IconTrash size={16} />
                </ActionIcon>
              </Tooltip>
            </Group>
          </Group>
        ) : (
          <Text size="sm" c="dimmed">
            No file
          </Text>
        )}

        <Dropzone
          onDrop={(files) => {
            const file = files[0];
            if (file) drop(file);
          }}
          onReject={(rejections) => {
            const first = rejections[0];
            if (first) setProblem(rejectionMessage(slot, first, limitMegabytes));
          }}
          accept={[...slotAccepts[slot]]}
          maxSize={limitMegabytes * 1024 * 1024}
          multiple={false}
          loading={upload.isPending}
          className={classes.dropzone}
          inputProps={{ 'aria-label': `Upload ${label}` }}
        >
          <Group gap="xs" justify="center" wrap="nowrap" style={{ pointerEvents: 'none' }}>
            <IconUpload size={18} color="var(--mantine-color-dimmed)" />
            <div>
              <Text size="sm">{current ? 'Drop a new file to replace' : 'Drop a file or click to upload'}</Text>
              <Text size="xs" c="dimmed">
                {acceptedTypes(slot)}, up to {limitMegabytes} MB
              </Text>
            </div>
          </Group>
        </Dropzone>

        {problem && (
          <Alert
            color="red"
            variant="light"
            p="xs"
            title="Not uploaded"
            withCloseButton
            onClose={() => setProblem(null)}
          >
            {problem}
          </Alert>
        )}

        {earlier.length > 0 && (
          <div>
            <Anchor component="button" type="button" size="xs" onClick={history.toggle} aria-expanded={historyOpen}>
              {historyOpen ? 'Hide' : 'Show'} earlier versions ({earlier.length})
            </Anchor>
            <Collapse expanded={historyOpen}>
              <Stack gap={4} mt={6} role="list" aria-label={`${label} history`}>
                {earlier.map((document) => (
                  <Group key={document.id} gap="xs" wrap="nowrap" role="listitem" className={classes.historyItem}>
                    <Text size="xs" ff="monospace" c="dimmed">
                      v{document.version}
                    </Text>
                    <Stack gap={0} style={{ minWidth: 0, flex: 1 }}>
                      <Text size="xs" truncate title={document.fileName}>
                        {document.fileName}
                      </Text>
                      <Text size="xs" c="dimmed" truncate>
                        {document.deletedAt
                          ? `Deleted ${formatDateTime(document.deletedAt)} by ${document.deletedBy}: ${document.deleteReason}`
                          : `Uploaded ${formatDateTime(document.uploadedAt)}, replaced later`}
                      </Text>
                    </Stack>
                    <Button size="compact-xs" variant="subtle" onClick={() => onView(document)}>
                      View
                    </Button>
                  </Group>
                ))}
              </Stack>
            </Collapse>
          </div>
        )}
      </Stack>
      {deleting && <DeleteDocumentModal document={deleting} onClose={() => setDeleting(null)} />}
      {confirming && (
        <ResetCheckModal
          reset={confirming.reset}
          onCancel={() => setConfirming(null)}
          onConfirm={() => {
            setConfirming(null);
            void send(confirming.file);
          }}
        />
      )}
    </Paper>
  );
}
