import { Badge, Group, Text, UnstyledButton } from '@mantine/core';
import type { TicketSummary } from '../../shared/tickets/contract';
import { ticketStatusLabels } from '../../shared/tickets/statuses';
import { counted } from '../customers/display/format';
import { formatDateTime, waitingFor } from '../app/dates';
import classes from './tickets.module.css';
import { ticketStatusColors } from './ticket-display';

interface Props {
  ticket: TicketSummary;
  selected: boolean;
  withCustomer: boolean;
  onSelect: () => void;
}

/** One ticket of a list: its subject, who asked, how long they have waited; a click opens its thread. */
export function TicketQueueItem({ ticket, selected, withCustomer, onSelect }: Props) {
  return (
    <UnstyledButton className={classes.item} aria-current={selected} data-ticket-id={ticket.id} onClick={onSelect}>
      <Group justify="space-between" wrap="nowrap" gap="xs" align="flex-start">
        <Text size="sm" fw={600} lineClamp={2} style={{ overflowWrap: 'anywhere' }}>
          {ticket.subject}
        </Text>
        <Badge
          size="sm"
          variant="light"
          radius="sm"
          tt="none"
          color={ticketStatusColors[ticket.status]}
          miw="max-content"
        >
          {ticketStatusLabels[ticket.status]}
        </Badge>
      </Group>
      <Text size="xs" c="dimmed">
        {ticket.reference}
        {withCustomer && (
          <>
            {' · '}
            {/* A name in another script (Arabic, Hebrew) must not reorder the line around it. */}
            <bdi>{ticket.customerName}</bdi>
          </>
        )}
        {' · '}
        {counted(ticket.messages, 'message')}
      </Text>
      <Text size="xs" c={ticket.waitingSince ? 'var(--mantine-color-orange-text)' : 'dimmed'}>
        {ticket.waitingSince
          ? `Waiting ${waitingFor(ticket.waitingSince)}`
          : `Last message ${formatDateTime(ticket.lastMessageAt)}`}
      </Text>
    </UnstyledButton>
  );
}
