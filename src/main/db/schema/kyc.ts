import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { customers } from './customers';

const slots = ['docFile1', 'docFile2', 'selfie', 'addressFile', 'photo', 'coverPhoto'] as const;
const checks = ['email', 'phone', 'document', 'selfie', 'address'] as const;

/** Every uploaded version of every slot; the file itself is in the vault, named by `sha256`. */
export const documents = sqliteTable(
  'documents',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    customerId: integer('customer_id')
      .notNull()
      .references(() => customers.id),
    slot: text('slot', { enum: slots }).notNull(),
    version: integer('version').notNull(),
    fileName: text('file_name').notNull(),
    mimeType: text('mime_type').notNull(),
    size: integer('size').notNull(),
    sha256: text('sha256').notNull(),
    uploadedAt: text('uploaded_at').notNull(),
    uploadedBy: text('uploaded_by').notNull(),
    /** The slot's file now; earlier versions and deleted files are history. */
    current: integer('current', { mode: 'boolean' }).notNull(),
    deletedAt: text('deleted_at'),
    deletedBy: text('deleted_by'),
    deleteReason: text('delete_reason'),
  },
  (t) => [
    uniqueIndex('documents_version').on(t.customerId, t.slot, t.version),
    uniqueIndex('documents_current')
      .on(t.customerId, t.slot)
      .where(sql`current = 1`),
    index('documents_sha256').on(t.sha256, t.customerId),
  ],
);

/** Who opened which file in the viewer, when: the guardrail approval checks. */
export const documentViews = sqliteTable(
  'document_views',
  {
    documentId: integer('document_id')
      .notNull()
      .references(() => documents.id),
    viewer: text('viewer').notNull(),
    viewedAt: text('viewed_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.documentId, t.viewer] })],
);

/**
 * One row per customer and check once something happened to it (a file arrived, a decision,
 * a request). No row means not submitted. `requested_at` is set while the check is pending.
 */
export const kycChecks = sqliteTable(
  'kyc_checks',
  {
    customerId: integer('customer_id')
      .notNull()
      .references(() => customers.id),
    check: text('check', { enum: checks }).notNull(),
    state: text('state', { enum: ['pending', 'approved', 'rejected', 'resubmission_requested'] }).notNull(),
    requestedAt: text('requested_at'),
    decidedAt: text('decided_at'),
    decidedBy: text('decided_by'),
    reason: text('reason'),
    note: text('note'),
  },
  (t) => [
    primaryKey({ columns: [t.customerId, t.check] }),
    index('kyc_checks_pending')
      .on(t.check, t.requestedAt, t.customerId)
      .where(sql`state = 'pending'`),
  ],
);

/**
 * The verification queue: one row per customer with a pending check, kept by triggers on
 * kyc_checks, so the oldest-first page is an index range instead of a grouping of every check.
 */
export const kycQueue = sqliteTable(
  'kyc_queue',
  {
    customerId: integer('customer_id').primaryKey(),
    oldestRequestedAt: text('oldest_requested_at').notNull(),
  },
  (t) => [index('kyc_queue_order').on(t.oldestRequestedAt, t.customerId)],
);

/** The append-only decision log; triggers refuse UPDATE and DELETE, `hash` chains the entries. */
export const kycDecisions = sqliteTable(
  'kyc_decisions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: text('at').notNull(),
    reviewer: text('reviewer').notNull(),
    customerId: integer('customer_id').notNull(),
    check: text('check', { enum: checks }).notNull(),
    outcome: text('outcome', { enum: ['approved', 'rejected', 'resubmission_requested'] }).notNull(),
    reason: text('reason'),
    note: text('note'),
    fileSha256: text('file_sha256', { mode: 'json' }).$type<string[]>().notNull(),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [index('kyc_decisions_customer').on(t.customerId, t.id)],
);

/** Settings of the KYC features, one row per key, JSON values. */
export const kycSettings = sqliteTable('kyc_settings', {
  key: text('key').primaryKey(),
  value: text('value', { mode: 'json' }).notNull(),
});
