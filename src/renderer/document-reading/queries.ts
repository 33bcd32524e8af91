import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call } from '../client/api';
import { kycKeys } from '../kyc/queries';

/** Under the KYC keys, so an upload or a decision (which invalidate `kyc`) refreshes it too. */
const comparisonKey = (customerId: number) => [...kycKeys.all, 'comparison', customerId] as const;

/** While a file is being read the comparison is asked again each second, until every reading is in. */
export function useDocumentComparison(customerId: number) {
  return useQuery({
    queryKey: comparisonKey(customerId),
    queryFn: () => call('documents.compare', { customerId }),
    refetchInterval: (query) => (query.state.data?.reading ? 1000 : false),
  });
}

export function useReadAgain(customerId: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (documentId: number) => call('documents.readAgain', { documentId }),
    onSuccess: () => client.invalidateQueries({ queryKey: comparisonKey(customerId) }),
  });
}
