import { chmodSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { isMainThread } from 'node:worker_threads';

/**
 * The desk's files hold identity data: only the user who runs it may read them. Folders are
 * 0700 and files 0600, set explicitly where the desk creates them and, for what others create
 * (SQLite's database, WAL and SHM files, a backup), by the process umask.
 */
export const privateFileMode = 0o600;
export const privateFolderMode = 0o700;

/** Every file this process creates from now on is its owner's only; called first by each entry point. */
export function keepFilesPrivate(): void {
  // Worker threads share the process's umask (and may not set it).
  if (isMainThread) process.umask(0o077);
}

/** A folder of the desk's, created private or tightened when an earlier version left it open. */
export function privateFolder(path: string): string {
  mkdirSync(path, { recursive: true, mode: privateFolderMode });
  chmodSync(path, privateFolderMode);
  return path;
}

/**
 * Tightens what an earlier version left readable at the top of the data folder (the database,
 * its WAL, the folders). Deeper files are out of other users' reach once their folders are 0700.
 */
export function tightenTopLevel(dataDir: string): void {
  for (const entry of readdirSync(privateFolder(dataDir), { withFileTypes: true })) {
    if (entry.isDirectory()) chmodSync(join(dataDir, entry.name), privateFolderMode);
    else if (entry.isFile()) chmodSync(join(dataDir, entry.name), privateFileMode);
  }
}
