import { blob, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { readingStates } from '../../../shared/document-reading/fields';
import { documents } from './kyc';

/**
 * What was read off one stored file (one version of a slot). The reading itself (names, dates,
 * numbers, the face score) is personal data like the file it came from, so it is kept sealed with
 * the vault key (`sealed`); only its state and times are plain, for the queue of files to read.
 */
export const documentReadings = sqliteTable('document_readings', {
  documentId: integer('document_id')
    .primaryKey()
    .references(() => documents.id),
  state: text('state', { enum: readingStates }).notNull(),
  startedAt: text('started_at').notNull(),
  finishedAt: text('finished_at'),
  readBy: text('read_by').notNull(),
  /** The DocumentReading as JSON, sealed (AES-256-GCM) with the vault key; null while reading. */
  sealed: blob('sealed', { mode: 'buffer' }),
});
