import { customersFeature } from '../customers/feature';
import { monitorsFeature } from '../monitors/feature';
import type { Feature } from './feature';

/** The sidebar, in order. A new area of the app adds one line here. */
export const features: Feature[] = [customersFeature, monitorsFeature];
