import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InputOf } from '../../shared/api';
import type { QueueFilters } from '../../shared/kyc/contract';
import { call } from '../client/api';
import { customerKeys } from '../customers/queries';

/** Query keys of verification data; a decision or an upload invalidates `all`. */
export const kycKeys = {
  all: ['kyc'] as const,
  queue: (filters: QueueFilters) => ['kyc', 'queue', filters] as const,
  counts: (filters: QueueFilters) => ['kyc', 'counts', filters] as const,
  neighbors: (filters: QueueFilters, position: string) => ['kyc', 'neighbors', filters, position] as const,
  review: (customerId: number) => ['kyc', 'review', customerId] as const,
  documents: (customerId: number) => ['kyc', 'documents', customerId] as const,
  decisions: (customerId: number | undefined) => ['kyc', 'decisions', customerId ?? 'all'] as const,
  settings: ['kyc', 'settings'] as const,
};

const pageSize = 50;

export function useQueue(filters: QueueFilters) {
  return useInfiniteQuery({
    queryKey: kycKeys.queue(filters),
    queryFn: ({ pageParam }) => call('kyc.queue', { ...filters, cursor: pageParam, limit: pageSize }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}

export function useQueueCounts(filters: QueueFilters) {
  return useQuery({ queryKey: kycKeys.counts(filters), queryFn: () => call('kyc.queueCounts', filters) });
}

export function useQueueNeighbors(filters: QueueFilters, position: string | null) {
  return useQuery({
    queryKey: kycKeys.neighbors(filters, position ?? ''),
    queryFn: () => call('kyc.queueNeighbors', { ...filters, position: position ?? '' }),
    enabled: position !== null,
  });
}

export function useReview(customerId: number) {
  return useQuery({ queryKey: kycKeys.review(customerId), queryFn: () => call('kyc.review', { customerId }) });
}

export function useDocuments(customerId: number) {
  return useQuery({ queryKey: kycKeys.documents(customerId), queryFn: () => call('documents.list', { customerId }) });
}

export function useDecisions(customerId?: number) {
  return useQuery({
    queryKey: kycKeys.decisions(customerId),
    queryFn: () => call('kyc.decisions', { customerId, limit: 500 }),
  });
}

export function useKycSettings() {
  return useQuery({ queryKey: kycKeys.settings, queryFn: () => call('kyc.settings', {}), staleTime: 60_000 });
}

/** After any KYC change: queue, counts, reviews, documents and the customer records (status, flags) refresh. */
function useInvalidateKyc() {
  const client = useQueryClient();
  return () =>
    Promise.all([
      client.invalidateQueries({ queryKey: kycKeys.all }),
      client.invalidateQueries({ queryKey: customerKeys.all }),
    ]);
}

export function useDecide() {
  const invalidate = useInvalidateKyc();
  return useMutation({
    mutationFn: (input: InputOf<'kyc.decide'>) => call('kyc.decide', input),
    onSuccess: invalidate,
  });
}

export function useActivate() {
  const invalidate = useInvalidateKyc();
  return useMutation({
    mutationFn: (customerId: number) =>
      call('customers.setStatus', {
        id: customerId,
        status: 'active',
        reason: 'Every required verification check approved',
      }),
    onSuccess: invalidate,
  });
}

export function useMarkViewed() {
  const invalidate = useInvalidateKyc();
  return useMutation({
    mutationFn: (documentId: number) => call('documents.markViewed', { documentId }),
    onSuccess: invalidate,
  });
}

export function useUpload() {
  const invalidate = useInvalidateKyc();
  return useMutation({
    mutationFn: (input: InputOf<'documents.upload'>) => call('documents.upload', input),
    onSuccess: invalidate,
  });
}

export function useDeleteDocument() {
  const invalidate = useInvalidateKyc();
  return useMutation({
    mutationFn: (input: InputOf<'documents.delete'>) => call('documents.delete', input),
    onSuccess: invalidate,
  });
}
