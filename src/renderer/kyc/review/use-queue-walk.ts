import { useNavigate, useSearchParams } from 'react-router';
import { useShortcuts } from '../../keyboard/use-shortcuts';
import type { QueueItem } from '../../../shared/kyc/contract';
import { useQueueNeighbors } from '../queries';
import { filtersFromParams, queuePath, reviewPath } from '../queue/queue-params';

/** The review's name in the shortcut sheet. */
export const reviewShortcuts = 'Review';

/** The queue walk's keys, also shown on the review's "Next customer" button. */
export const walkKeys = { next: ['n', ']'], previous: ['p', '['] };

/**
 * Previous and next customer of the queue the reviewer came from (its filters and this row's
 * place are in the address), with N / P and ] / [ as keys.
 */
export function useQueueWalk() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const filters = filtersFromParams(params);
  const position = params.get('position');
  const neighbors = useQueueNeighbors(filters, position);
  const go = (item: QueueItem | null | undefined) => {
    if (item) navigate(reviewPath(item.customerId, filters, item.position));
  };
  const previous = neighbors.data?.previous ?? null;
  const next = neighbors.data?.next ?? null;
  useShortcuts(reviewShortcuts, [
    { keys: walkKeys.next, label: 'Next customer of the queue', run: () => go(next) },
    { keys: walkKeys.previous, label: 'Previous customer of the queue', run: () => go(previous) },
  ]);
  return {
    inQueue: position !== null,
    previous,
    next,
    goPrevious: () => go(previous),
    goNext: () => go(next),
    backPath: queuePath(filters),
  };
}
