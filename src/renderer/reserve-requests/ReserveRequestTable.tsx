import { Anchor, Badge, Button, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { IconMessageReply } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import type { ReserveRequest } from '../../shared/reserve-requests/contract';
import { reserveRequestStatusLabels, type ReserveRequestStatus } from '../../shared/reserve-requests/statuses';
import { MoneyText } from '../activity/MoneyText';
import { formatDateTime, waitingFor } from '../app/dates';
import { AnswerReserveModal } from './AnswerReserveModal';

const statusColors: Record<ReserveRequestStatus, string> = { pending: 'yellow', answered: 'green', cancelled: 'gray' };

interface Props {
  label: string;
  rows: ReserveRequest[];
  /** The queue of every customer: a customer column. */
  withCustomer?: boolean;
}

function Outcome({ row }: { row: ReserveRequest }) {
  return (
    <Stack gap={2}>
      <Badge color={statusColors[row.status]} variant="light" radius="sm" tt="none" miw="max-content">
        {reserveRequestStatusLabels[row.status]}
      </Badge>
      {row.answer && (
        <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
          {row.answer}
          {row.answeredBy ? ` · ${row.answeredBy}` : ''}
        </Text>
      )}
    </Stack>
  );
}

/** Reserve requests as rows; a pending one is answered from its row. */
export function ReserveRequestTable({ label, rows, withCustomer = false }: Props) {
  const [answering, setAnswering] = useState<ReserveRequest | null>(null);
  return (
    <>
      <Table.ScrollContainer minWidth={760}>
        <Table striped aria-label={label} verticalSpacing={6}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Requested</Table.Th>
              {withCustomer && <Table.Th>Customer</Table.Th>}
              <Table.Th ta="right">Amount to hold</Table.Th>
              <Table.Th>Note</Table.Th>
              <Table.Th>Status</Table.Th>
              <Table.Th>
                <VisuallyHidden>Actions</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row.id} aria-label={`Reserve request #${row.id} of ${row.customerName}`}>
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
                    <Anchor component={Link} to={`/customers/${row.customerId}?tab=reserves`} size="sm">
                      {row.customerName}
                    </Anchor>
                  </Table.Td>
                )}
                <Table.Td ta="right">
                  <MoneyText value={row.amount} fw={600} />
                </Table.Td>
                <Table.Td fz="sm" c={row.note ? undefined : 'dimmed'} style={{ overflowWrap: 'anywhere' }}>
                  {row.note ?? '—'}
                </Table.Td>
                <Table.Td>
                  <Outcome row={row} />
                </Table.Td>
                <Table.Td>
                  {row.status === 'pending' && (
                    <Button
                      size="compact-sm"
                      color="teal"
                      variant="light"
                      leftSection={<IconMessageReply size={14} />}
                      onClick={() => setAnswering(row)}
                    >
                      Answer
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {answering && <AnswerReserveModal request={answering} onClose={() => setAnswering(null)} />}
    </>
  );
}
