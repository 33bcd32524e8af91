import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

type PostalDetails = {
  name: string | null;
  companyName: string | null;
  street: string | null;
  city: string | null;
  state: string | null;
  postalCode: string | null;
  country: string | null;
};
type KeyValue = { key: string; value: string };

export const exchangeMonitors = sqliteTable(
  'exchange_monitors',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    name: text('name').notNull(),
    url: text('url'),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
    createdAt: text('created_at').notNull(),
  },
  (t) => [uniqueIndex('exchange_monitors_name').on(sql`${t.name} COLLATE NOCASE`)],
);

export const customers = sqliteTable(
  'customers',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    version: integer('version').notNull().default(1),
    firstName: text('first_name').notNull(),
    lastName: text('last_name'),
    /** Stored trimmed and lower-case; unique. */
    email: text('email').notNull(),
    telegramChatId: text('telegram_chat_id'),
    address: text('address'),
    gender: text('gender', { enum: ['male', 'female', 'other'] }).notNull(),
    newsletter: integer('newsletter', { mode: 'boolean' }).notNull().default(false),
    country: text('country').notNull(),
    timezone: text('timezone'),
    /** E.164 */
    phone: text('phone'),
    phoneExtension: text('phone_extension'),
    /** National significant number of `phone`, so a search for "7911 123456" finds "+44 7911 123456". */
    phoneNational: text('phone_national'),
    discount: integer('discount').notNull().default(0),
    exchangeMonitorId: integer('exchange_monitor_id').references(() => exchangeMonitors.id),
    /** Hundredths of a percent: 12.34 % is 1234. Never a float. */
    affiliateProfitShare: integer('affiliate_profit_share').notNull(),
    birthDate: text('birth_date'),
    status: text('status', { enum: ['approval_pending', 'active', 'locked', 'restricted'] })
      .notNull()
      .default('approval_pending'),
    statusReason: text('status_reason'),
    verifiedEmail: integer('verified_email', { mode: 'boolean' }).notNull().default(false),
    verifiedPhone: integer('verified_phone', { mode: 'boolean' }).notNull().default(false),
    verifiedDocument: integer('verified_document', { mode: 'boolean' }).notNull().default(false),
    verifiedSelfie: integer('verified_selfie', { mode: 'boolean' }).notNull().default(false),
    verifiedAddress: integer('verified_address', { mode: 'boolean' }).notNull().default(false),
    verificationProgress: integer('verification_progress').notNull().default(0),
    documentNumber: text('document_number'),
    referenceId: text('reference_id'),
    companyName: text('company_name'),
    street: text('street'),
    city: text('city'),
    state: text('state'),
    postalCode: text('postal_code'),
    billing: text('billing', { mode: 'json' }).$type<PostalDetails | null>(),
    shipping: text('shipping', { mode: 'json' }).$type<PostalDetails | null>(),
    customFields: text('custom_fields', { mode: 'json' }).$type<KeyValue[]>().notNull().default([]),
    metadata: text('metadata', { mode: 'json' }).$type<KeyValue[]>().notNull().default([]),
    /** Sort key of the list's "name" column: the name as shown, first name first, folded (customers/name-key.ts). */
    nameKey: text('name_key').notNull().default(''),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('customers_email').on(t.email),
    uniqueIndex('customers_reference_id')
      .on(t.referenceId)
      .where(sql`reference_id IS NOT NULL`),
    index('customers_document_number')
      .on(t.documentNumber)
      .where(sql`document_number IS NOT NULL`),
    // The list walks these in sort order; the trailing status, country and progress let it
    // test those filters on the index entry, reading a table row only for customers that pass.
    index('customers_sort_name').on(t.nameKey, t.id, t.status, t.country, t.verificationProgress),
    index('customers_created_at').on(t.createdAt, t.id, t.status, t.country, t.verificationProgress),
    index('customers_country').on(t.country, t.nameKey, t.id, t.status, t.verificationProgress),
    index('customers_status').on(t.status, t.nameKey, t.id, t.country, t.verificationProgress),
    index('customers_progress').on(t.verificationProgress, t.id, t.status, t.country),
    index('customers_monitor')
      .on(t.exchangeMonitorId)
      .where(sql`exchange_monitor_id IS NOT NULL`),
  ],
);

export const customerLabels = sqliteTable(
  'customer_labels',
  {
    customerId: integer('customer_id')
      .notNull()
      .references(() => customers.id, { onDelete: 'cascade' }),
    label: text('label').notNull(),
  },
  (t) => [primaryKey({ columns: [t.customerId, t.label] }), index('customer_labels_label').on(t.label, t.customerId)],
);

/** How many customers carry each label, kept by triggers so the filter list never scans. */
export const labelCounts = sqliteTable('label_counts', {
  label: text('label').primaryKey(),
  count: integer('count').notNull(),
});
