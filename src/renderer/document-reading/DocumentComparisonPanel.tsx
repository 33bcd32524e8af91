import { Alert, Badge, Group, List, Loader, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconFaceId, IconScan } from '@tabler/icons-react';
import type { DocumentComparison } from '../../shared/document-reading/contract';
import { ComparisonTable } from './ComparisonTable';
import { useDocumentComparison } from './queries';
import { ReadingsStatus } from './ReadingsStatus';
import { percent } from '../../shared/document-reading/display';

function FaceLine({ face }: { face: NonNullable<DocumentComparison['face']> }) {
  if (!face.documentFace || !face.selfieFace) {
    const missing = !face.documentFace ? 'the document photo' : 'the selfie';
    return (
      <Group gap={6}>
        <IconFaceId size={16} aria-hidden />
        <Text size="sm">No face found on {missing}: compare them by eye.</Text>
      </Group>
    );
  }
  return (
    <Group gap={6} aria-label="Face comparison">
      <IconFaceId size={16} aria-hidden />
      <Text size="sm">
        Face similarity <b>{percent(face.similarity ?? 0)}</b> (same person from {percent(face.threshold)})
      </Text>
      <Badge color={face.same ? 'teal' : 'red'} variant="light" size="sm">
        {face.same ? 'Same face' : 'Different face'}
      </Badge>
    </Group>
  );
}

/**
 * "Compare with the document": what the desk read off the identity document and selfie, beside the
 * profile. Findings are for the reviewer to weigh: approving with one asks for a note.
 */
export function DocumentComparisonPanel({ customerId }: { customerId: number }) {
  const comparison = useDocumentComparison(customerId);
  if (comparison.isError) return <Alert color="red">{comparison.error.message}</Alert>;
  if (!comparison.data) return <Loader size="sm" aria-label="Loading the comparison" />;
  const { fields, findings, failedChecks, face, readings } = comparison.data;
  const nothingRead = !readings.docFile1 && !readings.docFile2 && comparison.data.unread.length === 0;
  return (
    <Stack gap="xs">
      {nothingRead ? (
        <Group gap={6} c="dimmed">
          <IconScan size={16} aria-hidden />
          <Text size="sm">No identity document to read yet: the profile alone is shown.</Text>
        </Group>
      ) : null}
      <ComparisonTable rows={fields} />
      {failedChecks.length > 0 && (
        <Text size="sm" c="red">
          MRZ check digits failed: {failedChecks.join(', ')}
        </Text>
      )}
      {face && <FaceLine face={face} />}
      {findings.length > 0 && (
        <Alert
          color="orange"
          variant="light"
          icon={<IconAlertTriangle size={18} />}
          title={findings.length === 1 ? '1 finding to weigh' : `${findings.length} findings to weigh`}
        >
          <List size="sm" spacing={2}>
            {findings.map((finding) => (
              <List.Item key={finding.text}>{finding.text}</List.Item>
            ))}
          </List>
          <Text size="xs" mt={4}>
            Approving asks for a note saying why; it goes into the decision log.
          </Text>
        </Alert>
      )}
      <ReadingsStatus comparison={comparison.data} />
    </Stack>
  );
}
