import { customerFields } from '../customers/schema';

/**
 * The columns of an import file, derived from the customer schema: every field of
 * `customerFields`, with billing and shipping flattened to `billing.city` and so on.
 * How a cell becomes a value is the column's kind; the Record types below make the
 * compiler insist that every schema field has one.
 */
export type ColumnKind =
  'text' | 'gender' | 'country' | 'phone' | 'switch' | 'date' | 'number' | 'labels' | 'keyValues';

type FieldKey = keyof typeof customerFields.shape;
type PostalKey = 'name' | 'companyName' | 'street' | 'city' | 'state' | 'postalCode' | 'country';

interface ColumnInfo {
  label: string;
  kind: ColumnKind;
  /** Header spellings seen in the wild, compared after folding case and dropping punctuation. */
  aliases?: string[];
  example: string;
}

const fieldColumns: Record<Exclude<FieldKey, 'billing' | 'shipping'>, ColumnInfo> = {
  firstName: {
    label: 'First name',
    kind: 'text',
    aliases: ['first', 'given name', 'forename', 'prenom', 'vorname'],
    example: 'Anna',
  },
  lastName: {
    label: 'Last name',
    kind: 'text',
    aliases: ['surname', 'family name', 'last', 'nachname', 'nom'],
    example: 'Schmidt',
  },
  email: {
    label: 'Email',
    kind: 'text',
    aliases: ['e-mail', 'email address', 'mail', 'e-mail address'],
    example: 'anna.schmidt@example.com',
  },
  telegramChatId: {
    label: 'Telegram chat ID',
    kind: 'text',
    aliases: ['telegram', 'telegram id'],
    example: '123456789',
  },
  address: { label: 'Address', kind: 'text', aliases: ['full address'], example: 'Hauptstrasse 5, 10115 Berlin' },
  gender: { label: 'Gender', kind: 'gender', aliases: ['sex'], example: 'female' },
  newsletter: { label: 'Newsletter', kind: 'switch', aliases: ['subscribed', 'opt in', 'marketing'], example: 'yes' },
  country: {
    label: 'Country',
    kind: 'country',
    aliases: ['country code', 'nation', 'land', 'pays'],
    example: 'Germany',
  },
  timezone: { label: 'Time zone', kind: 'text', aliases: ['tz'], example: 'Europe/Berlin' },
  phone: {
    label: 'Phone',
    kind: 'phone',
    aliases: ['phone 1', 'phone number', 'telephone', 'tel', 'mobile', 'mobile phone', 'cell'],
    example: '030 1234567',
  },
  phoneExtension: { label: 'Extension', kind: 'text', aliases: ['phone extension', 'ext'], example: '' },
  discount: { label: 'Discount', kind: 'number', aliases: ['discount %', 'discount percent'], example: '10' },
  exchangeMonitorId: {
    label: 'Exchange monitor ID',
    kind: 'number',
    aliases: ['monitor id', 'exchange monitor'],
    example: '',
  },
  affiliateProfitShare: {
    label: 'Affiliate profit share',
    kind: 'number',
    aliases: ['profit share', 'affiliate share', 'affiliate %'],
    example: '12.50',
  },
  birthDate: {
    label: 'Birth date',
    kind: 'date',
    aliases: ['date of birth', 'dob', 'birthday', 'born'],
    example: '24-05-1988',
  },
  verifiedEmail: { label: 'Email verified', kind: 'switch', example: 'no' },
  verifiedPhone: { label: 'Phone verified', kind: 'switch', example: 'no' },
  verifiedDocument: { label: 'Document verified', kind: 'switch', example: 'no' },
  verifiedSelfie: { label: 'Selfie verified', kind: 'switch', example: 'no' },
  verifiedAddress: { label: 'Address verified', kind: 'switch', example: 'no' },
  verificationProgress: { label: 'Verification progress', kind: 'number', aliases: ['progress'], example: '0' },
  documentNumber: {
    label: 'Document number',
    kind: 'text',
    aliases: ['passport number', 'id number', 'document'],
    example: 'C01X00T47',
  },
  referenceId: {
    label: 'Reference ID',
    kind: 'text',
    aliases: ['reference', 'ref', 'external id', 'customer id', 'client id'],
    example: 'CRM-10001',
  },
  companyName: {
    label: 'Company',
    kind: 'text',
    aliases: ['company name', 'organisation', 'organization', 'firm'],
    example: 'Schmidt GmbH',
  },
  street: { label: 'Street', kind: 'text', aliases: ['street address', 'address line 1'], example: 'Hauptstrasse 5' },
  city: { label: 'City', kind: 'text', aliases: ['town'], example: 'Berlin' },
  state: { label: 'State', kind: 'text', aliases: ['region', 'province', 'county'], example: 'Berlin' },
  postalCode: { label: 'Postal code', kind: 'text', aliases: ['zip', 'zip code', 'postcode', 'plz'], example: '10115' },
  labels: { label: 'Labels', kind: 'labels', aliases: ['tags', 'label', 'tag'], example: 'vip; newsletter' },
  customFields: { label: 'Custom fields', kind: 'keyValues', example: 'segment=retail' },
  metadata: { label: 'Metadata', kind: 'keyValues', example: '' },
};

const postalColumns: Record<PostalKey, Omit<ColumnInfo, 'example'>> = {
  name: { label: 'name', kind: 'text' },
  companyName: { label: 'company', kind: 'text' },
  street: { label: 'street', kind: 'text' },
  city: { label: 'city', kind: 'text' },
  state: { label: 'state', kind: 'text' },
  postalCode: { label: 'postal code', kind: 'text' },
  country: { label: 'country', kind: 'country' },
};

export interface ImportColumn extends ColumnInfo {
  /** The header of our template and the key of a mapping: `email`, `billing.city`. */
  key: string;
  /** The path in the customer input object. */
  path: [string] | [string, string];
  required: boolean;
}

/** Required: what the schema rejects when absent (no default, not nullable). */
function isRequired(key: FieldKey): boolean {
  const field = customerFields.shape[key];
  return !field.safeParse(undefined).success;
}

export const importColumns: readonly ImportColumn[] = [
  ...Object.entries(fieldColumns).map(([key, info]) => ({
    ...info,
    key,
    path: [key] as [string],
    required: isRequired(key as FieldKey),
  })),
  ...(['billing', 'shipping'] as const).flatMap((group) =>
    Object.entries(postalColumns).map(([key, info]) => ({
      ...info,
      key: `${group}.${key}`,
      label: `${group === 'billing' ? 'Billing' : 'Shipping'} ${info.label}`,
      path: [group, key] as [string, string],
      required: false,
      example: '',
    })),
  ),
];

export const importColumnByKey: ReadonlyMap<string, ImportColumn> = new Map(importColumns.map((c) => [c.key, c]));
export const requiredColumns = importColumns.filter((c) => c.required);

/** Separators inside a cell: labels "vip; gold" and key-values "a=1; b=2". */
export const listSeparator = /\s*[;|]\s*/;
