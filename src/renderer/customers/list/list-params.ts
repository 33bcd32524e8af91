import { useCallback, useLayoutEffect, useMemo, useRef } from 'react';
import { useSearchParams } from 'react-router';
import { customerSortKeys, verificationFilters, type CustomerSortKey } from '../../../shared/customers/contract';
import { customerStatuses, type CustomerStatus } from '../../../shared/customers/fields';

/** What the list shows: kept in the URL's search params so Back returns to the same view. */
export interface ListView {
  search: string;
  status: CustomerStatus[];
  verification: (typeof verificationFilters)[number] | null;
  country: string | null;
  label: string | null;
  sort: CustomerSortKey;
  direction: 'asc' | 'desc';
}

const defaults: ListView = {
  search: '',
  status: [],
  verification: null,
  country: null,
  label: null,
  sort: 'name',
  direction: 'asc',
};

function oneOf<T extends string>(allowed: readonly T[], value: string | null): T | null {
  return allowed.find((item) => item === value) ?? null;
}

function readView(params: URLSearchParams): ListView {
  return {
    search: params.get('q') ?? '',
    status: params.getAll('status').flatMap((value) => oneOf(customerStatuses, value) ?? []),
    verification: oneOf(verificationFilters, params.get('verification')),
    country: params.get('country'),
    label: params.get('label'),
    sort: oneOf(customerSortKeys, params.get('sort')) ?? defaults.sort,
    direction: params.get('dir') === 'desc' ? 'desc' : 'asc',
  };
}

function writeView(view: ListView): URLSearchParams {
  const params = new URLSearchParams();
  if (view.search) params.set('q', view.search);
  view.status.forEach((status) => params.append('status', status));
  if (view.verification) params.set('verification', view.verification);
  if (view.country) params.set('country', view.country);
  if (view.label) params.set('label', view.label);
  if (view.sort !== defaults.sort) params.set('sort', view.sort);
  if (view.direction !== defaults.direction) params.set('dir', view.direction);
  return params;
}

export function hasFilters(view: ListView): boolean {
  return Boolean(view.search || view.status.length || view.verification || view.country || view.label);
}

/** The list's view from the URL, and a way to change part of it (replacing the history entry). */
export function useListView() {
  const [params, setParams] = useSearchParams();
  const view = useMemo(() => readView(params), [params]);
  // `update` keeps one identity, so the filters (memoized) are not drawn again at every key
  // typed in the search box; it reads the params of the last render.
  const latest = useRef({ params, setParams });
  useLayoutEffect(() => {
    latest.current = { params, setParams };
  });
  // Navigation renders in a transition, so a second change can come before the first one's
  // render; building on the last write while it is pending keeps both (clear, then pick).
  const lastWrite = useRef<{ from: string; to: URLSearchParams } | null>(null);
  const update = useCallback((change: Partial<ListView>) => {
    const { params, setParams } = latest.current;
    const pending = lastWrite.current?.from === params.toString() ? lastWrite.current.to : null;
    const next = writeView({ ...readView(pending ?? params), ...change });
    lastWrite.current = { from: params.toString(), to: next };
    setParams(next, { replace: true });
  }, []);
  const clearFilters = useCallback(
    () => update({ search: '', status: [], verification: null, country: null, label: null }),
    [update],
  );
  return { view, update, clearFilters };
}

/** The API's filters for a view. */
export function filtersOf(view: ListView) {
  return {
    search: view.search.trim() || undefined,
    status: view.status.length ? view.status : undefined,
    verification: view.verification ?? undefined,
    country: view.country ?? undefined,
    label: view.label ?? undefined,
  };
}
