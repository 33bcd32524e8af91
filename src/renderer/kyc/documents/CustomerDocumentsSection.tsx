import { Alert, Box, Loader, Modal, SimpleGrid, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { DocumentRecord } from '../../../shared/kyc/contract';
import { slotLabels, uploadLimitMegabytes } from '../../../shared/kyc/fields';
import { ProfileSection } from '../../customers/profile/sections/ProfileSection';
import { useDocuments, useKycSettings, useReview } from '../queries';
import { DocumentViewer } from '../viewer/DocumentViewer';
import { DuplicateWarning } from './DuplicateWarning';
import { SlotCard } from './SlotCard';

/**
 * The customer's files on the profile: the six upload slots, each with its history, and the
 * duplicate-identity warning when another customer shares a file or the document number.
 */
export function CustomerDocumentsSection({ customerId }: { customerId: number }) {
  const documents = useDocuments(customerId);
  const review = useReview(customerId);
  const settings = useKycSettings();
  const [viewingId, setViewingId] = useState<number | null>(null);
  // Looked up in the fresh list, so "opened" shows as soon as the core has recorded it.
  const viewing =
    documents.data
      ?.flatMap((record) => [...(record.current ? [record.current] : []), ...record.history])
      .find((document) => document.id === viewingId) ?? null;
  const limit = settings.data?.maxUploadMegabytes ?? uploadLimitMegabytes.default;

  return (
    <ProfileSection
      title="Documents"
      aside={
        <Text size="xs" c="dimmed">
          Replacing a file keeps the earlier one; deleting asks for a reason.
        </Text>
      }
    >
      <Stack gap="sm">
        {review.data && <DuplicateWarning duplicates={review.data.duplicates} />}
        {documents.isPending && <Loader size="sm" />}
        {documents.isError && <Alert color="red">{documents.error.message}</Alert>}
        {documents.data && (
          <SimpleGrid type="container" cols={{ base: 1, '560px': 2, '1100px': 3 }} spacing="sm">
            {documents.data.map((record) => (
              <SlotCard
                key={record.slot}
                customerId={customerId}
                record={record}
                limitMegabytes={limit}
                onView={(document: DocumentRecord) => setViewingId(document.id)}
              />
            ))}
          </SimpleGrid>
        )}
        <Modal
          opened={viewing !== null}
          onClose={() => setViewingId(null)}
          size="80%"
          title={viewing ? `${slotLabels[viewing.slot]}: ${viewing.fileName}` : ''}
        >
          {viewing && (
            <Box h="75vh" style={{ display: 'flex', flexDirection: 'column' }}>
              <DocumentViewer documents={[viewing]} emptyMessage="" />
            </Box>
          )}
        </Modal>
      </Stack>
    </ProfileSection>
  );
}
