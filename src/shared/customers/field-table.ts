import type { z } from 'zod';
import type { FieldKind } from './field-kinds';
import {
  affiliateProfitShare,
  birthDate,
  country,
  discount,
  documentChecks,
  documentNumber,
  email,
  exchangeMonitorId,
  firstName,
  gender,
  genderAliases,
  genderLabels,
  genders,
  keyValues,
  labels,
  limits,
  optionalText,
  phoneExtension,
  postalDetails,
  referenceId,
  telegramChatId,
  timezone,
  switchedOff,
  verificationProgress,
  type VerificationCheck,
} from './fields';

/** The groups of the customer form, in the order the form shows them. */
export const formSections = {
  identity: { title: 'Identity' },
  contact: { title: 'Contact' },
  address: { title: 'Address', hint: "in the customer's country" },
  postal: { title: 'Billing & Shipping' },
  commercial: { title: 'Commercial' },
  verification: { title: 'Verification', hint: 'use the flags only after a real review' },
  labels: { title: 'Labels' },
  customFields: { title: 'Custom fields', hint: `at most ${limits.keysPerUpdate} added per save` },
  metadata: { title: 'Metadata', hint: `at most ${limits.keysPerUpdate} added per save` },
} as const satisfies Record<string, { title: string; hint?: string }>;
export type FormSectionKey = keyof typeof formSections;

/** The cards of the profile page (and the report) that show fields. */
export const profileSections = {
  information: { title: 'Information' },
  addresses: { title: 'Addresses' },
  about: { title: 'About' },
  verification: { title: 'Verification' },
  labels: { title: 'Labels' },
  customFields: { title: 'Custom fields' },
  metadata: { title: 'Metadata' },
} as const satisfies Record<string, { title: string }>;
export type ProfileSectionKey = keyof typeof profileSections;

/** The address blocks of the profile's Addresses card. */
export const addressBlocks = {
  address: { title: 'Address', empty: 'No address' },
  billing: { title: 'Billing', empty: 'No billing details' },
  shipping: { title: 'Shipping', empty: 'No shipping details' },
} as const;
export type AddressBlock = keyof typeof addressBlocks;

export interface ProfileDisplay {
  section: ProfileSectionKey;
  /** The line's name when it is not the field's label. */
  label?: string;
  /** In the Addresses card: the block the line belongs to. */
  block?: AddressBlock;
  /** Shown inside another field's line (the extension beside the phone number). */
  partOf?: string;
  /** Words for on and off, for a switch. */
  words?: readonly [on: string, off: string];
  /** An identifier: shown in a monospace font. */
  code?: boolean;
}

export interface FieldSpec {
  /** The name a person reads: the form's label, the profile's, the report's. */
  label: string;
  rule: z.ZodType;
  kind: FieldKind;
  /** Where the form shows it; the form's hint under the input. */
  section: FormSectionKey;
  hint?: string;
  /** The column's name in import and export files when it is not `label`. */
  column?: string;
  /** Header names other tools use for the column, matched after folding case and punctuation. */
  aliases?: readonly string[];
  /** The import template's example cell. */
  example: string;
  profile: ProfileDisplay;
  /** For `enum`: the values, their labels and the words an import file may use for them. */
  options?: { values: readonly string[]; labels: Record<string, string>; aliases: Record<string, string> };
  /** For `verificationFlag`: the check it stands for. */
  check?: VerificationCheck;
}

/**
 * Every field of a customer, once: its key, label, rule, kind, form section, import aliases,
 * export column and profile line. The schema, the form, import and export columns, the
 * profile, the PDF profile report and the seed's columns are derived from it. The order is
 * the order of the import template, the export and each form section.
 */
