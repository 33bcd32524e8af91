import { IconLock } from '@tabler/icons-react';
import { Route } from 'react-router';
import type { Feature } from '../app/feature';
import { PendingCount } from './PendingCount';
import { ReserveRequestsPage } from './ReserveRequestsPage';

export const reserveRequestsFeature: Feature = {
  label: 'Reserve requests',
  path: '/reserve-requests',
  icon: IconLock,
  key: 'r',
  badge: PendingCount,
  routes: <Route key="reserve-requests" path="/reserve-requests" element={<ReserveRequestsPage />} />,
};
