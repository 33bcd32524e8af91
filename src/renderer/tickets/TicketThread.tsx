import { Group, Stack, Text } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import type { TicketMessage, TicketRecord } from '../../shared/tickets/contract';
import { ticketMessageKindLabels } from '../../shared/tickets/statuses';
import { formatDateTime } from '../app/dates';
import classes from './tickets.module.css';
import { internalNoteWarning, messageAuthor } from './ticket-display';

function Message({ message, customerName }: { message: TicketMessage; customerName: string }) {
  const note = message.kind === 'internal_note';
  const author = messageAuthor(message.kind, message.actor, customerName);
  return (
    <article
      className={classes.message}
      data-kind={message.kind}
      aria-label={`${ticketMessageKindLabels[message.kind]} by ${author}, ${formatDateTime(message.at)}`}
    >
      {note && (
        <Group gap={6} mb={4} wrap="nowrap">
          <IconLock size={14} aria-hidden />
          <Text size="xs" fw={700} tt="uppercase" c="var(--mantine-color-yellow-text)">
            {internalNoteWarning}
          </Text>
        </Group>
      )}
      <Group gap={6} justify="space-between" wrap="wrap" mb={2}>
        <Text size="xs" fw={600}>
          {author}
          {message.kind === 'staff_reply' && (
            <Text span size="xs" c="dimmed" fw={400}>
              {' '}
              · reply to the customer
            </Text>
          )}
        </Text>
        {/* Dimmed text is too faint on a note's yellow in the dark scheme. */}
        <Text size="xs" c={note ? undefined : 'dimmed'}>
          {formatDateTime(message.at)}
        </Text>
      </Group>
      <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
        {message.body}
      </Text>
    </article>
  );
}

/** The conversation, oldest first: the customer on one side, staff replies on the other, notes marked apart. */
export function TicketThread({ ticket }: { ticket: TicketRecord }) {
  return (
    <Stack gap="xs" role="log" aria-label={`Thread of ${ticket.reference}`}>
      {ticket.thread.map((message) => (
        <Message key={message.id} message={message} customerName={ticket.customerName} />
      ))}
    </Stack>
  );
}
