import { Anchor, Badge, Button, Group, Stack, Table, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import type { Withdrawal } from '../../shared/ledger/contract';
import { withdrawalMethodLabels, withdrawalStatusLabels, type WithdrawalStatus } from '../../shared/ledger/kinds';
import { formatDateTime, waitingFor } from '../app/dates';
import { MoneyText } from '../activity/MoneyText';
import { DecideWithdrawalModal, type DecisionKind } from './DecideWithdrawalModal';
import { exceedsBalance } from './exceeds-balance';

const statusColors: Record<WithdrawalStatus, string> = { pending: 'yellow', completed: 'green', declined: 'red' };

interface Props {
  label: string;
  rows: Withdrawal[];
  /** The queue of every customer: a customer column, and no status column (every row is pending). */
  withCustomer?: boolean;
}

function Outcome({ row }: { row: Withdrawal }) {
  const detail = row.status === 'completed' ? row.payoutReference : row.declineReason;
  return (
    <Stack gap={2}>
      <Badge
        color={statusColors[row.status]}
        variant="light"
        radius="sm"
        tt="none"
        style={{ flexShrink: 0 }}
        miw="max-content"
      >
        {withdrawalStatusLabels[row.status]}
      </Badge>
      {detail && (
        <Text size="xs" c="dimmed">
          {detail}
          {row.decidedBy ? ` · ${row.decidedBy}` : ''}
        </Text>
      )}
    </Stack>
  );
}

/** What the customer can withdraw now, marked when the withdrawal asks for more. */
function Available({ row, short }: { row: Withdrawal; short: boolean }) {
  return (
    <>
      <Group gap={4} justify="flex-end" wrap="nowrap">
        {short && (
          <Tooltip label="More than the available balance">
            <IconAlertTriangle size={16} color="var(--mantine-color-red-text)" aria-hidden />
          </Tooltip>
        )}
        <MoneyText value={row.available} c={short ? 'var(--mantine-color-red-text)' : undefined} />
      </Group>
      {short && (
        <Text size="xs" c="var(--mantine-color-red-text)">
          Exceeds the balance
        </Text>
      )}
    </>
  );
}

/** Withdrawals as rows; a pending one can be completed or declined from its row. */
export function WithdrawalTable({ label, rows, withCustomer = false }: Props) {
  const [deciding, setDeciding] = useState<{ withdrawal: Withdrawal; kind: DecisionKind } | null>(null);
  return (
    <>
      <Table.ScrollContainer minWidth={860}>
        <Table striped aria-label={label} verticalSpacing={6}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Requested</Table.Th>
              {withCustomer && <Table.Th>Customer</Table.Th>}
              <Table.Th ta="right">Amount</Table.Th>
              <Table.Th>Method</Table.Th>
              <Table.Th>Destination</Table.Th>
              <Table.Th ta="right">Available</Table.Th>
              {!withCustomer && <Table.Th>Status</Table.Th>}
              <Table.Th>
                <VisuallyHidden>Actions</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => {
              const short = exceedsBalance(row);
              return (
                <Table.Tr key={row.id} aria-label={`Withdrawal #${row.id} of ${row.customerName}`}>
                  <Table.Td fz="sm">
                    {formatDateTime(row.requestedAt)}
                    {row.status === 'pending' && (
                      <Text size="xs" c="dimmed">
                        waiting {waitingFor(row.requestedAt)}
                      </Text>
                    )}
                  </Table.Td>
                  {withCustomer && (
                    <Table.Td>
                      <Anchor component={Link} to={`/customers/${row.customerId}`} size="sm">
                        {row.customerName}
                      </Anchor>
                    </Table.Td>
                  )}
                  <Table.Td ta="right">
                    <MoneyText value={row.amount} fw={600} />
                  </Table.Td>
                  <Table.Td fz="sm">{withdrawalMethodLabels[row.method]}</Table.Td>
                  <Table.Td fz="sm" ff="monospace" style={{ overflowWrap: 'anywhere' }}>
                    {row.destination}
                  </Table.Td>
                  <Table.Td ta="right">
                    {row.status === 'pending' ? <Available row={row} short={short} /> : '—'}
                  </Table.Td>
                  {!withCustomer && (
                    <Table.Td>
                      <Outcome row={row} />
                    </Table.Td>
                  )}
                  <Table.Td>
                    {row.status === 'pending' && (
                      <Group gap={6} wrap="nowrap" justify="flex-end">
                        <Button
                          size="compact-sm"
                          color="teal"
                          variant="light"
                          leftSection={<IconCheck size={14} />}
                          onClick={() => setDeciding({ withdrawal: row, kind: 'complete' })}
                        >
                          Complete
                        </Button>
                        <Button
                          size="compact-sm"
                          color="red"
                          variant="light"
                          leftSection={<IconX size={14} />}
                          onClick={() => setDeciding({ withdrawal: row, kind: 'decline' })}
                        >
                          Decline
                        </Button>
                      </Group>
                    )}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {deciding && (
        <DecideWithdrawalModal
          withdrawal={deciding.withdrawal}
          kind={deciding.kind}
          onClose={() => setDeciding(null)}
        />
      )}
    </>
  );
}
