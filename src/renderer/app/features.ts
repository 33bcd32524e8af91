import { customersFeature } from '../customers/feature';
import { importsFeature } from '../imports/feature';
import { kycFeature } from '../kyc/feature';
import { monitorsFeature } from '../monitors/feature';
import { vaultFeature } from '../vault/feature';
import type { Feature } from './feature';

/** The sidebar, in order. A new area of the app adds one line here. */
export const features: Feature[] = [customersFeature, kycFeature, importsFeature, monitorsFeature, vaultFeature];
