import type { FieldKind, PostalPart } from '../../../shared/customers/field-kinds';
import { postalParts } from '../../../shared/customers/field-kinds';
import {
  customerFieldList,
  type CustomerFieldKey,
  type CustomerFieldTable,
  type FieldOfKind,
} from '../../../shared/customers/field-table';
import type { Customer, CustomerInput } from '../../../shared/customers/schema';
import { verificationProgressOf } from '../../../shared/kyc/progress';
import { formatPhone } from '../../../shared/reference/phone';
import type { KeyValue } from '../../inputs/key-values';

export type PostalValues = Record<Exclude<PostalPart, 'country'>, string> & { country: string | null };

/** What an input of each kind holds: text as strings ('' for none), selects as string | null. */
interface FormValueOfKind {
  text: string;
  longText: string;
  email: string;
  phone: string;
  extension: string;
  decimalPercent: string;
  enum: string | null;
  country: string | null;
  timeZone: string | null;
  date: string | null;
  exchangeMonitor: string | null;
  boolean: boolean;
  verificationFlag: boolean;
  wholePercent: number | string;
  labels: string[];
  postal: PostalValues;
  keyValues: KeyValue[];
}

/** Fields the form edits: all but those worked out from others. */
export type FormFieldKey = Exclude<CustomerFieldKey, FieldOfKind<'verificationProgress'>>;
type PostalField = FieldOfKind<'postal'>;

export type CustomerFormValues = {
  [K in FormFieldKey]: FormValueOfKind[CustomerFieldTable[K]['kind'] & keyof FormValueOfKind];
} & {
  /** "Same as address": billing/shipping follow the customer's own name and address when saved. */
  [K in PostalField as `${K}SameAsAddress`]: boolean;
};

const emptyPostal = Object.fromEntries(
  Object.entries(postalParts).map(([part, info]) => [part, info.kind === 'country' ? null : '']),
) as PostalValues;

function postalValues(stored: Customer['billing']): PostalValues {
  if (!stored) return emptyPostal;
  return Object.fromEntries(
    Object.entries(stored).map(([part, value]) => [part, part === 'country' ? value : (value ?? '')]),
  ) as PostalValues;
}

/** Per kind: the empty input, and the input's value for a stored value. */
const kinds: {
  [K in keyof FormValueOfKind]: { empty: FormValueOfKind[K]; fromStored: (value: never) => FormValueOfKind[K] };
} = {
  text: { empty: '', fromStored: (value: string | null) => value ?? '' },
  longText: { empty: '', fromStored: (value: string | null) => value ?? '' },
  email: { empty: '', fromStored: (value: string) => value },
  phone: { empty: '', fromStored: (value: string | null) => (value ? formatPhone(value) : '') },
  extension: { empty: '', fromStored: (value: string | null) => value ?? '' },
  decimalPercent: { empty: '', fromStored: (value: string) => value },
  enum: { empty: null, fromStored: (value: string) => value },
  country: { empty: null, fromStored: (value: string | null) => value },
  timeZone: { empty: null, fromStored: (value: string | null) => value },
  date: { empty: null, fromStored: (value: string | null) => value },
  exchangeMonitor: { empty: null, fromStored: (value: number | null) => (value === null ? null : String(value)) },
  boolean: { empty: false, fromStored: (value: boolean) => value },
  verificationFlag: { empty: false, fromStored: (value: boolean) => value },
  wholePercent: { empty: 0, fromStored: (value: number) => value },
  labels: { empty: [], fromStored: (value: string[]) => value },
  postal: { empty: emptyPostal, fromStored: postalValues },
  keyValues: { empty: [], fromStored: (value: KeyValue[]) => value },
};

const formFields = customerFieldList.filter(
  (field): field is (typeof customerFieldList)[number] & { key: FormFieldKey; kind: keyof FormValueOfKind } =>
    field.kind !== 'verificationProgress',
);
const postalFields = customerFieldList
  .filter((field) => field.kind === 'postal')
  .map((field) => field.key as PostalField);
const sameAsAddress = (key: string) => `${key}SameAsAddress`;

export const emptyCustomerValues = Object.fromEntries([
  ...formFields.map((field) => [field.key, kinds[field.kind].empty]),
  ...postalFields.map((key) => [sameAsAddress(key), false]),
]) as CustomerFormValues;

/** The customer's own name and address as billing or shipping details: each part from the field of its name. */
export function postalFromAddress(values: CustomerFormValues): PostalValues {
  const own = values as unknown as Record<string, string | null>;
  return Object.fromEntries(
    Object.keys(postalParts).map((part) => [
      part,
      part === 'name'
        ? [values.firstName.trim(), values.lastName.trim()].filter(Boolean).join(' ')
        : (own[part] ?? (part === 'country' ? null : '')),
    ]),
  ) as PostalValues;
}

function samePostal(a: PostalValues, b: PostalValues): boolean {
  return (Object.keys(a) as (keyof PostalValues)[]).every((key) => (a[key] ?? '').trim() === (b[key] ?? '').trim());
}

export function valuesFromCustomer(customer: Customer): CustomerFormValues {
  const values = Object.fromEntries(
    formFields.map((field) => [field.key, kinds[field.kind].fromStored(customer[field.key] as never)]),
  ) as Record<string, unknown>;
  const own = postalFromAddress(values as CustomerFormValues);
  for (const key of postalFields) {
    values[sameAsAddress(key)] = customer[key] !== null && samePostal(values[key] as PostalValues, own);
  }
  return values as CustomerFormValues;
}

/** Selects the schema requires: unchosen they become undefined, so the schema says "Select a country". */
const requiredSelects = new Set<FieldKind>(['enum', 'country']);

/**
 * The API input the values stand for; the schema's result is what gets sent. "Same as
 * address" details are filled from the address, and the progress from the checks.
 */
export function toCustomerInput(values: CustomerFormValues): CustomerInput {
  const own = postalFromAddress(values);
  const input: Record<string, unknown> = {};
  for (const field of formFields) {
    const value = values[field.key];
    input[field.key] = requiredSelects.has(field.kind) && value === null ? undefined : value;
  }
  for (const key of postalFields) if (values[`${key}SameAsAddress`]) input[key] = own;
  // The core works progress out from the checks; sending the same figure keeps both in step.
  for (const field of customerFieldList.filter((f) => f.kind === 'verificationProgress')) {
    input[field.key] = verificationProgressOf({ ...values, phone: values.phone.trim() || null });
  }
  return input as CustomerInput;
}
