import { IconFileImport } from '@tabler/icons-react';
import { Route } from 'react-router';
import type { Feature } from '../app/feature';
import { ImportsPage } from './ImportsPage';

export const importsFeature: Feature = {
  label: 'Import',
  path: '/imports',
  icon: IconFileImport,
  key: 'i',
  routes: <Route key="imports" path="/imports" element={<ImportsPage />} />,
};
