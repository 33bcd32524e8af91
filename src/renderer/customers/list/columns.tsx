import { Badge, Group, Progress, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import type { CustomerSortKey } from '../../../shared/customers/contract';
import type { CustomerSummary } from '../../../shared/customers/schema';
import { countryName } from '../../../shared/reference/countries';
import { customerName, formatPhoneNumber } from '../display/format';
import { StatusBadge } from '../display/StatusBadge';
import { formatDate } from '../../app/dates';

export interface Column {
  title: string;
  /** A CSS grid track: every row and the header share the template. */
  width: string;
  sortKey?: CustomerSortKey;
  render: (customer: CustomerSummary) => ReactNode;
}

const shownLabels = 2;

export const columns: Column[] = [
  {
    title: 'Name',
    width: 'minmax(160px, 1.6fr)',
    sortKey: 'name',
    render: (customer) => (
      <div style={{ minWidth: 0 }}>
        <Text size="sm" fw={500} truncate>
          {customerName(customer)}
        </Text>
        <Text size="xs" c="dimmed" ff="monospace" truncate>
          #{customer.id}
          {customer.referenceId ? ` · ${customer.referenceId}` : ''}
        </Text>
      </div>
    ),
  },
  {
    title: 'Email',
    width: 'minmax(170px, 1.8fr)',
    sortKey: 'email',
    render: (customer) => (
      <Text size="sm" truncate>
        {customer.email}
      </Text>
    ),
  },
  {
    title: 'Phone',
    width: '140px',
    render: (customer) =>
      customer.phone ? (
        <Text size="sm" truncate>
          {formatPhoneNumber(customer.phone)}
        </Text>
      ) : (
        <Text size="sm" c="dimmed">
          —
        </Text>
      ),
  },
  {
    title: 'Country',
    width: 'minmax(100px, 1fr)',
    sortKey: 'country',
    render: (customer) => (
      <Text size="sm" truncate title={customer.country}>
        {countryName(customer.country)}
      </Text>
    ),
  },
  {
    title: 'Status',
    width: '130px',
    sortKey: 'status',
    render: (customer) => <StatusBadge status={customer.status} />,
  },
  {
    title: 'Verification',
    width: '128px',
    sortKey: 'verificationProgress',
    render: (customer) => (
      <Group gap={8} wrap="nowrap" w="100%">
        <Progress
          value={customer.verificationProgress}
          color={customer.verificationProgress === 100 ? 'green' : 'indigo'}
          size="sm"
          style={{ flex: 1 }}
          aria-hidden
        />
        <Text size="xs" c="dimmed" w={34} ta="right">
          {customer.verificationProgress}%
        </Text>
      </Group>
    ),
  },
  {
    title: 'Labels',
    width: 'minmax(100px, 1.2fr)',
    render: (customer) => (
      <Group gap={4} wrap="nowrap" style={{ overflow: 'hidden' }}>
        {customer.labels.slice(0, shownLabels).map((label) => (
          <Badge
            key={label}
            size="sm"
            variant="outline"
            color="gray"
            radius="sm"
            tt="none"
            style={{ flexShrink: 1, minWidth: 0 }}
          >
            {label}
          </Badge>
        ))}
        {customer.labels.length > shownLabels && (
          <Text size="xs" c="dimmed">
            +{customer.labels.length - shownLabels}
          </Text>
        )}
      </Group>
    ),
  },
  {
    title: 'Created',
    width: '96px',
    sortKey: 'createdAt',
    render: (customer) => (
      <Text size="sm" c="dimmed">
        {formatDate(customer.createdAt)}
      </Text>
    ),
  },
];

export const gridTemplate = columns.map((column) => column.width).join(' ');
