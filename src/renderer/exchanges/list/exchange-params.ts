import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { ExchangeFilters } from '../../../shared/exchanges/contract';
import { exchangeStatuses, type ExchangeStatus } from '../../../shared/exchanges/statuses';
import { isCurrencyCode } from '../../../shared/money/currencies';

/** What the exchange list shows, kept in the URL (`?q=EX-7&status=on_hold&currency=BTC&from=2026-01-01`). */
export interface ExchangeView {
  search: string;
  status: ExchangeStatus[];
  currency: string | null;
  from: string | null;
  to: string | null;
}

const day = /^\d{4}-\d{2}-\d{2}$/;
const dayOrNull = (value: string | null) => (value && day.test(value) ? value : null);

export function readExchangeView(params: URLSearchParams): ExchangeView {
  const currency = params.get('currency');
  return {
    search: params.get('q') ?? '',
    status: params
      .getAll('status')
      .filter((value): value is ExchangeStatus => exchangeStatuses.includes(value as ExchangeStatus)),
    currency: currency && isCurrencyCode(currency) ? currency : null,
    from: dayOrNull(params.get('from')),
    to: dayOrNull(params.get('to')),
  };
}

export function writeExchangeView(view: ExchangeView): URLSearchParams {
  const params = new URLSearchParams();
  if (view.search) params.set('q', view.search);
  view.status.forEach((status) => params.append('status', status));
  if (view.currency) params.set('currency', view.currency);
  if (view.from) params.set('from', view.from);
  if (view.to) params.set('to', view.to);
  return params;
}

export const emptyExchangeView: ExchangeView = { search: '', status: [], currency: null, from: null, to: null };

export function hasExchangeFilters(view: ExchangeView): boolean {
  return writeExchangeView(view).size > 0;
}

/** The API's filters for a view. */
export function exchangeFiltersOf(view: ExchangeView): ExchangeFilters {
  return {
    search: view.search.trim() || undefined,
    status: view.status.length ? view.status : undefined,
    currency: view.currency ?? undefined,
    from: view.from ?? undefined,
    to: view.to ?? undefined,
  };
}

/** The list's view from the URL, and a way to change part of it (replacing the history entry). */
export function useExchangeView() {
  const [params, setParams] = useSearchParams();
  const view = useMemo(() => readExchangeView(params), [params]);
  const update = useCallback(
    (change: Partial<ExchangeView>) =>
      setParams((current) => writeExchangeView({ ...readExchangeView(current), ...change }), { replace: true }),
    [setParams],
  );
  return { view, update };
}
