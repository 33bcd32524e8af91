import type Database from 'better-sqlite3';

/** SQLite's default: a commit that leaves this many pages in the WAL copies them into the database file. */
const autoCheckpointPages = 1000;
/** How often a job writing in batches copies the WAL into the database file. */
const bulkCheckpointEveryMs = 1000;

/*
 * Who copies the WAL back into the database file (a checkpoint). Left to SQLite's default, the
 * connection that commits does it once the WAL holds 1000 pages: during a bulk job that is
 * nearly every commit, so the job pays a copy and an fsync per batch and a core edit pays for
 * copying the job's last batch. Instead, while a job writes in batches, the core's commits never
 * checkpoint and the job does, about once a second, between its batches: outside the write lock,
 * so the core's reads and writes go on meanwhile.
 */

const autoCheckpointOf = new WeakMap<Database.Database, number>();

function setAutoCheckpoint(client: Database.Database, pages: number): void {
  if (autoCheckpointOf.get(client) === pages) return;
  client.pragma(`wal_autocheckpoint = ${pages}`);
  autoCheckpointOf.set(client, pages);
}

/** The core's writer, before each commit: checkpoints as SQLite does unless a job writes in batches. */
export function coreCommitCheckpoints(client: Database.Database, bulkJobWriting: boolean): void {
  setAutoCheckpoint(client, bulkJobWriting ? 0 : autoCheckpointPages);
}

const lastBulkCheckpoint = new WeakMap<Database.Database, number>();

/** A job's writer, before each batch: its commits do not checkpoint (`bulkCheckpointIfDue` does). */
export function bulkCommitCheckpoints(client: Database.Database): void {
  setAutoCheckpoint(client, 0);
  if (!lastBulkCheckpoint.has(client)) lastBulkCheckpoint.set(client, performance.now());
}

/** A job's writer, after a batch let go of the write lock: copies the WAL back when it is due. */
export function bulkCheckpointIfDue(client: Database.Database): void {
  const now = performance.now();
  if (now - (lastBulkCheckpoint.get(client) ?? now) < bulkCheckpointEveryMs) return;
  checkpoint(client);
  lastBulkCheckpoint.set(client, performance.now());
}

/** Copies what it can of the WAL into the database file, waiting for no reader or writer. */
export function checkpoint(client: Database.Database): void {
  client.pragma('wal_checkpoint(PASSIVE)');
}
