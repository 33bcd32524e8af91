import { and, desc, eq, inArray, isNotNull } from 'drizzle-orm';
import {
  resumableImportStates,
  undoableImportStates,
  type ImportRecord,
  type ImportSource,
} from '../../shared/imports/contract';
import { importKindSpecs } from '../../shared/imports/kinds';
import type { SqliteDatabase } from '../db/sqlite/database';
import { imports } from '../db/schema';

export type ImportEntry = typeof imports.$inferSelect;
export type NewImportEntry = Omit<typeof imports.$inferInsert, 'id'>;

/** Writes a new entry (an import as it starts, or one refused before writing); answers its id. */
export function recordImport(db: SqliteDatabase, entry: NewImportEntry): number {
  return db.insert(imports).values(entry).returning({ id: imports.id }).get().id;
}

/** Call inside the transaction whose outcome it records. */
export function updateImport(db: SqliteDatabase, id: number, patch: Partial<NewImportEntry>): void {
  db.update(imports).set(patch).where(eq(imports.id, id)).run();
}

export function findImport(db: SqliteDatabase, id: number): ImportEntry | undefined {
  return db.select().from(imports).where(eq(imports.id, id)).get();
}

/**
 * Entries left "running" by a process that is gone (a crash, a kill, a power cut): what they
 * committed is there, the batch they were writing was rolled back by SQLite. Run when the core opens.
 */
export function markInterrupted(
  db: SqliteDatabase,
  isAlive: (pid: number) => boolean,
  finishedAt = new Date().toISOString(),
) {
  for (const { id, pid } of runningImports(db)) {
    if (pid !== null && isAlive(pid)) continue;
    interrupt(db, id, 'The app stopped during the import', finishedAt);
  }
}

/** Marks one running entry interrupted (its worker ended without saying how): says how far it got. */
export function interrupt(db: SqliteDatabase, id: number, why: string, finishedAt = new Date().toISOString()): void {
  const entry = findImport(db, id);
  if (entry?.state !== 'running') return;
  db.update(imports)
    .set({
      state: 'interrupted',
      pid: null,
      finishedAt,
      message: `${why}; ${stoppedAfter(entry.committedRows)}. Resume it to import the rest, or undo it`,
    })
    .where(and(eq(imports.id, id), eq(imports.state, 'running')))
    .run();
}

/** Entries of this process left running when their job ended (its worker died without a word). */
export function interruptOrphans(db: SqliteDatabase, pid: number, why: string): void {
  for (const entry of runningImports(db)) if (entry.pid === pid) interrupt(db, entry.id, why);
}

function runningImports(db: SqliteDatabase) {
  return db.select({ id: imports.id, pid: imports.pid }).from(imports).where(eq(imports.state, 'running')).all();
}

/** "stopped after row N", in spreadsheet rows (the header is row 1). */
export function stoppedAfter(committedRows: number): string {
  return committedRows === 0
    ? 'nothing was committed'
    : `rows up to ${(committedRows + 1).toLocaleString('en')} are in`;
}

/** `fileAtHand`: whether the entry's file is still there, so a resume can read it. */
export function importHistory(
  db: SqliteDatabase,
  limit: number,
  fileAtHand: (source: ImportSource) => boolean,
): ImportRecord[] {
  return db
    .select()
    .from(imports)
    .orderBy(desc(imports.id))
    .limit(limit)
    .all()
    .map(({ mapping: _mapping, counts: _counts, source, expectedRows: _expected, pid: _pid, ...entry }) => ({
      ...entry,
      resumable:
        resumableImportStates.includes(entry.state) && entry.undo === null && source !== null && fileAtHand(source),
      undoable:
        importKindSpecs[entry.kind].undoable &&
        undoableImportStates.includes(entry.state) &&
        entry.created + entry.updated > 0,
    }));
}

/**
 * Files of the data folder the history still needs, by name: error reports (kept however old)
 * and the uploads of imports that can be resumed.
 */
export function historyFiles(db: SqliteDatabase): Set<string> {
  const reports = db.select({ name: imports.errorReport }).from(imports).where(isNotNull(imports.errorReport)).all();
  const resumable = db
    .select({ source: imports.source })
    .from(imports)
    .where(and(isNotNull(imports.source), inArray(imports.state, [...resumableImportStates, 'running'])))
    .all();
  return new Set([
    ...reports.map((row) => row.name as string),
    ...resumable.flatMap(({ source }) => (source?.kind === 'upload' ? [source.uploadId] : [])),
  ]);
}
