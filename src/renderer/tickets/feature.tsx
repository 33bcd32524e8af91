import { IconLifebuoy } from '@tabler/icons-react';
import { Route } from 'react-router';
import type { Feature } from '../app/feature';
import { OpenCount } from './OpenCount';
import { TicketsPage } from './TicketsPage';

export const ticketsFeature: Feature = {
  label: 'Tickets',
  path: '/tickets',
  icon: IconLifebuoy,
  key: 't',
  badge: OpenCount,
  // One route with the open ticket optional: moving through the queue keeps the page mounted.
  routes: <Route key="tickets" path="/tickets/:ticketId?" element={<TicketsPage />} />,
};
