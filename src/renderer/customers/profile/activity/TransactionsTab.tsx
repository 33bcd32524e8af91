import { Alert, Anchor, Badge, Group, Loader, Stack, Table, Text } from '@mantine/core';
import { IconReceipt } from '@tabler/icons-react';
import { Link } from 'react-router';
import type { LedgerEntry } from '../../../../shared/ledger/contract';
import { ledgerKindLabels, ledgerStatusLabels, type LedgerStatus } from '../../../../shared/ledger/kinds';
import { formatMoney } from '../../../../shared/money/money';
import { formatDateTime } from '../../../app/dates';
import { EmptyList } from '../../../activity/EmptyList';
import { LoadMore } from '../../../activity/LoadMore';
import { MoneyText } from '../../../activity/MoneyText';
import { ActivityExportButton } from '../../../exports/ActivityExportButton';
import { exchangePath } from '../../../exchanges/paths';
import { useLedgerPages } from './queries';
import { StatementButton } from './StatementButton';
import { VerifyLedgerButton } from './VerifyLedgerButton';

const statusColors: Record<LedgerStatus, string> = {
  pending: 'yellow',
  confirmed: 'blue',
  paid: 'green',
  cancelled: 'gray',
};

/** Where an entry came from, linked where the desk has a screen for it. */
function Source({ entry }: { entry: LedgerEntry }) {
  const label = entry.sourceLabel ?? entry.actor;
  if (entry.source === 'exchange' && entry.sourceId !== null) {
    return (
      <Anchor component={Link} to={exchangePath(entry.sourceId)} size="sm" ff="monospace">
        {label}
      </Anchor>
    );
  }
  if (entry.source === 'referral' && entry.sourceId !== null) {
    return (
      <Anchor component={Link} to={`/customers/${entry.sourceId}`} size="sm">
        {label}
      </Anchor>
    );
  }
  return <Text size="sm">{label}</Text>;
}

function EntryRow({ entry }: { entry: LedgerEntry }) {
  const cancelled = entry.status === 'cancelled';
  return (
    <Table.Tr>
      <Table.Td fz="sm">{formatDateTime(entry.createdAt)}</Table.Td>
      <Table.Td>
        <Text size="sm" fw={500}>
          {ledgerKindLabels[entry.kind]}
        </Text>
        {entry.reason && (
          <Text size="xs" c="dimmed">
            {entry.reason}
          </Text>
        )}
        {entry.reversedById !== null && (
          <Text size="xs" c="dimmed">
            reversed by entry #{entry.reversedById}
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        <Source entry={entry} />
      </Table.Td>
      <Table.Td>
        <Badge color={statusColors[entry.status]} variant="light" radius="sm" tt="none">
          {ledgerStatusLabels[entry.status]}
        </Badge>
      </Table.Td>
      <Table.Td ta="right" td={cancelled ? 'line-through' : undefined}>
        <MoneyText value={entry.amount} signed={!cancelled} />
      </Table.Td>
    </Table.Tr>
  );
}

/** The customer's balance entries (the ledger), oldest first, as the balance was built. under their balance. */
export function TransactionsTab({ customerId }: { customerId: number }) {
  const { pages, rows, firstPage } = useLedgerPages(customerId);
  if (pages.isError) return <Alert color="red">{pages.error.message}</Alert>;
  if (pages.isPending || !firstPage) return <Loader size="sm" aria-label="Loading transactions" />;
  const { balance } = firstPage;
  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Group gap="xl" role="group" aria-label="Balance">
          <Text size="sm">
            Available{' '}
            <Text span fw={700}>
              {formatMoney(balance.available)}
            </Text>
          </Text>
          <Text size="sm" c="dimmed">
            Pending {formatMoney(balance.pending)}
          </Text>
        </Group>
        <Group gap="xs">
          <ActivityExportButton
            subject={{ kind: 'ledger', customerId }}
            title="Export transactions"
            description="Exports every balance entry of this customer (the ledger), oldest first, as the balance was built."
            unit="entries"
          />
          <StatementButton customerId={customerId} />
          <VerifyLedgerButton customerId={customerId} />
        </Group>
      </Group>
      {rows.length === 0 ? (
        <EmptyList icon={IconReceipt} title="No transactions yet">
          Bonuses, rewards and withdrawals appear here as they credit or debit the balance.
        </EmptyList>
      ) : (
        <Stack gap={0}>
          <Table.ScrollContainer minWidth={680}>
            <Table striped aria-label="Transactions" verticalSpacing={6}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>When</Table.Th>
                  <Table.Th>Kind</Table.Th>
                  <Table.Th>Source</Table.Th>
                  <Table.Th>Status</Table.Th>
                  <Table.Th ta="right">Amount</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((entry) => (
                  <EntryRow key={entry.id} entry={entry} />
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <LoadMore pages={pages} shown={rows.length} noun="transaction" />
        </Stack>
      )}
    </Stack>
  );
}
