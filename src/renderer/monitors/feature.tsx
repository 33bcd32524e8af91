import { IconActivity } from '@tabler/icons-react';
import { Route } from 'react-router';
import type { Feature } from '../app/feature';
import { MonitorsPage } from './MonitorsPage';

export const monitorsFeature: Feature = {
  label: 'Exchange monitors',
  path: '/monitors',
  icon: IconActivity,
  key: 'm',
  routes: <Route key="monitors" path="/monitors" element={<MonitorsPage />} />,
};
