import { Alert, Anchor, List } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { DuplicateFlag } from '../../../shared/kyc/contract';

const kinds: Record<DuplicateFlag['kind'], string> = {
  same_file: 'uploaded the same file',
  same_document_number: 'has the same document number',
};

/** Another customer shares a file or the document number: shown on both profiles. */
export function DuplicateWarning({ duplicates }: { duplicates: DuplicateFlag[] }) {
  if (duplicates.length === 0) return null;
  return (
    <Alert color="orange" variant="light" icon={<IconAlertTriangle size={18} />} title="Possible duplicate identity">
      <List size="sm" spacing={2}>
        {duplicates.map((flag) => (
          <List.Item key={`${flag.kind}-${flag.otherCustomerId}-${flag.value}`}>
            <Anchor href={`#/customers/${flag.otherCustomerId}`} size="sm" c="inherit" fw={600} underline="always">
              {flag.otherCustomerName}
            </Anchor>{' '}
            {kinds[flag.kind]}
            {flag.kind === 'same_document_number' ? ` (${flag.value})` : ''}.
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