export const customerFieldTable = {
  firstName: {
    label: 'First name',
    rule: firstName,
    kind: 'text',
    section: 'identity',
    aliases: ['first', 'given name', 'forename', 'prenom', 'vorname'],
    example: 'Anna',
    profile: { section: 'information' },
  },
  lastName: {
    label: 'Last name',
    rule: optionalText(limits.name, 'Last name'),
    kind: 'text',
    section: 'identity',
    aliases: ['surname', 'family name', 'last', 'nachname', 'nom'],
    example: 'Schmidt',
    profile: { section: 'information' },
  },
  email: {
    label: 'Email',
    rule: email,
    kind: 'email',
    section: 'contact',
    hint: 'Login and notifications; unique per customer',
    aliases: ['e-mail', 'email address', 'mail', 'e-mail address'],
    example: 'anna.schmidt@example.com',
    profile: { section: 'information' },
  },
  phone: {
    label: 'Phone',
    rule: optionalText(40, 'Phone'),
    kind: 'phone',
    section: 'contact',
    aliases: ['phone 1', 'phone number', 'telephone', 'tel', 'mobile', 'mobile phone', 'cell'],
    example: '030 1234567',
    profile: { section: 'information' },
  },
  phoneExtension: {
    label: 'Extension',
    rule: phoneExtension,
    kind: 'extension',
    section: 'contact',
    hint: 'Digits only',
    aliases: ['phone extension', 'ext'],
    example: '',
    profile: { section: 'information', partOf: 'phone' },
  },
  telegramChatId: {
    label: 'Telegram chat ID',
    rule: telegramChatId,
    kind: 'text',
    section: 'contact',
    hint: 'Number or @username',
    aliases: ['telegram', 'telegram id'],
    example: '123456789',
    profile: { section: 'information' },
  },
  gender: {
    label: 'Gender',
    rule: gender,
    kind: 'enum',
    section: 'identity',
    aliases: ['sex'],
    example: 'female',
    profile: { section: 'information' },
    options: { values: genders, labels: genderLabels, aliases: genderAliases },
  },
  country: {
    label: 'Country',
    rule: country,
    kind: 'country',
    section: 'identity',
    aliases: ['country code', 'country/region', 'nation', 'land', 'pays'],
    example: 'Germany',
    profile: { section: 'information' },
  },
  birthDate: {
    label: 'Birth date',
    rule: birthDate,
    kind: 'date',
    section: 'identity',
    hint: 'Day-month-year, e.g. 17-05-1990',
    aliases: ['date of birth', 'dob', 'birthday', 'born'],
    example: '24-05-1988',
    profile: { section: 'information' },
  },
  documentNumber: {
    label: 'Document number',
    rule: documentNumber,
    kind: 'text',
    section: 'identity',
    hint: 'ID or passport number',
    aliases: ['passport number', 'id number', 'document'],
    example: 'C01X00T47',
    profile: { section: 'information' },
  },
  referenceId: {
    label: 'Reference ID',
    rule: referenceId,
    kind: 'text',
    section: 'identity',
    hint: 'Your internal ID; unique when given',
    aliases: ['reference', 'ref', 'external id', 'customer id', 'client id'],
    example: 'CRM-10001',
    profile: { section: 'about', code: true },
  },
  companyName: {
    label: 'Company',
    rule: optionalText(limits.text, 'Company'),
    kind: 'text',
    section: 'identity',
    aliases: ['company name', 'organisation', 'organization', 'firm'],
    example: 'Schmidt GmbH',
    profile: { section: 'information' },
  },
  timezone: {
    label: 'Time zone',
    rule: timezone,
    kind: 'timeZone',
    section: 'contact',
    aliases: ['tz'],
    example: 'Europe/Berlin',
    profile: { section: 'information' },
  },
  newsletter: {
    label: 'Newsletter',
    rule: switchedOff,
    kind: 'boolean',
    section: 'contact',
    hint: 'Only if the customer agreed',
    aliases: ['subscribed', 'opt in', 'email opt in', 'marketing'],
    example: 'yes',
    profile: { section: 'information', words: ['Subscribed', 'Not subscribed'] },
  },
  address: {
    label: 'Address notes',
    rule: optionalText(limits.address, 'Address', 'multi'),
    kind: 'longText',
    section: 'address',
    hint: 'The address as the customer wrote it, or anything the fields above do not hold',
    column: 'Address',
    aliases: ['full address'],
    example: 'Hauptstrasse 5, 10115 Berlin',
    profile: { section: 'addresses', block: 'address' },
  },
  street: {
    label: 'Street',
    rule: optionalText(limits.text, 'Street'),
    kind: 'text',
    section: 'address',
    aliases: ['street address', 'address line 1'],
    example: 'Hauptstrasse 5',
    profile: { section: 'addresses', block: 'address' },
  },
  city: {
    label: 'City',
    rule: optionalText(limits.text, 'City'),
    kind: 'text',
    section: 'address',
    aliases: ['town'],
    example: 'Berlin',
    profile: { section: 'addresses', block: 'address' },
  },
  state: {
    label: 'State',
    rule: optionalText(limits.text, 'State'),
    kind: 'text',
    section: 'address',
    aliases: ['region', 'province', 'county'],
    example: 'Berlin',
    profile: { section: 'addresses', block: 'address' },
  },
  postalCode: {
    label: 'Postal code',
    rule: optionalText(20, 'Postal code'),
    kind: 'text',
    section: 'address',
    aliases: ['zip', 'zip code', 'postcode', 'plz'],
    example: '10115',
    profile: { section: 'addresses', block: 'address' },
  },
  billing: {
    label: 'Billing',
    rule: postalDetails,
    kind: 'postal',
    section: 'postal',
    example: '',
    profile: { section: 'addresses', block: 'billing' },
  },
  shipping: {
    label: 'Shipping',
    rule: postalDetails,
    kind: 'postal',
    section: 'postal',
    example: '',
    profile: { section: 'addresses', block: 'shipping' },
  },
  discount: {
    label: 'Discount',
    rule: discount.default(0),
    kind: 'wholePercent',
    section: 'commercial',
    hint: 'Whole number, 0 to 100',
    aliases: ['discount %', 'discount percent'],
    example: '10',
    profile: { section: 'information' },
  },
  affiliateProfitShare: {
    label: 'Affiliate profit share',
    rule: affiliateProfitShare,
    kind: 'decimalPercent',
    section: 'commercial',
    hint: '0 to 100, at most two decimals',
    aliases: ['profit share', 'affiliate share', 'affiliate %'],
    example: '12.50',
    profile: { section: 'information' },
  },
  exchangeMonitorId: {
    label: 'Exchange monitor',
    rule: exchangeMonitorId,
    kind: 'exchangeMonitor',
    section: 'commercial',
    column: 'Exchange monitor ID',
    aliases: ['monitor id', 'exchange monitor'],
    example: '',
    profile: { section: 'about' },
  },
  verifiedEmail: {
    label: 'Verified email',
    rule: switchedOff,
    kind: 'verificationFlag',
    section: 'verification',
    aliases: ['email verified'],
    example: 'no',
    profile: { section: 'verification', label: 'Email' },
    check: 'email',
  },
  verifiedPhone: {
    label: 'Verified phone',
    rule: switchedOff,
    kind: 'verificationFlag',
    section: 'verification',
    aliases: ['phone verified'],
    example: 'no',
    profile: { section: 'verification', label: 'Phone' },
    check: 'phone',
  },
  verifiedDocument: {
    label: 'Verified document',
    rule: switchedOff,
    kind: 'verificationFlag',
    section: 'verification',
    aliases: ['document verified'],
    example: 'no',
    profile: { section: 'verification', label: 'Document' },
    check: 'document',
  },
  verifiedSelfie: {
    label: 'Verified selfie',
    rule: switchedOff,
    kind: 'verificationFlag',
    section: 'verification',
    aliases: ['selfie verified'],
    example: 'no',
    profile: { section: 'verification', label: 'Selfie' },
    check: 'selfie',
  },
  verifiedAddress: {
    label: 'Verified address',
    rule: switchedOff,
    kind: 'verificationFlag',
    section: 'verification',
    aliases: ['address verified'],
    example: 'no',
    profile: { section: 'verification', label: 'Proof of address' },
    check: 'address',
  },
  verificationProgress: {
    label: 'Verification progress',
    rule: verificationProgress.default(0),
    kind: 'verificationProgress',
    section: 'verification',
    aliases: ['progress'],
    example: '0',
    profile: { section: 'verification' },
  },
  labels: {
    label: 'Labels',
    rule: labels,
    kind: 'labels',
    section: 'labels',
    aliases: ['tags', 'label', 'tag'],
    example: 'vip; newsletter',
    profile: { section: 'labels' },
  },
  customFields: {
    label: 'Custom fields',
    rule: keyValues,
    kind: 'keyValues',
    section: 'customFields',
    example: 'segment=retail',
    profile: { section: 'customFields' },
  },
  metadata: {
    label: 'Metadata',
    rule: keyValues,
    kind: 'keyValues',
    section: 'metadata',
    example: '',
    profile: { section: 'metadata' },
  },
} as const satisfies Record<string, FieldSpec>;

export type CustomerFieldTable = typeof customerFieldTable;
export type CustomerFieldKey = keyof CustomerFieldTable;
export type FieldOfKind<K extends FieldKind> = {
  [F in CustomerFieldKey]: CustomerFieldTable[F]['kind'] extends K ? F : never;
}[CustomerFieldKey];

export const customerFieldKeys = Object.keys(customerFieldTable) as CustomerFieldKey[];

/** The fields with their keys, in table order. */
export const customerFieldList: readonly (FieldSpec & { key: CustomerFieldKey })[] = customerFieldKeys.map((key) => ({
  ...(customerFieldTable[key] as FieldSpec),
  key,
}));

/** The fields whose flag KYC review sets once it checked a file: neither the form nor an import sets them. */
export const reviewedFlagFields: readonly CustomerFieldKey[] = customerFieldList
  .filter((field) => field.check !== undefined && (documentChecks as readonly string[]).includes(field.check))
  .map((field) => field.key);

/** A field's name in import and export files. */
export function columnLabel(field: Pick<FieldSpec, 'label' | 'column'>): string {
  return field.column ?? field.label;
}
