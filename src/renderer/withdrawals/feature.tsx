import { IconCashBanknote } from '@tabler/icons-react';
import { Route } from 'react-router';
import type { Feature } from '../app/feature';
import { PendingCount } from './PendingCount';
import { WithdrawalsPage } from './WithdrawalsPage';

export const withdrawalsFeature: Feature = {
  label: 'Withdrawals',
  path: '/withdrawals',
  icon: IconCashBanknote,
  key: 'w',
  badge: PendingCount,
  routes: <Route key="withdrawals" path="/withdrawals" element={<WithdrawalsPage />} />,
};
