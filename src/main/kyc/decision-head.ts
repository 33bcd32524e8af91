import { closeSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { genesisMac, macOf, sameMac } from './decision-entry';

/**
 * The chain head: the last entry's id and MAC and how many entries the log holds. Kept outside
 * the database (in the vault folder, and in every export of the log), so deleting the last rows,
 * or all of them, leaves a head that no longer fits. Its own MAC keeps its three values together;
 * `keyCheck` tells a wrong key from a changed log.
 */
export const chainHead = z.object({
  lastId: z.number().int().min(0),
  mac: z.string(),
  count: z.number().int().min(0),
  keyCheck: z.string(),
  headMac: z.string(),
});
export type ChainHead = z.output<typeof chainHead>;
export type HeadLink = Pick<ChainHead, 'lastId' | 'mac' | 'count'>;

export const emptyLink: HeadLink = { lastId: 0, mac: genesisMac, count: 0 };

export const headFileName = 'decision-log-head.json';
export const headFileOf = (dataDir: string) => join(dataDir, 'vault', headFileName);

export const keyCheckOf = (key: Buffer) => macOf(key, 'key-check');

export function signedHead(key: Buffer, link: HeadLink): ChainHead {
  return { ...link, keyCheck: keyCheckOf(key), headMac: macOf(key, 'head', link.lastId, link.mac, link.count) };
}

/** Why a head cannot be trusted under this key, or null. */
export function headProblem(key: Buffer, head: ChainHead): string | null {
  if (!sameMac(head.keyCheck, keyCheckOf(key))) {
    return 'The decision log was signed with another key: the vault key is missing, replaced or wrong';
  }
  if (!sameMac(head.headMac, macOf(key, 'head', head.lastId, head.mac, head.count))) {
    return 'The chain head was changed outside the desk';
  }
  return null;
}

/** The head file, null when there is none; a file that is not a head is reported as such. */
export function readHeadFile(file: string): ChainHead | null | 'unreadable' {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  try {
    return chainHead.parse(JSON.parse(text));
  } catch {
    return 'unreadable';
  }
}

/** Written whole or not at all: a private temp file, flushed, renamed over the old head. */
export function writeHeadFile(file: string, head: ChainHead): void {
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  const temp = `${file}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
  const fd = openSync(temp, 'wx', 0o600);
  try {
    writeSync(fd, `${JSON.stringify(head)}\n`);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temp, file);
}
