import { NavCount } from '../app/NavCount';
import { useExchangeCount } from './queries';

/** The sidebar's count of exchanges on hold. */
export function OnHoldCount() {
  const count = useExchangeCount({ status: ['on_hold'] });
  return <NavCount count={count.data} label="on hold" />;
}
