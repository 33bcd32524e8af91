import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { ApiError } from '../../shared/errors';
import { isAlive } from './durable';
import { privateFileMode } from './private';

export const lockFileName = 'kyc-desk.lock';

/** The pid a lock file names, or null when it names none (being written, or damaged). */
function holderOf(file: string): number | null {
  try {
    const pid = Number(readFileSync(file, 'utf8').trim());
    return Number.isSafeInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

/** Creates `file` holding this process's pid, atomically; false when it exists already. */
function claim(file: string): boolean {
  let fd: number;
  try {
    fd = openSync(file, 'wx', privateFileMode);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    writeSync(fd, `${process.pid}\n`);
  } finally {
    closeSync(fd);
  }
  return true;
}

/** Removes a stale lock still held by `holder`, unless another process is taking it over. */
function takeOver(file: string, holder: number | null): void {
  const breaker = `${file}.takeover`;
  if (claim(breaker)) {
    try {
      if (holderOf(file) === holder) rmSync(file, { force: true });
    } finally {
      rmSync(breaker, { force: true });
    }
    return;
  }
  const taker = holderOf(breaker);
  if (taker !== null && !isAlive(taker)) rmSync(breaker, { force: true });
}

/**
 * One process at a time on a data folder (Electron, the browser host, the CLI, in any mix): two
 * would each run their own write queue, job recovery and migrations on the same database. The
 * lock is `kyc-desk.lock` holding the owner's pid, created with O_EXCL; one whose process is gone
 * (killed, crashed) is stale and taken over. Taking over goes through a second O_EXCL file, so
 * two processes finding the same stale lock cannot both remove it and both open.
 * Answers the release, which the core calls when it closes (and the process at exit).
 */
export function lockDataFolder(dataDir: string): () => void {
  const file = join(dataDir, lockFileName);
  for (let attempt = 0; !claim(file); attempt++) {
    const holder = holderOf(file);
    if (holder !== null && isAlive(holder)) {
      throw new ApiError('CONFLICT', `KYC Desk is already open with this data folder (pid ${holder})`);
    }
    // A lock without a pid is being written; still without one after half a second, its writer died.
    if (holder !== null || attempt >= 50) takeOver(file, holder);
    if (attempt >= 200) {
      throw new ApiError(
        'CONFLICT',
        `The data folder's lock cannot be taken: if KYC Desk is not running, remove ${file}`,
      );
    }
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
  }
  const release = () => {
    if (holderOf(file) === process.pid) rmSync(file, { force: true });
    process.off('exit', release);
  };
  process.on('exit', release);
  return release;
}
