import { sql } from 'drizzle-orm';
import { integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

type Mapping = { columns: Record<string, string>; constants: Record<string, string> };

/** One row per import that ran (done, refused, cancelled or failed): the history screen. */
export const imports = sqliteTable('imports', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  fileName: text('file_name').notNull(),
  /** SHA-256 of the file's bytes, hex. */
  fileHash: text('file_hash').notNull(),
  fileSize: integer('file_size').notNull(),
  mode: text('mode', { enum: ['insert', 'upsertEmail', 'upsertReference'] }).notNull(),
  onInvalid: text('on_invalid', { enum: ['skip', 'refuse'] }).notNull(),
  state: text('state', { enum: ['done', 'refused', 'cancelled', 'failed'] }).notNull(),
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
  finishedAt: text('finished_at').notNull(),
});

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
