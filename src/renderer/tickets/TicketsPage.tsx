import { Group, SegmentedControl, Stack, Text } from '@mantine/core';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { ticketStatuses, ticketStatusLabels, type TicketStatus } from '../../shared/tickets/statuses';
import { cappedCount } from '../activity/count-text';
import { PageTitle } from '../app/PageTitle';
import { useOpenTicketCount } from './queries';
import { TicketWorkspace } from './TicketWorkspace';

type Filter = TicketStatus | 'all';
const filters: readonly Filter[] = [...ticketStatuses, 'all'];
const filterLabels: Record<Filter, string> = { ...ticketStatusLabels, all: 'All' };

const emptyTexts: Record<Filter, { title: string; text: string }> = {
  open: {
    title: 'No tickets waiting',
    text: 'Every customer who wrote has been answered. New and reopened tickets appear here, longest waiting first.',
  },
  answered: { title: 'No answered tickets', text: 'Tickets waiting for the customer after a staff reply appear here.' },
  closed: { title: 'No closed tickets', text: 'Closed tickets are kept here with the reason they were closed.' },
  all: { title: 'No tickets yet', text: 'Support tickets customers open on the platform appear here.' },
};

/** Route /tickets and /tickets/:ticketId: the open tickets, longest waiting first, each thread beside the list. */
export function TicketsPage() {
  const [params] = useSearchParams();
  const { ticketId } = useParams();
  const navigate = useNavigate();
  const count = useOpenTicketCount();
  const filter = filters.find((value) => value === params.get('status')) ?? 'open';
  const search = filter === 'open' ? '' : `?status=${filter}`;
  const empty = emptyTexts[filter];
  return (
    <Stack gap="md" maw={1400}>
      <Group justify="space-between" align="baseline">
        <PageTitle>Support tickets</PageTitle>
        {count.data && (
          <Text size="sm" c="dimmed" role="status">
            {cappedCount(count.data, 'open ticket')}, longest waiting first
          </Text>
        )}
      </Group>
      <SegmentedControl
        aria-label="Tickets to show"
        w="fit-content"
        value={filter}
        onChange={(value) => navigate(value === 'open' ? '/tickets' : `/tickets?status=${value}`, { replace: true })}
        data={filters.map((value) => ({ value, label: filterLabels[value] }))}
      />
      <TicketWorkspace
        key={filter}
        input={filter === 'all' ? {} : { status: filter }}
        label={`${filterLabels[filter]} tickets`}
        selectedId={ticketId ? Number(ticketId) : null}
        onSelect={(id) => navigate(`/tickets/${id}${search}`, { replace: true })}
        withCustomer
        keyboard
        emptyTitle={empty.title}
        emptyText={empty.text}
      />
    </Stack>
  );
}
