import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState, type ComponentProps } from 'react';
import { call } from '../client/api';
import { customerName } from '../customers/display/format';

type Props = Omit<ComponentProps<typeof Select>, 'data' | 'searchable' | 'onSearchChange' | 'searchValue'>;

/** Picks one customer by name or email, searching the whole desk as the user types (20 matches at a time). */
export function CustomerSelect(props: Props) {
  const [search, setSearch] = useState('');
  const [rested] = useDebouncedValue(search.trim(), 200);
  const matches = useQuery({
    queryKey: ['customers', 'list', { search: rested, limit: 20, picker: true }],
    queryFn: () => call('customers.list', { search: rested || undefined, limit: 20 }),
    placeholderData: keepPreviousData,
  });
  const data = (matches.data?.items ?? []).map((customer) => ({
    value: String(customer.id),
    label: `${customerName(customer)} · ${customer.email}`,
  }));
  return (
    <Select
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      data={data}
      // The core has searched already: the options are the matches, whatever the label shows.
      filter={({ options }) => options}
      nothingFoundMessage={matches.isFetching ? 'Searching…' : 'No customer matches'}
      {...props}
    />
  );
}
