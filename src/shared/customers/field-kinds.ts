/**
 * What kind of value a customer field holds. A kind says how the field is edited (the form
 * renders a control per kind), read from an import cell, written to an export cell and shown
 * in the profile, so a new field of a known kind needs nothing but its entry in the field table.
 */
export const fieldKinds = [
  'text',
  /** Several lines: shown under the other inputs of its form section. */
  'longText',
  'email',
  /** One of a few values, listed in the field's `options`. */
  'enum',
  'country',
  'timeZone',
  'phone',
  'extension',
  'boolean',
  'wholePercent',
  'decimalPercent',
  'date',
  'labels',
  'postal',
  'keyValues',
  'exchangeMonitor',
  /** A verification check's flag (the field's `check`). */
  'verificationFlag',
  /** Worked out from the verification flags, never typed. */
  'verificationProgress',
] as const;
export type FieldKind = (typeof fieldKinds)[number];

/** How an export cell holds a value of the kind; the writers format and type cells by it. */
/** `decimal`: an exact decimal as text ("1234.50", "-0.00012"), an amount in major units or a rate. */
export type ExportColumnType = 'integer' | 'text' | 'decimal2' | 'decimal' | 'boolean' | 'date' | 'datetime' | 'list';

/** How an import cell is read into a value of the kind (shared/imports/normalise.ts). */
export type ColumnKind =
  | 'text'
  | 'enum'
  | 'country'
  | 'phone'
  | 'switch'
  | 'date'
  | 'number'
  | 'labels'
  | 'keyValues'
  /** An exchange monitor's id: whether this desk has it is known only to the desk. */
  | 'monitor';

type FlatKind = Exclude<FieldKind, 'postal'>;

export const exportTypeOfKind: Record<FlatKind, ExportColumnType> = {
  text: 'text',
  longText: 'text',
  email: 'text',
  enum: 'text',
  country: 'text',
  timeZone: 'text',
  phone: 'text',
  extension: 'text',
  boolean: 'boolean',
  wholePercent: 'integer',
  decimalPercent: 'decimal2',
  date: 'date',
  labels: 'list',
  keyValues: 'list',
  exchangeMonitor: 'integer',
  verificationFlag: 'boolean',
  verificationProgress: 'integer',
};

export const importKindOfKind: Record<FlatKind, ColumnKind> = {
  text: 'text',
  longText: 'text',
  email: 'text',
  enum: 'enum',
  country: 'country',
  timeZone: 'text',
  phone: 'phone',
  extension: 'text',
  boolean: 'switch',
  wholePercent: 'number',
  decimalPercent: 'number',
  date: 'date',
  labels: 'labels',
  keyValues: 'keyValues',
  exchangeMonitor: 'monitor',
  verificationFlag: 'switch',
  verificationProgress: 'number',
};

/**
 * The parts of postal details (billing, shipping), each a column of its own in import and
 * export files (`billing.city`), with the name it has after the field's label.
 */
export const postalParts = {
  name: { label: 'name', kind: 'text' },
  companyName: { label: 'company', kind: 'text' },
  street: { label: 'street', kind: 'text' },
  city: { label: 'city', kind: 'text' },
  state: { label: 'state', kind: 'text' },
  postalCode: { label: 'postal code', kind: 'text' },
  country: { label: 'country', kind: 'country' },
} as const satisfies Record<string, { label: string; kind: FlatKind }>;
export type PostalPart = keyof typeof postalParts;
