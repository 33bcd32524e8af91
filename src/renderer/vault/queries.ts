import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InputOf } from '../../shared/api';
import { call } from '../client/api';

export const vaultKeys = { status: ['vault', 'status'] as const, check: ['vault', 'check'] as const };

/** `current`: asked again whenever the screen opens (its count of documents changes with every upload). */
export function useVaultStatus({ current = false } = {}) {
  return useQuery({
    queryKey: vaultKeys.status,
    queryFn: () => call('vault.status', {}),
    refetchOnMount: current ? 'always' : true,
  });
}

/** Every answer of these is the vault's new status: it replaces the cached one, and documents are fetched again. */
function useVaultChange<I>(change: (input: I) => ReturnType<typeof call<'vault.status'>>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: change,
    onSuccess: (status) => {
      client.setQueryData(vaultKeys.status, status);
      void client.invalidateQueries({
        predicate: (query) => query.queryKey[0] !== 'vault' || query.queryKey[1] === 'check',
      });
    },
  });
}

export const useUnlockVault = () => useVaultChange((input: InputOf<'vault.unlock'>) => call('vault.unlock', input));
export const useStartNewVault = () =>
  useVaultChange((input: InputOf<'vault.startNew'>) => call('vault.startNew', input));

export function useVaultCheck() {
  return useQuery({ queryKey: vaultKeys.check, queryFn: () => call('vault.check', {}), enabled: false });
}
