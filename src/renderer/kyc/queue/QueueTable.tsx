import { Badge, Group, Table, Text, Tooltip } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { statusLabels } from '../../../shared/customers/fields';
import type { QueueItem } from '../../../shared/kyc/contract';
import { checkLabels } from '../../../shared/kyc/fields';
import { countryName } from '../../../shared/reference/countries';
import { customerName } from '../../customers/display/format';
import { checkIcons } from '../review/check-display';
import classes from './queue.module.css';
import { customerReviewPath } from './queue-params';
import { formatDateTime, waitingFor } from '../../app/dates';

interface Props {
  items: QueueItem[];
  activeIndex: number;
  onActivate: (index: number) => void;
  onOpen: (item: QueueItem) => void;
}

/** The queue's rows; the active one follows the keyboard and stays in view. */
export function QueueTable({ items, activeIndex, onActivate, onOpen }: Props) {
  const body = useRef<HTMLTableSectionElement>(null);
  useEffect(() => {
    body.current?.children[activeIndex]?.scrollIntoView({ block: 'nearest' });
  }, [activeIndex]);

  return (
    <Table highlightOnHover aria-label="Verification queue" verticalSpacing="xs" stickyHeader>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Customer</Table.Th>
          <Table.Th>Country</Table.Th>
          <Table.Th>Waiting checks</Table.Th>
          <Table.Th>Requested</Table.Th>
          <Table.Th>Waiting</Table.Th>
          <Table.Th>Status</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody ref={body}>
        {items.map((item, index) => {
          const name = customerName(item);
          return (
            <Table.Tr
              key={item.customerId}
              className={classes.row}
              tabIndex={-1}
              aria-selected={index === activeIndex}
              data-active={index === activeIndex || undefined}
              onClick={() => onActivate(index)}
              onDoubleClick={() => onOpen(item)}
            >
              <Table.Td>
                <Text
                  component="a"
                  href={`#${customerReviewPath(item.customerId)}`}
                  fw={500}
                  size="sm"
                  className={classes.name}
                  onClick={(event) => {
                    event.preventDefault();
                    onOpen(item);
                  }}
                >
                  {name}
                </Text>
                <Text size="xs" c="dimmed">
                  {item.email}
                </Text>
              </Table.Td>
              <Table.Td>
                <Tooltip label={countryName(item.country)} openDelay={400}>
                  <Text size="sm" ff="monospace" span>
                    {item.country}
                  </Text>
                </Tooltip>
              </Table.Td>
              <Table.Td>
                <Group gap={4}>
                  {item.pendingChecks.map((check) => {
                    const Icon = checkIcons[check];
                    return (
                      <Badge key={check} variant="default" size="sm" leftSection={<Icon size={12} />}>
                        {checkLabels[check]}
                      </Badge>
                    );
                  })}
                </Group>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{formatDateTime(item.requestedAt)}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{waitingFor(item.requestedAt)}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{statusLabels[item.status]}</Text>
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
