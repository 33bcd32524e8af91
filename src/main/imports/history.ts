import { desc, isNotNull } from 'drizzle-orm';
import type { ImportRecord } from '../../shared/imports/contract';
import type { Db } from '../db/connection';
import { imports } from '../db/schema';

export type ImportEntry = Omit<typeof imports.$inferInsert, 'id'>;

export function recordImport(db: Db, entry: ImportEntry): number {
  return db.insert(imports).values(entry).returning({ id: imports.id }).get().id;
}

export function importHistory(db: Db, limit: number): ImportRecord[] {
  return db
    .select({
      id: imports.id,
      fileName: imports.fileName,
      fileHash: imports.fileHash,
      fileSize: imports.fileSize,
      mode: imports.mode,
      onInvalid: imports.onInvalid,
      state: imports.state,
      rows: imports.rows,
      created: imports.created,
      updated: imports.updated,
      skipped: imports.skipped,
      errorCount: imports.errorCount,
      errorReport: imports.errorReport,
      message: imports.message,
      actor: imports.actor,
      startedAt: imports.startedAt,
      finishedAt: imports.finishedAt,
    })
    .from(imports)
    .orderBy(desc(imports.id))
    .limit(limit)
    .all();
}

/** Error reports the history links to: kept however old. */
export function historyReports(db: Db): Set<string> {
  const rows = db.select({ name: imports.errorReport }).from(imports).where(isNotNull(imports.errorReport)).all();
  return new Set(rows.map((row) => row.name as string));
}
