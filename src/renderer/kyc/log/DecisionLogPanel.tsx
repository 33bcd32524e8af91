import { Alert, Badge, Box, Button, Group, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDownload, IconShieldCheck } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import type { DecisionOutcome } from '../../../shared/kyc/fields';
import { checkLabels, outcomeLabels, reasonLabels } from '../../../shared/kyc/fields';
import { ShortHash } from '../../app/ShortHash';
import { call } from '../../client/api';
import { ProfileSection } from '../../customers/profile/sections/ProfileSection';
import { useDecisions } from '../queries';
import { downloadText } from './download';
import { LogVerificationAlert } from './LogVerificationAlert';
import { formatDateTime } from '../../app/dates';

const outcomeColors: Record<DecisionOutcome, string> = {
  approved: 'teal',
  rejected: 'red',
  resubmission_requested: 'orange',
};

/** The decision log of one customer: who decided what and why, signed and chained; export and verify. */
export function DecisionLogPanel({ customerId }: { customerId: number }) {
  const decisions = useDecisions(customerId);
  const exportLog = useMutation({
    mutationFn: () => call('kyc.exportLog', { customerId }),
    onSuccess: (result) => downloadText(result.fileName, result.csv, 'text/csv;charset=utf-8'),
    onError: (error) => notifications.show({ color: 'red', title: 'Not exported', message: error.message }),
  });
  const verify = useMutation({ mutationFn: () => call('kyc.verifyLog', {}) });
  const items = decisions.data?.items ?? [];

  return (
    <ProfileSection
      title="Decision log"
      aside={
        <Group gap="xs">
          <Button
            size="xs"
            variant="default"
            leftSection={<IconShieldCheck size={14} />}
            loading={verify.isPending}
            onClick={() => verify.mutate()}
          >
            Verify log
          </Button>
          <Button
            size="xs"
            variant="default"
            leftSection={<IconDownload size={14} />}
            disabled={items.length === 0}
            loading={exportLog.isPending}
            onClick={() => exportLog.mutate()}
          >
            Export CSV
          </Button>
        </Group>
      }
    >
      <Stack gap="sm">
        <Text size="xs" c="dimmed">
          Append-only: each entry is signed with a key kept in the vault, together with the signature of the one before,
          so a changed, removed or added entry shows.
        </Text>

        {verify.data && <LogVerificationAlert result={verify.data} onClose={() => verify.reset()} />}
        {verify.error && <Alert color="red">{verify.error.message}</Alert>}

        {decisions.isError && <Alert color="red">{decisions.error.message}</Alert>}
        {decisions.isSuccess && items.length === 0 && (
          <Text size="sm" c="dimmed">
            No decisions yet.
          </Text>
        )}
        {items.length > 0 && (
          <Table.ScrollContainer minWidth={480} mah={360}>
            <Table verticalSpacing={6} aria-label="Decisions" stickyHeader>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>When</Table.Th>
                  <Table.Th>Check</Table.Th>
                  <Table.Th>Decision</Table.Th>
                  <Table.Th>Signature</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((entry) => (
                  <Table.Tr key={entry.id}>
                    <Table.Td>
                      <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                        {formatDateTime(entry.at)}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {entry.reviewer}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{checkLabels[entry.check]}</Text>
                    </Table.Td>
                    <Table.Td>
                      <Badge size="sm" variant="light" color={outcomeColors[entry.outcome]}>
                        {outcomeLabels[entry.outcome]}
                      </Badge>
                      {entry.reason && <Text size="xs">{reasonLabels[entry.reason]}</Text>}
                      {entry.note && (
                        <Text size="xs" c="dimmed">
                          {entry.note}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      {/* The chain's hashes are for an auditor matching entries, not for reading: behind Details. */}
                      <Box component="details" fz="xs">
                        <Box component="summary" style={{ cursor: 'pointer' }}>
                          Details
                        </Box>
                        <Text size="xs" c="dimmed">
                          This entry <ShortHash hash={entry.hash} />
                        </Text>
                        <Text size="xs" c="dimmed">
                          Previous <ShortHash hash={entry.prevHash} />
                        </Text>
                      </Box>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
    </ProfileSection>
  );
}
