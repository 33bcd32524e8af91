import { NavCount } from '../app/NavCount';
import { usePendingWithdrawalCount } from './queries';

/** The sidebar's count of withdrawals waiting. */
export function PendingCount() {
  const count = usePendingWithdrawalCount();
  return <NavCount count={count.data} label="waiting" />;
}
