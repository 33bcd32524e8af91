import type { FieldKind } from '../../../../shared/customers/field-kinds';
import { customerFieldList } from '../../../../shared/customers/field-table';
import type { MonitorName } from '../../../../shared/customers/profile-lines';
import { statusLabels, type CustomerStatus } from '../../../../shared/customers/fields';
import { countryName } from '../../../../shared/reference/countries';
import { formatPhone } from '../../../../shared/reference/phone';

function isEmpty(value: unknown): boolean {
  return value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
}

function isKeyValue(value: unknown): value is { key: string; value: string } {
  return typeof value === 'object' && value !== null && 'key' in value && 'value' in value;
}

const kindOf = new Map<string, FieldKind>(customerFieldList.map((field) => [field.key, field.kind]));

/** One value of an audit change as a person reads it; null when there was none. */
export function changeValue(field: string, value: unknown, monitorName: MonitorName): string | null {
  if (isEmpty(value)) return null;
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (field === 'status' && typeof value === 'string') return statusLabels[value as CustomerStatus] ?? value;
  const kind = kindOf.get(field);
  if (kind === 'country' && typeof value === 'string') return countryName(value);
  if (kind === 'phone' && typeof value === 'string') return formatPhone(value);
  if (kind === 'exchangeMonitor' && typeof value === 'number') return monitorName(value) ?? `#${value}`;
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
