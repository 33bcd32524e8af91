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
  /** The narrowest the column gets, in px. */
  width: number;
  /** Its share of the space left over (a CSS grid `fr`); a column without one stays at its width. */
  grow?: number;
  /** On a narrow window, columns give way in this order (1 first); a column without one always shows. */
  givesWay?: number;
  sortKey?: CustomerSortKey;
  render: (customer: CustomerSummary) => ReactNode;
}

const shownLabels = 2;

export const columns: Column[] = [
  {
    title: 'Name',
    width: 160,
    grow: 1.6,
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
    width: 170,
    grow: 1.8,
    sortKey: 'email',
    render: (customer) => (
      <Text size="sm" truncate>
        {customer.email}
      </Text>
    ),
  },
  {
    title: 'Phone',
    width: 140,
    givesWay: 2,
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
    width: 100,
    grow: 1,
    sortKey: 'country',
    render: (customer) => (
      <Text size="sm" truncate title={countryName(customer.country)}>
        {countryName(customer.country)}
      </Text>
    ),
  },
  {
    title: 'Status',
    width: 130,
    sortKey: 'status',
    render: (customer) => <StatusBadge status={customer.status} />,
  },
  {
    title: 'Verification',
    width: 128,
    givesWay: 4,
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
    width: 100,
    grow: 1.2,
    givesWay: 1,
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
    width: 96,
    givesWay: 3,
    sortKey: 'createdAt',
    render: (customer) => (
      <Text size="sm" c="dimmed">
        {formatDate(customer.createdAt)}
      </Text>
    ),
  },
];

/** Gap between columns and padding at each end of a row, in px (CustomerGrid.module.css). */
const columnGap = 12;
const rowPadding = 12;

/** The columns that fit a grid this wide, in their order, and the CSS grid template every row shares. */
export function columnsFitting(gridWidth: number): { shown: Column[]; template: string } {
  const widthOf = (list: Column[]) =>
    list.reduce((sum, column) => sum + column.width, 0) + columnGap * (list.length - 1) + rowPadding * 2;
  const givingWay = columns.filter((column) => column.givesWay).sort((a, b) => (a.givesWay ?? 0) - (b.givesWay ?? 0));
  let shown = columns;
  // Before the grid is measured (width 0) every column shows.
  for (const column of givingWay) {
    if (gridWidth === 0 || widthOf(shown) <= gridWidth) break;
    shown = shown.filter((candidate) => candidate !== column);
  }
  const template = shown
    .map((column) => (column.grow ? `minmax(${column.width}px, ${column.grow}fr)` : `${column.width}px`))
    .join(' ');
  return { shown, template };
}
