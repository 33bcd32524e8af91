import { CloseButton, Group, Kbd, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useRef } from 'react';
import { PageTitle } from '../../app/PageTitle';
import { ActivityExportButton } from '../../exports/ActivityExportButton';
import { cappedCount } from '../../activity/count-text';
import { useShortcuts } from '../../keyboard/use-shortcuts';
import { useExchangeCount } from '../queries';
import { ExchangeFilterBar } from './ExchangeFilterBar';
import { ExchangeList } from './ExchangeList';
import { exchangeFiltersOf, hasExchangeFilters, useExchangeView } from './exchange-params';

/** How long the reference search rests before the list asks for it. */
const searchAfterMs = 200;

/** Route /exchanges: every customer's exchanges, by reference, status, currency and day. */
export function ExchangesPage() {
  const { view, update } = useExchangeView();
  const searchBox = useRef<HTMLInputElement>(null);
  const [search] = useDebouncedValue(view.search, searchAfterMs);
  const filters = exchangeFiltersOf({ ...view, search });
  const count = useExchangeCount(filters);
  const filtered = hasExchangeFilters(view);
  useShortcuts('Exchanges', [
    { keys: ['slash', 'mod+k'], label: 'Search by reference', run: () => searchBox.current?.focus(), inFields: false },
    {
      keys: ['escape'],
      label: 'Clear the search, then leave it',
      run: () => (view.search ? update({ search: '' }) : searchBox.current?.blur()),
      inFields: (field) => field === searchBox.current,
      when: (event) => event.target === searchBox.current,
    },
  ]);
  return (
    <Stack gap="md" maw={1400}>
      <Group justify="space-between" align="baseline">
        <PageTitle>Exchanges</PageTitle>
        <Group gap="md" align="baseline">
          {count.data && (
            <Text size="sm" c="dimmed" role="status" data-testid="exchange-count">
              {cappedCount(count.data, 'exchange')}
              {filtered ? (count.data.total === 1 ? ' matches' : ' match') : ''}
            </Text>
          )}
          <ActivityExportButton
            subject={{ kind: 'exchanges', filters }}
            title="Export exchanges"
            description={
              filtered
                ? 'Exports the exchanges that match the list’s search and filters, newest first.'
                : 'Exports every exchange, newest first.'
            }
            unit="exchanges"
          />
        </Group>
      </Group>
      <ExchangeFilterBar
        view={view}
        update={update}
        search={
          <TextInput
            ref={searchBox}
            aria-label="Search exchanges by reference"
            placeholder="Reference, or its beginning (EX-7K3)"
            value={view.search}
            onChange={(event) => update({ search: event.currentTarget.value })}
            leftSection={<IconSearch size={16} />}
            rightSection={
              view.search ? (
                <CloseButton size="sm" aria-label="Clear search" onClick={() => update({ search: '' })} />
              ) : (
                <Kbd size="xs">/</Kbd>
              )
            }
            style={{ flex: '1 1 260px' }}
            miw={240}
            maw={420}
          />
        }
      />
      <ExchangeList
        filters={filters}
        label="Exchanges"
        withCustomer
        emptyTitle={filtered ? 'No exchanges match' : 'No exchanges yet'}
        emptyText={
          filtered
            ? 'Check the reference, or clear the filters to see every exchange.'
            : 'Exchanges appear here once customers make them (the seed and imports bring them in too).'
        }
      />
    </Stack>
  );
}
