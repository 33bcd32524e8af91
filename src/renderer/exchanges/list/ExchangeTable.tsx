import { Anchor, Table } from '@mantine/core';
import { Link } from 'react-router';
import type { ExchangeSummary } from '../../../shared/exchanges/contract';
import { formatDateTime } from '../../app/dates';
import { MoneyText } from '../../activity/MoneyText';
import { ExchangeStatusBadge } from '../ExchangeStatusBadge';
import { exchangePath } from '../paths';

interface Props {
  /** The table's name for assistive technology ("Exchanges", "Open exchanges"). */
  label: string;
  rows: ExchangeSummary[];
  /** The customer column, for lists of many customers. */
  withCustomer?: boolean;
}

/** Exchanges as rows: the reference opens the exchange, the customer their profile. */
export function ExchangeTable({ label, rows, withCustomer = false }: Props) {
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped highlightOnHover aria-label={label} verticalSpacing={6}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Reference</Table.Th>
            {withCustomer && <Table.Th>Customer</Table.Th>}
            <Table.Th>Created</Table.Th>
            <Table.Th ta="right">Sent</Table.Th>
            <Table.Th ta="right">Received</Table.Th>
            <Table.Th>Status</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.id}>
              <Table.Td>
                <Anchor component={Link} to={exchangePath(row.id)} size="sm" ff="monospace" fw={600}>
                  {row.reference}
                </Anchor>
              </Table.Td>
              {withCustomer && (
                <Table.Td>
                  <Anchor component={Link} to={`/customers/${row.customerId}`} size="sm">
                    {row.customerName}
                  </Anchor>
                </Table.Td>
              )}
              <Table.Td fz="sm">{formatDateTime(row.createdAt)}</Table.Td>
              <Table.Td ta="right">
                <MoneyText value={row.sent} />
              </Table.Td>
              <Table.Td ta="right">
                <MoneyText value={row.received} />
              </Table.Td>
              <Table.Td>
                <ExchangeStatusBadge status={row.status} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
