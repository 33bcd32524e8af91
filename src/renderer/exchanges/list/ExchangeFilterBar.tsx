import { Button, Group, MultiSelect, Select } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import type { ReactNode } from 'react';
import { exchangeStatuses, exchangeStatusLabels } from '../../../shared/exchanges/statuses';
import { currencies } from '../../../shared/money/currencies';
import { emptyExchangeView, hasExchangeFilters, type ExchangeView } from './exchange-params';

const statusOptions = exchangeStatuses.map((status) => ({ value: status, label: exchangeStatusLabels[status] }));
const currencyOptions = currencies.map((currency) => ({
  value: currency.code,
  label: `${currency.code} · ${currency.name}`,
}));

interface Props {
  view: ExchangeView;
  update: (change: Partial<ExchangeView>) => void;
  /** The search box, first in the row. */
  search: ReactNode;
}

/** Status (several), currency and a range of days; "Clear" puts every filter and the search back. */
export function ExchangeFilterBar({ view, update, search }: Props) {
  return (
    <Group gap="sm" align="flex-end" wrap="wrap">
      {search}
      <MultiSelect
        label="Status"
        placeholder={view.status.length ? undefined : 'Any status'}
        data={statusOptions}
        value={view.status}
        onChange={(status) => update({ status: status as ExchangeView['status'] })}
        clearable
        w={260}
      />
      <Select
        label="Currency"
        placeholder="Any currency"
        data={currencyOptions}
        value={view.currency}
        onChange={(currency) => update({ currency })}
        searchable
        clearable
        w={220}
      />
      <DateInput
        label="From"
        placeholder="Any day"
        valueFormat="D MMM YYYY"
        value={view.from}
        onChange={(from) => update({ from })}
        maxDate={view.to ?? undefined}
        clearable
        w={150}
      />
      <DateInput
        label="To"
        placeholder="Any day"
        valueFormat="D MMM YYYY"
        value={view.to}
        onChange={(to) => update({ to })}
        minDate={view.from ?? undefined}
        clearable
        w={150}
      />
      {hasExchangeFilters(view) && (
        <Button variant="subtle" onClick={() => update(emptyExchangeView)}>
          Clear filters
        </Button>
      )}
    </Group>
  );
}
