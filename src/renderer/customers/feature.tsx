import { IconUsers } from '@tabler/icons-react';
import { Route } from 'react-router';
import type { Feature } from '../app/feature';
import { CustomerListPage } from './list/CustomerListPage';

export const customersFeature: Feature = {
  label: 'Customers',
  path: '/customers',
  icon: IconUsers,
  key: 'c',
  routes: <Route key="customers" path="/customers" element={<CustomerListPage />} />,
};
