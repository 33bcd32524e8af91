import { NavCount } from '../app/NavCount';
import { useOpenTicketCount } from './queries';

/** The sidebar's count of tickets waiting for staff. */
export function OpenCount() {
  const count = useOpenTicketCount();
  return <NavCount count={count.data} label="open" />;
}
