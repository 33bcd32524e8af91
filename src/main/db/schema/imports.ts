import { sql } from 'drizzle-orm';
import { importKinds } from '../../../shared/imports/kinds';
import { integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

/** `values` is absent from mappings saved before value mapping: read them through `importMapping`. */
type Mapping = {
  columns: Record<string, string>;
  constants: Record<string, string>;
  values?: Record<string, Record<string, string>>;
};
type Source = { kind: 'upload'; uploadId: string; fileName: string } | { kind: 'path'; path: string };
type Counts = {
  rows: number;
  toCreate: number;
  toUpdate: number;
  unchanged: number;
  invalid: number;
  /** Absent in imports from before warnings. */
  withWarnings?: number;
  /** Absent in imports from before checks to review. */
  checksToReview?: number;
  duplicatesInFile: number;
  duplicatesInDatabase: number;
};
type UndoCounts = { removed: number; restored: number; skipped: number };

/**
 * One row per import, written when it starts and updated with every batch it commits, so a
 * cancelled, failed or crashed import says how far it got (see imports/history.ts).
 */
export const imports = sqliteTable('imports', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  /** What the file held (src/shared/imports/kinds.ts). */
  kind: text('kind', { enum: importKinds }).notNull().default('customers'),
  fileName: text('file_name').notNull(),
  /** SHA-256 of the file's bytes, hex. */
  fileHash: text('file_hash').notNull(),
  fileSize: integer('file_size').notNull(),
  mode: text('mode', { enum: ['insert', 'upsertEmail', 'upsertReference'] }).notNull(),
  onInvalid: text('on_invalid', { enum: ['skip', 'refuse'] }).notNull(),
  onWarning: text('on_warning', { enum: ['import', 'refuse'] })
    .notNull()
    .default('import'),
  state: text('state', {
    enum: ['running', 'done', 'refused', 'cancelled', 'failed', 'interrupted', 'undone'],
  }).notNull(),
  rows: integer('rows').notNull(),
  created: integer('created').notNull(),
  updated: integer('updated').notNull(),
  skipped: integer('skipped').notNull(),
  errorCount: integer('error_count').notNull(),
  /** Download name of the error report in <data>/downloads, when there were errors. */
  errorReport: text('error_report'),
  message: text('message'),
  mapping: text('mapping', { mode: 'json' }).$type<Mapping>().notNull(),
  actor: text('actor').notNull(),
  startedAt: text('started_at').notNull(),
  /** Null while running. */
  finishedAt: text('finished_at'),
  /** Records of the file (after the header) whose outcome is committed: a resume goes on after them. */
  committedRows: integer('committed_rows').notNull().default(0),
  /** Every count as of the last commit; null for imports from before batches were committed. */
  counts: text('counts', { mode: 'json' }).$type<Counts>(),
  /** Where the file is, for a resume; null once the import cannot be resumed. */
  source: text('source', { mode: 'json' }).$type<Source>(),
  expectedRows: integer('expected_rows'),
  /** The process running it: an entry left running by a process that is gone was interrupted. */
  pid: integer('pid'),
  /** What undoing it did. */
  undo: text('undo', { mode: 'json' }).$type<UndoCounts>(),
});

/**
 * Each customer an import created or updated, written with the batch that changed it, so an
 * undo is exact: `before` is the customer's data before the import updated it (null: created),
 * `version` the version the import left, `auditMark` the audit log's last id at that commit: a
 * later entry for the customer (an edit, a KYC decision, a file) means someone changed it since.
 */
export const importChanges = sqliteTable(
  'import_changes',
  {
    importId: integer('import_id')
      .notNull()
      .references(() => imports.id),
    customerId: integer('customer_id').notNull(),
    before: text('before', { mode: 'json' }).$type<Record<string, unknown>>(),
    version: integer('version').notNull(),
    auditMark: integer('audit_mark').notNull(),
    /** Why an undo left this customer as it is (changed after the import); null until then. */
    undoSkipped: text('undo_skipped'),
  },
  (t) => [primaryKey({ columns: [t.importId, t.customerId] })],
);

/** Saved column mappings, by name. */
export const importPresets = sqliteTable(
  'import_presets',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    name: text('name').notNull(),
    mapping: text('mapping', { mode: 'json' }).$type<Mapping>().notNull(),
    createdAt: text('created_at').notNull(),
  },
  (t) => [uniqueIndex('import_presets_name').on(sql`${t.name} COLLATE NOCASE`)],
);
