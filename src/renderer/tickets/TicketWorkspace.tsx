import { Alert, Grid, Loader, Stack, Text } from '@mantine/core';
import { IconLifebuoy } from '@tabler/icons-react';
import { useEffect } from 'react';
import type { InputOf } from '../../shared/api';
import { EmptyList } from '../activity/EmptyList';
import { LoadMore } from '../activity/LoadMore';
import { KeyHints } from '../keyboard/KeyHints';
import type { Shortcut } from '../keyboard/shortcut';
import { useShortcuts } from '../keyboard/use-shortcuts';
import { useTicketPages } from './queries';
import { TicketQueueItem } from './TicketQueueItem';
import { TicketView } from './TicketView';

function QueueKeys({ shortcuts }: { shortcuts: Shortcut[] }) {
  useShortcuts('Tickets', shortcuts);
  return <KeyHints shortcuts={shortcuts} />;
}

interface Props {
  input: Omit<InputOf<'tickets.list'>, 'cursor' | 'limit'>;
  label: string;
  /** The ticket whose thread is open; the first of the list when none is chosen. */
  selectedId: number | null;
  onSelect: (id: number) => void;
  withCustomer?: boolean;
  /** The ticket page's keys (J/K through the list, R/N/C on the ticket). */
  keyboard?: boolean;
  emptyTitle: string;
  emptyText: string;
}

/** A list of tickets beside the open one's thread: the queue is worked from top to bottom without leaving it. */
export function TicketWorkspace(props: Props) {
  const { input, label, selectedId, onSelect, withCustomer = false, keyboard = false } = props;
  const { pages, rows } = useTicketPages(input);
  const shownId = selectedId ?? rows[0]?.id ?? null;
  // The first ticket opened by default is pinned: a reply that moves it out of the list leaves its thread on screen.
  useEffect(() => {
    if (selectedId === null && shownId !== null) onSelect(shownId);
  }, [selectedId, shownId, onSelect]);
  const index = rows.findIndex((ticket) => ticket.id === shownId);
  const move = (delta: number) => {
    const next = rows[Math.max(0, Math.min(rows.length - 1, index + delta))];
    if (next) onSelect(next.id);
    if (index + delta >= rows.length - 5 && pages.hasNextPage && !pages.isFetchingNextPage) void pages.fetchNextPage();
  };
  const shortcuts: Shortcut[] = [
    { keys: ['j', 'arrowdown'], label: 'Next ticket', hint: 'next', run: () => move(1) },
    { keys: ['k', 'arrowup'], label: 'Previous ticket', hint: 'previous', run: () => move(-1) },
  ];

  if (pages.isError) return <Alert color="red">{pages.error.message}</Alert>;
  if (pages.isPending) return <Loader size="sm" aria-label={`Loading ${label.toLowerCase()}`} />;
  if (rows.length === 0 && shownId === null) {
    return (
      <EmptyList icon={IconLifebuoy} title={props.emptyTitle}>
        {props.emptyText}
      </EmptyList>
    );
  }
  return (
    <Grid gap="md" align="flex-start">
      <Grid.Col span={{ base: 12, md: 5, lg: 4 }}>
        <Stack gap={6}>
          {keyboard && <QueueKeys shortcuts={shortcuts} />}
          {rows.length === 0 ? (
            <Text size="sm" c="dimmed" role="status">
              {props.emptyTitle}
            </Text>
          ) : (
            <Stack gap={6} component="nav" aria-label={label} aria-busy={pages.isFetching}>
              {rows.map((ticket) => (
                <TicketQueueItem
                  key={ticket.id}
                  ticket={ticket}
                  selected={ticket.id === shownId}
                  withCustomer={withCustomer}
                  onSelect={() => onSelect(ticket.id)}
                />
              ))}
            </Stack>
          )}
          {rows.length > 0 && <LoadMore pages={pages} shown={rows.length} noun="ticket" />}
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 7, lg: 8 }}>
        {shownId !== null && <TicketView key={shownId} id={shownId} keyboard={keyboard} linkCustomer={withCustomer} />}
      </Grid.Col>
    </Grid>
  );
}
