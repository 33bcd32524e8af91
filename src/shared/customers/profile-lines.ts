import { formatPhone } from '../reference/phone';
import { countryWithDialCode, formatDay, postalLines } from './display';
import {
  customerFieldList,
  profileSections,
  type CustomerFieldKey,
  type FieldSpec,
  type ProfileSectionKey,
} from './field-table';
import type { Customer } from './schema';

/** Reads a monitor's name by id; the profile names a customer's exchange monitor with it. */
export type MonitorName = (id: number) => string | undefined;

/** One line of the profile: a field's label and its value as a person reads it. */
export interface ProfileLine {
  key: CustomerFieldKey;
  field: FieldSpec;
  label: string;
  /** The fields the line shows: its own and those shown inside it (the phone's extension). */
  covers: CustomerFieldKey[];
  /** Null when the field is empty. */
  text: string | null;
  /** The value as separate lines (postal details, labels, key/value pairs); `[text]` otherwise. */
  items: string[];
}

export interface ProfileSectionLines {
  section: ProfileSectionKey;
  title: string;
  lines: ProfileLine[];
}

type Value = Customer[CustomerFieldKey];

function items(field: FieldSpec, value: Value, monitorName: MonitorName): string[] {
  if (value === null || value === undefined || value === '') return [];
  switch (field.kind) {
    case 'enum':
      return [field.options?.labels[value as string] ?? String(value)];
    case 'country':
      return [countryWithDialCode(value as string)];
    case 'phone':
      return [formatPhone(value as string)];
    case 'extension':
      return [`ext. ${value as string}`];
    case 'boolean':
      return [(value ? field.profile.words?.[0] : field.profile.words?.[1]) ?? (value ? 'Yes' : 'No')];
    case 'verificationFlag':
      return [value ? 'Verified' : 'Not verified'];
    case 'wholePercent':
    case 'decimalPercent':
    case 'verificationProgress':
      return [`${value as number | string}%`];
    case 'date':
      return [formatDay(value as string)];
    case 'labels':
      return value as string[];
    case 'postal':
      return postalLines(value as NonNullable<Customer['billing']>);
    case 'keyValues':
      return (value as Customer['metadata']).map((entry) => `${entry.key}: ${entry.value}`);
    case 'exchangeMonitor':
      return [monitorName(value as number) ?? `#${value as number}`];
    case 'text':
    case 'longText':
    case 'email':
    case 'timeZone':
      return [String(value)];
  }
}

const separators: Partial<Record<FieldSpec['kind'], string>> = { postal: ', ', labels: ', ', keyValues: '; ' };

/**
 * The profile of a customer as lines, section by section, derived from the field table: the
 * profile page renders them, the PDF profile report prints them. A field marked `partOf`
 * another is shown inside that field's line.
 */
export function profileOf(customer: Customer, monitorName: MonitorName = () => undefined): ProfileSectionLines[] {
  const parts = customerFieldList.filter((field) => field.profile.partOf);
  const lineOf = (field: FieldSpec & { key: CustomerFieldKey }): ProfileLine => {
    const inside = parts.filter((part) => part.profile.partOf === field.key);
    const own = items(field, customer[field.key], monitorName);
    const all = own.length ? [...own, ...inside.flatMap((part) => items(part, customer[part.key], monitorName))] : [];
    return {
      key: field.key,
      field,
      label: field.profile.label ?? field.label,
      covers: [field.key, ...inside.map((part) => part.key)],
      text: all.length ? all.join(separators[field.kind] ?? ' ') : null,
      items: own.length && inside.length ? [all.join(' ')] : all,
    };
  };
  return (Object.keys(profileSections) as ProfileSectionKey[]).map((section) => ({
    section,
    title: profileSections[section].title,
    lines: customerFieldList.filter((field) => field.profile.section === section && !field.profile.partOf).map(lineOf),
  }));
}
