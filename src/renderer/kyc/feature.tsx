import { IconShieldCheck } from '@tabler/icons-react';
import { Route } from 'react-router';
import type { Feature } from '../app/feature';
import { QueuePage } from './queue/QueuePage';
import { ReviewPage } from './review/ReviewPage';

export const kycFeature: Feature = {
  label: 'Verification',
  path: '/verification',
  icon: IconShieldCheck,
  key: 'v',
  routes: [
    <Route key="verification" path="/verification" element={<QueuePage />} />,
    <Route key="verification-review" path="/verification/:customerId" element={<ReviewPage />} />,
  ],
};
