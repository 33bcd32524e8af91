import { NavCount } from '../app/NavCount';
import { usePendingReserveRequestCount } from './queries';

/** The sidebar's count of reserve requests waiting for an answer. */
export function PendingCount() {
  const count = usePendingReserveRequestCount();
  return <NavCount count={count.data} label="waiting" />;
}
