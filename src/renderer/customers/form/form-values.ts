import type { genders } from '../../../shared/customers/fields';
import type { Customer, CustomerInput } from '../../../shared/customers/schema';
import { verificationProgressOf } from '../../../shared/kyc/progress';
import { formatPhone } from '../../../shared/reference/phone';
import type { KeyValue } from '../../inputs/key-values';

type Gender = (typeof genders)[number];

export interface PostalValues {
  name: string;
  companyName: string;
  street: string;
  city: string;
  state: string;
  postalCode: string;
  country: string | null;
}

/** What the inputs hold: text as strings ('' for none), selects as string | null. */
export interface CustomerFormValues {
  firstName: string;
  lastName: string;
  email: string;
  telegramChatId: string;
  address: string;
  gender: Gender | null;
  newsletter: boolean;
  country: string | null;
  timezone: string | null;
  phone: string;
  phoneExtension: string;
  discount: number | string;
  exchangeMonitorId: string | null;
  affiliateProfitShare: string;
  birthDate: string | null;
  verifiedEmail: boolean;
  verifiedPhone: boolean;
  verifiedDocument: boolean;
  verifiedSelfie: boolean;
  verifiedAddress: boolean;
  documentNumber: string;
  referenceId: string;
  companyName: string;
  street: string;
  city: string;
  state: string;
  postalCode: string;
  labels: string[];
  billing: PostalValues;
  shipping: PostalValues;
  /** "Same as address": billing/shipping follow the customer's own address when saved. */
  billingSameAsAddress: boolean;
  shippingSameAsAddress: boolean;
  customFields: KeyValue[];
  metadata: KeyValue[];
}

const emptyPostal: PostalValues = {
  name: '',
  companyName: '',
  street: '',
  city: '',
  state: '',
  postalCode: '',
  country: null,
};

export const emptyCustomerValues: CustomerFormValues = {
  firstName: '',
  lastName: '',
  email: '',
  telegramChatId: '',
  address: '',
  gender: null,
  newsletter: false,
  country: null,
  timezone: null,
  phone: '',
  phoneExtension: '',
  discount: 0,
  exchangeMonitorId: null,
  affiliateProfitShare: '',
  birthDate: null,
  verifiedEmail: false,
  verifiedPhone: false,
  verifiedDocument: false,
  verifiedSelfie: false,
  verifiedAddress: false,
  documentNumber: '',
  referenceId: '',
  companyName: '',
  street: '',
  city: '',
  state: '',
  postalCode: '',
  labels: [],
  billing: emptyPostal,
  shipping: emptyPostal,
  billingSameAsAddress: false,
  shippingSameAsAddress: false,
  customFields: [],
  metadata: [],
};

/** The customer's own address as billing or shipping details. */
export function postalFromAddress(values: CustomerFormValues): PostalValues {
  return {
    name: [values.firstName.trim(), values.lastName.trim()].filter(Boolean).join(' '),
    companyName: values.companyName,
    street: values.street,
    city: values.city,
    state: values.state,
    postalCode: values.postalCode,
    country: values.country,
  };
}

function postalValues(stored: Customer['billing']): PostalValues {
  if (!stored) return emptyPostal;
  return {
    name: stored.name ?? '',
    companyName: stored.companyName ?? '',
    street: stored.street ?? '',
    city: stored.city ?? '',
    state: stored.state ?? '',
    postalCode: stored.postalCode ?? '',
    country: stored.country,
  };
}

function samePostal(a: PostalValues, b: PostalValues): boolean {
  return (Object.keys(a) as (keyof PostalValues)[]).every((key) => (a[key] ?? '').trim() === (b[key] ?? '').trim());
}

export function valuesFromCustomer(customer: Customer): CustomerFormValues {
  const values: CustomerFormValues = {
    ...emptyCustomerValues,
    firstName: customer.firstName,
    lastName: customer.lastName ?? '',
    email: customer.email,
    telegramChatId: customer.telegramChatId ?? '',
    address: customer.address ?? '',
    gender: customer.gender,
    newsletter: customer.newsletter,
    country: customer.country,
    timezone: customer.timezone,
    phone: customer.phone ? formatPhone(customer.phone) : '',
    phoneExtension: customer.phoneExtension ?? '',
    discount: customer.discount,
    exchangeMonitorId: customer.exchangeMonitorId === null ? null : String(customer.exchangeMonitorId),
    affiliateProfitShare: customer.affiliateProfitShare,
    birthDate: customer.birthDate,
    verifiedEmail: customer.verifiedEmail,
    verifiedPhone: customer.verifiedPhone,
    verifiedDocument: customer.verifiedDocument,
    verifiedSelfie: customer.verifiedSelfie,
    verifiedAddress: customer.verifiedAddress,
    documentNumber: customer.documentNumber ?? '',
    referenceId: customer.referenceId ?? '',
    companyName: customer.companyName ?? '',
    street: customer.street ?? '',
    city: customer.city ?? '',
    state: customer.state ?? '',
    postalCode: customer.postalCode ?? '',
    labels: customer.labels,
    billing: postalValues(customer.billing),
    shipping: postalValues(customer.shipping),
    customFields: customer.customFields,
    metadata: customer.metadata,
  };
  const own = postalFromAddress(values);
  values.billingSameAsAddress = customer.billing !== null && samePostal(values.billing, own);
  values.shippingSameAsAddress = customer.shipping !== null && samePostal(values.shipping, own);
  return values;
}

/**
 * The API input the values stand for. Unchosen selects become undefined so the shared
 * schema reports them ("Select a country"); the schema's result is what gets sent.
 */
export function toCustomerInput(values: CustomerFormValues): CustomerInput {
  const { billingSameAsAddress, shippingSameAsAddress, ...fields } = values;
  const own = postalFromAddress(values);
  return {
    ...fields,
    gender: fields.gender ?? undefined,
    country: fields.country ?? undefined,
    // The core works progress out from the checks; sending the same figure keeps both in step.
    verificationProgress: verificationProgressOf({ ...fields, phone: fields.phone.trim() || null }),
    billing: billingSameAsAddress ? own : fields.billing,
    shipping: shippingSameAsAddress ? own : fields.shipping,
  } as CustomerInput;
}
