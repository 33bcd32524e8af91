import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ImportMapping } from '../../shared/imports/mapping';
import { call } from '../client/api';

export const importKeys = {
  history: ['imports', 'history'] as const,
  presets: ['imports', 'presets'] as const,
};

export function useImportHistory() {
  return useQuery({ queryKey: importKeys.history, queryFn: () => call('imports.history', { limit: 50 }) });
}

export function usePresets() {
  return useQuery({ queryKey: importKeys.presets, queryFn: () => call('imports.presets.list', {}) });
}

export function useSavePreset() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { name: string; mapping: ImportMapping }) => call('imports.presets.save', input),
    onSuccess: () => client.invalidateQueries({ queryKey: importKeys.presets }),
  });
}
