import { Alert, Anchor, Badge, Button, Divider, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { Link } from 'react-router';
import { ticketStatusLabels } from '../../shared/tickets/statuses';
import { ConflictNotice } from '../activity/ConflictNotice';
import { FactGrid } from '../activity/FactGrid';
import { formatDateTime, waitingFor } from '../app/dates';
import { KeyHints } from '../keyboard/KeyHints';
import type { Shortcut } from '../keyboard/shortcut';
import { useShortcuts } from '../keyboard/use-shortcuts';
import { CloseTicketModal } from './CloseTicketModal';
import { useTicket } from './queries';
import { ticketStatusColors } from './ticket-display';
import { TicketComposer, type ComposerMode } from './TicketComposer';
import { TicketThread } from './TicketThread';
import { useTicketActions } from './use-ticket-actions';

function ViewKeys({ shortcuts }: { shortcuts: Shortcut[] }) {
  useShortcuts('Ticket', shortcuts);
  return <KeyHints shortcuts={shortcuts} />;
}

interface Props {
  id: number;
  /** The ticket page's keys (R, N, C); off where another screen owns the keys. */
  keyboard?: boolean;
  /** The customer's name links to their profile, except on the profile itself. */
  linkCustomer?: boolean;
}

/** One ticket: who asked what, the thread, and a reply, a note or closing it while it is not closed. */
export function TicketView({ id, keyboard = false, linkCustomer = true }: Props) {
  const query = useTicket(id);
  const ticket = query.data;
  const actions = useTicketActions(ticket);
  const [mode, setMode] = useState<ComposerMode>('reply');
  const textarea = useRef<HTMLTextAreaElement>(null);
  const write = (next: ComposerMode) => {
    setMode(next);
    requestAnimationFrame(() => textarea.current?.focus());
  };

  if (query.isError) return <Alert color="red">{query.error.message}</Alert>;
  if (!ticket) return <Loader size="sm" aria-label="Loading the ticket" />;
  const closed = ticket.status === 'closed';
  const shortcuts: Shortcut[] = closed
    ? []
    : [
        { keys: ['r'], label: 'Reply to the customer', hint: 'replies', run: () => write('reply') },
        { keys: ['n'], label: 'Add an internal note', hint: 'notes', run: () => write('note') },
        { keys: ['c'], label: 'Close the ticket (asks the reason)', hint: 'closes', run: actions.startClosing },
      ];

  return (
    <Paper withBorder radius="md" p="md" component="section" aria-label={`Ticket ${ticket.reference}`}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Stack gap={2} style={{ minWidth: 0 }}>
            <Title order={2} size="h4" style={{ overflowWrap: 'anywhere' }}>
              {ticket.subject}
            </Title>
            <Group gap="xs">
              <Text size="sm" c="dimmed" ff="monospace">
                {ticket.reference}
              </Text>
              <Badge variant="light" radius="sm" tt="none" color={ticketStatusColors[ticket.status]}>
                {ticketStatusLabels[ticket.status]}
              </Badge>
              {ticket.waitingSince && (
                <Text size="sm" c="var(--mantine-color-orange-text)">
                  waiting {waitingFor(ticket.waitingSince)}
                </Text>
              )}
            </Group>
          </Stack>
          {!closed && (
            <Button
              variant="default"
              leftSection={<IconCircleCheck size={16} />}
              onClick={actions.startClosing}
              style={{ flexShrink: 0 }}
            >
              Close ticket
            </Button>
          )}
        </Group>
        <FactGrid
          cols={4}
          facts={[
            {
              label: 'Customer',
              value: linkCustomer ? (
                <Anchor component={Link} to={`/customers/${ticket.customerId}?tab=tickets`} size="sm">
                  {ticket.customerName}
                </Anchor>
              ) : (
                ticket.customerName
              ),
            },
            { label: 'Email', value: ticket.customerEmail },
            { label: 'Opened', value: formatDateTime(ticket.createdAt) },
            { label: 'Last message', value: formatDateTime(ticket.lastMessageAt) },
          ]}
        />
        {ticket.closedAt && (
          <Alert color="gray" variant="light" title={`Closed by ${ticket.closedBy ?? 'someone'}`}>
            {formatDateTime(ticket.closedAt)}
            {ticket.closeReason ? `: ${ticket.closeReason}` : ''}
          </Alert>
        )}
        {actions.conflict && (
          <ConflictNotice
            title="Not saved: the ticket changed meanwhile"
            message={`${actions.conflict}. The ticket now shows it as it is.`}
            onDismiss={actions.dismissConflict}
          />
        )}
        <Divider />
        <TicketThread ticket={ticket} />
        {!closed && (
          <>
            <Divider />
            {keyboard && <ViewKeys shortcuts={shortcuts} />}
            <TicketComposer
              key={ticket.id}
              ticket={ticket}
              mode={mode}
              onModeChange={setMode}
              loading={actions.sending}
              onSend={actions.send}
              textareaRef={textarea}
            />
          </>
        )}
      </Stack>
      {actions.closing && (
        <CloseTicketModal
          ticket={ticket}
          loading={actions.closingBusy}
          onCloseTicket={actions.closeTicket}
          onCancel={actions.stopClosing}
        />
      )}
    </Paper>
  );
}
