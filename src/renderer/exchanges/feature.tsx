import { IconArrowsExchange } from '@tabler/icons-react';
import { Route } from 'react-router';
import type { Feature } from '../app/feature';
import { ExchangePage } from './details/ExchangePage';
import { ExchangesPage } from './list/ExchangesPage';
import { OnHoldCount } from './OnHoldCount';
import { exchangesPath } from './paths';

export const exchangesFeature: Feature = {
  label: 'Exchanges',
  path: exchangesPath,
  icon: IconArrowsExchange,
  key: 'x',
  badge: OnHoldCount,
  routes: [
    <Route key="exchanges" path={exchangesPath} element={<ExchangesPage />} />,
    <Route key="exchange" path={`${exchangesPath}/:id`} element={<ExchangePage />} />,
  ],
};
