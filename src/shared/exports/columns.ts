/**
 * The customer columns an export can hold. Keys are the customer field names of the shared
 * schema, which are also the CSV header names the importer reads, so an export imports back.
 */
export type ExportColumnType = 'integer' | 'text' | 'decimal2' | 'boolean' | 'date' | 'datetime' | 'list';

export interface ExportColumn {
  label: string;
  type: ExportColumnType;
}

/** Billing and shipping details flattened to `billing.city` and so on, as the import template has them. */
function postalColumns<G extends 'billing' | 'shipping'>(group: G, label: string) {
  return {
    [`${group}.name`]: { label: `${label} name`, type: 'text' },
    [`${group}.companyName`]: { label: `${label} company`, type: 'text' },
    [`${group}.street`]: { label: `${label} street`, type: 'text' },
    [`${group}.city`]: { label: `${label} city`, type: 'text' },
    [`${group}.state`]: { label: `${label} state`, type: 'text' },
    [`${group}.postalCode`]: { label: `${label} postal code`, type: 'text' },
    [`${group}.country`]: { label: `${label} country`, type: 'text' },
  } as Record<`${G}.${'name' | 'companyName' | 'street' | 'city' | 'state' | 'postalCode' | 'country'}`, ExportColumn>;
}

export const exportColumns = {
  id: { label: 'ID', type: 'integer' },
  firstName: { label: 'First name', type: 'text' },
  lastName: { label: 'Last name', type: 'text' },
  email: { label: 'Email', type: 'text' },
  phone: { label: 'Phone', type: 'text' },
  phoneExtension: { label: 'Extension', type: 'text' },
  telegramChatId: { label: 'Telegram chat ID', type: 'text' },
  gender: { label: 'Gender', type: 'text' },
  newsletter: { label: 'Newsletter', type: 'boolean' },
  country: { label: 'Country', type: 'text' },
  timezone: { label: 'Time zone', type: 'text' },
  address: { label: 'Address', type: 'text' },
  companyName: { label: 'Company', type: 'text' },
  street: { label: 'Street', type: 'text' },
  city: { label: 'City', type: 'text' },
  state: { label: 'State', type: 'text' },
  postalCode: { label: 'Postal code', type: 'text' },
  discount: { label: 'Discount', type: 'integer' },
  affiliateProfitShare: { label: 'Affiliate profit share', type: 'decimal2' },
  birthDate: { label: 'Birth date', type: 'date' },
  status: { label: 'Status', type: 'text' },
  statusReason: { label: 'Status reason', type: 'text' },
  verifiedEmail: { label: 'Verified email', type: 'boolean' },
  verifiedPhone: { label: 'Verified phone', type: 'boolean' },
  verifiedDocument: { label: 'Verified document', type: 'boolean' },
  verifiedSelfie: { label: 'Verified selfie', type: 'boolean' },
  verifiedAddress: { label: 'Verified address', type: 'boolean' },
  verificationProgress: { label: 'Verification progress', type: 'integer' },
  documentNumber: { label: 'Document number', type: 'text' },
  referenceId: { label: 'Reference ID', type: 'text' },
  exchangeMonitorId: { label: 'Exchange monitor ID', type: 'integer' },
  labels: { label: 'Labels', type: 'list' },
  customFields: { label: 'Custom fields', type: 'list' },
  metadata: { label: 'Metadata', type: 'list' },
  ...postalColumns('billing', 'Billing'),
  ...postalColumns('shipping', 'Shipping'),
  createdAt: { label: 'Created', type: 'datetime' },
  updatedAt: { label: 'Updated', type: 'datetime' },
} as const satisfies Record<string, ExportColumn>;

export type ExportColumnKey = keyof typeof exportColumns;
export const exportColumnKeys = Object.keys(exportColumns) as [ExportColumnKey, ...ExportColumnKey[]];

/** How a list column is written in one cell ("vip; gold", "a=1; b=2"); the importer splits on it. */
export const listSeparator = '; ';

/** Ready-made column choices of the export dialog. */
export const exportColumnPresets = {
  all: { label: 'All fields', columns: exportColumnKeys },
  contact: {
    label: 'Contact',
    columns: ['id', 'firstName', 'lastName', 'email', 'phone', 'country', 'timezone', 'city'],
  },
  kyc: {
    label: 'KYC',
    columns: [
      'id',
      'firstName',
      'lastName',
      'email',
      'country',
      'status',
      'verifiedEmail',
      'verifiedPhone',
      'verifiedDocument',
      'verifiedSelfie',
      'verifiedAddress',
      'verificationProgress',
      'documentNumber',
    ],
  },
  reimport: {
    label: 'For re-import',
    // What an import may set: no ids, statuses or dates, and no document checks (KYC review sets those).
    columns: exportColumnKeys.filter(
      (key) =>
        ![
          'id',
          'status',
          'statusReason',
          'verifiedDocument',
          'verifiedSelfie',
          'verifiedAddress',
          'verificationProgress',
          'createdAt',
          'updatedAt',
        ].includes(key),
    ),
  },
} as const satisfies Record<string, { label: string; columns: readonly ExportColumnKey[] }>;
export type ExportColumnPreset = keyof typeof exportColumnPresets;
