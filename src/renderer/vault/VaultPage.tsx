import {
  Alert,
  Anchor,
  Badge,
  Button,
  Code,
  Group,
  Loader,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
} from '@mantine/core';
import { IconShieldCheck } from '@tabler/icons-react';
import { Link } from 'react-router';
import { PageTitle } from '../app/PageTitle';
import { passphraseProtectorName, type UnreadableReason } from '../../shared/vault/contract';
import { useVaultCheck, useVaultStatus } from './queries';

const reasonLabels: Record<UnreadableReason, string> = {
  'no-key': 'No vault key',
  'file-missing': 'File not in the vault (retired with an earlier key, or removed)',
  'not-decryptable': 'Cannot be decrypted with this key (altered, or another key)',
  'content-mismatch': 'Content does not match its fingerprint (swapped)',
};

const documentsCount = (n: number) => `${n.toLocaleString()} ${n === 1 ? 'document' : 'documents'}`;

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div role="group" aria-label={label}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text size="sm">{children}</Text>
    </div>
  );
}

/** The vault's key and a check that reads every stored document. */
export function VaultPage() {
  const status = useVaultStatus({ current: true });
  const check = useVaultCheck();

  return (
    <Stack>
      <Group justify="space-between">
        <div>
          <PageTitle>Document vault</PageTitle>
          <Text c="dimmed" size="sm">
            Uploaded documents are stored encrypted with one key. Keep a backup of the key file with the data folder.
          </Text>
        </div>
        <Button
          leftSection={<IconShieldCheck size={16} />}
          onClick={() => {
            // The stored count beside the check's: both as of now.
            void status.refetch();
            void check.refetch();
          }}
          loading={check.isFetching}
        >
          Check every document
        </Button>
      </Group>

      {status.isPending && <Loader size="sm" />}
      {status.isError && <Alert color="red">{status.error.message}</Alert>}
      {status.data && (
        <Paper withBorder p="md" radius="md">
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Fact label="Key">
              <Code>{status.data.keyId}</Code>
            </Fact>
            <Fact label="Protected by">
              {status.data.protector === passphraseProtectorName
                ? 'A passphrase'
                : `This computer (${status.data.protector})`}
            </Fact>
            <Fact label="Key file">
              <Code>{status.data.keyFile}</Code>
            </Fact>
            <Fact label="Stored documents">{status.data.documents.toLocaleString()}</Fact>
          </SimpleGrid>
        </Paper>
      )}

      {check.isError && <Alert color="red">{check.error.message}</Alert>}
      {check.data && check.data.unreadable.length === 0 && (
        <Alert color="green" variant="light" title="Every stored document can be read">
          {documentsCount(check.data.readable)} opened with key {check.data.keyId}.
        </Alert>
      )}
      {check.data && check.data.unreadable.length > 0 && (
        <Stack gap="xs">
          <Alert color="red" variant="light" title={`${documentsCount(check.data.unreadable.length)} cannot be read`}>
            {documentsCount(check.data.readable)} opened with key {check.data.keyId ?? '(none)'}.
          </Alert>
          <Table striped aria-label="Unreadable documents">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Document</Table.Th>
                <Table.Th>Customer</Table.Th>
                <Table.Th>File name</Table.Th>
                <Table.Th>Why</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {check.data.unreadable.map((document) => (
                <Table.Tr key={document.documentId}>
                  <Table.Td>#{document.documentId}</Table.Td>
                  <Table.Td>
                    <Anchor component={Link} to={`/customers/${document.customerId}`}>
                      #{document.customerId}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{document.fileName}</Table.Td>
                  <Table.Td>
                    <Badge color="red" variant="light">
                      {reasonLabels[document.reason]}
                    </Badge>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Stack>
      )}
    </Stack>
  );
}
