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
  const [viewing, setViewing] = useState<DocumentRecord | null>(null);
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
          <SimpleGrid cols={{ base: 1, sm: 2, xl: 3 }} spacing="sm">
            {documents.data.map((record) => (
              <SlotCard
                key={record.slot}
                customerId={customerId}
                record={record}
                limitMegabytes={limit}
                onView={setViewing}
              />
            ))}
          </SimpleGrid>
        )}
        <Modal
          opened={viewing !== null}
          onClose={() => setViewing(null)}
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
