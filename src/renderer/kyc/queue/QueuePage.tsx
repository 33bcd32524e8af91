import { Alert, Button, Center, Group, Loader, Paper, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconChecklist } from '@tabler/icons-react';
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { PageTitle } from '../../app/PageTitle';
import { KeyHints } from '../../keyboard/KeyHints';
import { onControl, type Shortcut } from '../../keyboard/shortcut';
import { useShortcuts } from '../../keyboard/use-shortcuts';
import type { QueueFilters, QueueItem } from '../../../shared/kyc/contract';
import { useQueue, useQueueCounts } from '../queries';
import { QueueCounts } from './QueueCounts';
import { QueueFilterBar } from './QueueFilterBar';
import { filtersFromParams, paramsFromFilters, reviewPath } from './queue-params';
import { QueueTable } from './QueueTable';
import { UploadLimitSetting } from './UploadLimitSetting';

/** The "Verification pending" page: who waits for a reviewer, oldest request first. */
export function QueuePage() {
  const [params, setParams] = useSearchParams();
  const navigate = useNavigate();
  const filters = filtersFromParams(params);
  const queue = useQueue(filters);
  const counts = useQueueCounts(filters);
  const [activeIndex, setActiveIndex] = useState(0);
  const items = queue.data?.pages.flatMap((page) => page.items) ?? [];

  const setFilters = (next: QueueFilters) => {
    setActiveIndex(0);
    setParams(paramsFromFilters(next), { replace: true });
  };
  const open = (item: QueueItem) => navigate(reviewPath(item.customerId, filters, item.position));
  const move = (delta: number) => {
    const next = Math.max(0, Math.min(items.length - 1, activeIndex + delta));
    setActiveIndex(next);
    // The keyboard's row takes the focus, so Enter opens it rather than pressing a button left focused.
    requestAnimationFrame(() => document.querySelector<HTMLElement>('tr[data-active]')?.focus());
    if (next >= items.length - 5 && queue.hasNextPage && !queue.isFetchingNextPage) void queue.fetchNextPage();
  };
  const shortcuts: Shortcut[] = [
    { keys: ['j', 'arrowdown'], label: 'Next customer in the queue', hint: 'next', run: () => move(1) },
    { keys: ['k', 'arrowup'], label: 'Previous customer in the queue', hint: 'previous', run: () => move(-1) },
    {
      keys: ['enter'],
      label: 'Review the highlighted customer',
      hint: 'review',
      run: () => {
        const item = items[activeIndex];
        if (item) open(item);
      },
      when: (event) => !onControl(event),
    },
  ];
  useShortcuts('Verification queue', shortcuts);

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <div>
          <PageTitle>Verification pending</PageTitle>
          <Text c="dimmed" size="sm">
            Customers with at least one check waiting for review, oldest request first.
          </Text>
        </div>
        <Stack gap={4} align="flex-end">
          <UploadLimitSetting />
          <KeyHints shortcuts={shortcuts} />
        </Stack>
      </Group>

      <QueueCounts filters={filters} onPickCheck={(check) => setFilters({ ...filters, check })} />
      <QueueFilterBar filters={filters} onChange={setFilters} />

      {queue.isPending && <Loader size="sm" />}
      {queue.isError && <Alert color="red">{queue.error.message}</Alert>}
      {queue.isSuccess && items.length === 0 && (
        <Paper withBorder radius="md" p="xl">
          <Center>
            <Stack align="center" gap="xs">
              <ThemeIcon size={48} radius="xl" variant="light" color="teal">
                <IconChecklist size={26} />
              </ThemeIcon>
              <Text fw={600}>Nothing waiting for review</Text>
              <Text size="sm" c="dimmed" ta="center" maw={420}>
                {filters.check || filters.country || filters.age !== 'any'
                  ? 'No customer matches these filters. Clear them to see the whole queue.'
                  : 'When a customer submits a document, a selfie or a proof of address, they appear here.'}
              </Text>
            </Stack>
          </Center>
        </Paper>
      )}
      {items.length > 0 && (
        <Paper withBorder radius="md">
          <QueueTable items={items} activeIndex={activeIndex} onActivate={setActiveIndex} onOpen={open} />
        </Paper>
      )}
      {items.length > 0 && (
        <Group justify="space-between">
          <Text size="sm" c="dimmed">
            Showing {items.length.toLocaleString('en')}
            {counts.data ? ` of ${counts.data.customers.toLocaleString('en')}` : ''} customers
          </Text>
          {queue.hasNextPage && (
            <Button
              variant="default"
              size="xs"
              loading={queue.isFetchingNextPage}
              onClick={() => void queue.fetchNextPage()}
            >
              Show more
            </Button>
          )}
        </Group>
      )}
    </Stack>
  );
}
