import { customersFeature } from '../customers/feature';
import { exchangesFeature } from '../exchanges/feature';
import { importsFeature } from '../imports/feature';
import { kycFeature } from '../kyc/feature';
import { monitorsFeature } from '../monitors/feature';
import { reserveRequestsFeature } from '../reserve-requests/feature';
import { reviewsFeature } from '../reviews/feature';
import { ticketsFeature } from '../tickets/feature';
import { vaultFeature } from '../vault/feature';
import { withdrawalsFeature } from '../withdrawals/feature';
import type { Feature } from './feature';

/** The sidebar, in order. A new area of the app adds one line here. */
export const features: Feature[] = [
  customersFeature,
  kycFeature,
  exchangesFeature,
  withdrawalsFeature,
  reserveRequestsFeature,
  reviewsFeature,
  ticketsFeature,
  importsFeature,
  monitorsFeature,
  vaultFeature,
];
