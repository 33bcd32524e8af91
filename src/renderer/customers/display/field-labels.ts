import { exportColumns } from '../../../shared/exports/columns';

/** How a customer field is named on screen, e.g. in the history of changes. */
const fieldLabels: Record<string, string> = {
  ...Object.fromEntries(Object.entries(exportColumns).map(([key, column]) => [key, column.label])),
  exchangeMonitorId: 'Exchange monitor',
  billing: 'Billing',
  shipping: 'Shipping',
  customFields: 'Custom fields',
  metadata: 'Metadata',
};

export function fieldLabel(field: string): string {
  return fieldLabels[field] ?? field;
}
