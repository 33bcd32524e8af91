import { IconUsers } from '@tabler/icons-react';
import { Route } from 'react-router';
import type { Feature } from '../app/feature';
import { CustomerCreatePage, CustomerEditPage } from './form/CustomerFormPage';
import { CustomerListPage } from './list/CustomerListPage';
import { CustomerProfilePage } from './profile/CustomerProfilePage';

export const customersFeature: Feature = {
  label: 'Customers',
  path: '/customers',
  icon: IconUsers,
  key: 'c',
  routes: [
    <Route key="customers" path="/customers" element={<CustomerListPage />} />,
    <Route key="customers-new" path="/customers/new" element={<CustomerCreatePage />} />,
    <Route key="customer" path="/customers/:id" element={<CustomerProfilePage />} />,
    <Route key="customer-edit" path="/customers/:id/edit" element={<CustomerEditPage />} />,
  ],
};
