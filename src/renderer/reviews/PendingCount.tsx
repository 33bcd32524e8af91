import { NavCount } from '../app/NavCount';
import { useReviewsOverview } from './queries';

/** The sidebar's count of reviews waiting for moderation. */
export function PendingCount() {
  const overview = useReviewsOverview();
  return (
    <NavCount count={overview.data && { total: overview.data.pending, capped: false }} label="waiting for moderation" />
  );
}
