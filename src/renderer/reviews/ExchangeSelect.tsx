import { Select } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { ComponentProps } from 'react';
import { formatMoney } from '../../shared/money/money';
import { activityKey } from '../activity/queries';
import { formatDate } from '../app/dates';
import { call } from '../client/api';

type Props = Omit<ComponentProps<typeof Select>, 'data'> & { customerId: number | null };

/** One review per exchange: a customer's recent completed exchanges that no review is about yet. */
async function unreviewedExchanges(customerId: number) {
  const [exchanges, reviews] = await Promise.all([
    call('exchanges.list', { customerId, status: ['completed'], limit: 100 }),
    call('reviews.list', { customerId, limit: 500 }),
  ]);
  const reviewed = new Set(reviews.items.map((review) => review.exchangeId));
  return exchanges.items.filter((exchange) => !reviewed.has(exchange.id));
}

/** The completed exchange a review is about, or none (a review sent by email about the service). */
export function ExchangeSelect({ customerId, ...props }: Props) {
  const exchanges = useQuery({
    queryKey: activityKey('reviews', 'unreviewed-exchanges', customerId),
    queryFn: () => unreviewedExchanges(customerId ?? 0),
    enabled: customerId !== null,
  });
  const data = (exchanges.data ?? []).map((exchange) => ({
    value: String(exchange.id),
    label: `${exchange.reference} · ${formatMoney(exchange.sent)} → ${formatMoney(exchange.received)} · ${formatDate(exchange.createdAt)}`,
  }));
  return (
    <Select
      clearable
      data={data}
      disabled={customerId === null}
      placeholder={
        customerId === null
          ? 'Choose the customer first'
          : data.length
            ? 'No exchange'
            : 'No completed exchange without a review'
      }
      {...props}
    />
  );
}
