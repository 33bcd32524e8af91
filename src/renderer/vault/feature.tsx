import { IconLock } from '@tabler/icons-react';
import { Route } from 'react-router';
import type { Feature } from '../app/feature';
import { VaultPage } from './VaultPage';

export const vaultFeature: Feature = {
  label: 'Document vault',
  path: '/vault',
  icon: IconLock,
  key: 'd',
  routes: <Route key="vault" path="/vault" element={<VaultPage />} />,
};
