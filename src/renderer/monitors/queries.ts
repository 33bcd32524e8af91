import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InputOf } from '../../shared/api';
import { call } from '../client/api';

export const monitorKeys = { all: ['monitors'] as const };

export function useMonitors(activeOnly = false) {
  return useQuery({
    queryKey: [...monitorKeys.all, { activeOnly }],
    queryFn: () => call('monitors.list', { activeOnly }),
  });
}

export function useSaveMonitor() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: InputOf<'monitors.create'> & { id?: number }) =>
      input.id === undefined ? call('monitors.create', input) : call('monitors.update', { ...input, id: input.id }),
    onSuccess: () => client.invalidateQueries({ queryKey: monitorKeys.all }),
  });
}
