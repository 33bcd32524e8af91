import { realpathSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { ApiError } from '../../shared/errors';

/** Whether `path` is `dir` or below it, by path segments: `/data-old` is not inside `/data`. */
export function isWithin(dir: string, path: string): boolean {
  const rel = relative(dir, path);
  return rel === '' || !(rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel));
}

function realPathOf(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    throw new ApiError('NOT_FOUND', 'The file is no longer there; choose it again', { source: 'File not found' });
  }
}

/**
 * The files the core may read by path. A renderer cannot name one: a path is accepted only
 * when a trusted caller in this process registered it first (Electron's main process when its
 * native dialog returns, the CLI and the bench for their own arguments). Whatever the caller,
 * nothing inside the data folder is read this way (the database, its WAL, the vault key):
 * opening the live database file from another descriptor would drop SQLite's locks.
 */
export class TrustedPaths {
  private readonly chosen = new Set<string>();

  constructor(private readonly dataDir: string) {}

  /** A path the person chose themselves in this session. */
  add(path: string): void {
    this.chosen.add(resolve(path));
  }

  /** The real path of a file a caller names, once it is known to be registered and outside the data folder. */
  open(path: string): string {
    if (!this.chosen.has(resolve(path))) {
      throw new ApiError('FORBIDDEN', 'Choose the file in the file dialog (or upload it)', {
        source: 'This file was not chosen in this session',
      });
    }
    return this.outsideDataFolder(path);
  }

  /** The real path of a file, refused when it is (or links to) anything in the data folder. */
  outsideDataFolder(path: string): string {
    const real = realPathOf(path);
    if (isWithin(realPathOf(this.dataDir), real)) {
      throw new ApiError('FORBIDDEN', "Files in KYC Desk's own data folder cannot be imported", {
        source: 'File in the data folder',
      });
    }
    return real;
  }
}
