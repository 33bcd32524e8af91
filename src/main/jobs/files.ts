import { randomUUID } from 'node:crypto';
import { readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { privateFolder } from '../files/private';

/**
 * Files that jobs read and write, all under the data folder:
 * - `downloads/NAME`: files the user downloads (error reports, exports). The browser host
 *   serves them at `GET /downloads/NAME?token=`; in Electron the renderer gets the path.
 * - `tmp/uploads/ID`: files uploaded by the browser host (`PUT /uploads?token=`).
 * Names are checked so a request can never reach outside these folders.
 */
const safeName = /^[A-Za-z0-9][A-Za-z0-9._-]{0,150}$/;

export function isSafeFileName(name: string): boolean {
  return safeName.test(name) && !name.includes('..');
}

function folder(dataDir: string, ...parts: string[]): string {
  return privateFolder(join(dataDir, ...parts));
}

/** Path of a download; throws on a name that is not a plain file name. */
export function downloadPath(dataDir: string, name: string): string {
  if (!isSafeFileName(name)) throw new Error(`Unsafe download name "${name}"`);
  return join(folder(dataDir, 'downloads'), name);
}

export function uploadPath(dataDir: string, id: string): string {
  if (!isSafeFileName(id)) throw new Error(`Unsafe upload id "${id}"`);
  return join(folder(dataDir, 'tmp', 'uploads'), id);
}

export function newUploadId(): string {
  return randomUUID();
}

const day = 24 * 60 * 60 * 1000;

/**
 * Removes what would otherwise pile up: downloads (exports, dry-run reports) older than a week,
 * except the files named in `keep` (the import history's error reports), and uploads older
 * than a day (an import that was never started). Run when the core opens.
 */
export function pruneOldFiles(dataDir: string, keep: ReadonlySet<string>, now = Date.now()): void {
  const prune = (dir: string, maxAgeMs: number) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (!keep.has(name) && now - statSync(path).mtimeMs > maxAgeMs) rmSync(path, { force: true });
    }
  };
  prune(folder(dataDir, 'downloads'), 7 * day);
  prune(folder(dataDir, 'tmp', 'uploads'), day);
}
