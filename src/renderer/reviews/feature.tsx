import { IconStar } from '@tabler/icons-react';
import { Route } from 'react-router';
import type { Feature } from '../app/feature';
import { PendingCount } from './PendingCount';
import { ReviewsPage } from './ReviewsPage';

export const reviewsFeature: Feature = {
  label: 'Reviews',
  path: '/reviews',
  icon: IconStar,
  key: 'e',
  badge: PendingCount,
  routes: <Route key="reviews" path="/reviews" element={<ReviewsPage />} />,
};
