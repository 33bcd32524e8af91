import { statusLabels, type CustomerStatus } from '../../../../shared/customers/fields';
import { countryName } from '../../../../shared/reference/countries';
import { formatPhone } from '../../../../shared/reference/phone';

/** Reads a monitor's name by id, for the history of the exchange monitor field. */
export type MonitorName = (id: number) => string | undefined;

function isEmpty(value: unknown): boolean {
  return value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
}

function isKeyValue(value: unknown): value is { key: string; value: string } {
  return typeof value === 'object' && value !== null && 'key' in value && 'value' in value;
}

/** One value of an audit change as a person reads it; null when there was none. */
export function changeValue(field: string, value: unknown, monitorName: MonitorName): string | null {
  if (isEmpty(value)) return null;
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (field === 'status' && typeof value === 'string') return statusLabels[value as CustomerStatus] ?? value;
  if (field === 'country' && typeof value === 'string') return countryName(value);
  if (field === 'phone' && typeof value === 'string') return formatPhone(value);
  if (field === 'exchangeMonitorId' && typeof value === 'number') return monitorName(value) ?? `#${value}`;
  if (Array.isArray(value)) {
    return value.map((item) => (isKeyValue(item) ? `${item.key}: ${item.value}` : String(item))).join(', ');
  }
  if (typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>)
      .filter(([, part]) => !isEmpty(part))
      .map(([key, part]) => (key === 'country' && typeof part === 'string' ? countryName(part) : String(part)))
      .join(', ');
  }
  return String(value);
}
