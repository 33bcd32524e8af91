import type { FieldKind } from '../../../../shared/customers/field-kinds';
import { customerFieldList } from '../../../../shared/customers/field-table';
import type { MonitorName } from '../../../../shared/customers/profile-lines';
import { statusLabels, type CustomerStatus } from '../../../../shared/customers/fields';
import { checkStateLabels, type CheckState } from '../../../../shared/kyc/fields';
import { countryName } from '../../../../shared/reference/countries';
import { formatPhone } from '../../../../shared/reference/phone';
import { formatCalendarDate } from '../../../app/dates';

function isEmpty(value: unknown): boolean {
  return value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
}

function isKeyValue(value: unknown): value is { key: string; value: string } {
  return typeof value === 'object' && value !== null && 'key' in value && 'value' in value;
}

/** A file change's value as the core writes it: "passport.jpg (<its SHA-256>)". */
const fileValue = /^(.*) \(([0-9a-f]{64})\)$/s;

/** The SHA-256 inside a file change's value: shown only on request, since no one reads it. */
export function fileHash(value: unknown): string | null {
  return typeof value === 'string' ? (fileValue.exec(value)?.[2] ?? null) : null;
}

const kindOf = new Map<string, FieldKind>(customerFieldList.map((field) => [field.key, field.kind]));
const optionLabels = new Map<string, Record<string, string> | undefined>(
  customerFieldList.map((field) => [field.key, field.options?.labels]),
);

/** One value of an audit change as a person reads it; null when there was none. */
export function changeValue(field: string, value: unknown, monitorName: MonitorName): string | null {
  if (isEmpty(value)) return null;
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (field === 'status' && typeof value === 'string') return statusLabels[value as CustomerStatus] ?? value;
  if (field === 'decision' && typeof value === 'number') return `#${value}`;
  if (field.startsWith('check.') && typeof value === 'string') return checkStateLabels[value as CheckState] ?? value;
  if (field.startsWith('document.') && typeof value === 'string') {
    // The file's name without its hash; a replaced file is named by its version ("version 2").
    return fileValue.exec(value)?.[1] ?? value.replace(/^version /, 'Version ');
  }
  const kind = kindOf.get(field);
  if (kind === 'enum' && typeof value === 'string') return optionLabels.get(field)?.[value] ?? value;
  if (kind === 'country' && typeof value === 'string') return countryName(value);
  if (kind === 'date' && typeof value === 'string') return formatCalendarDate(value);
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
