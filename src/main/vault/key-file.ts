import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, linkSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { rawKeyProtectorName } from './key-protector';

export const keyLength = 32;

/** `key.json`: the key wrapped by a protector, and its id to check the unwrapped key against. */
const keyFileSchema = z.union([
  z.object({
    version: z.literal(2),
    keyId: z.string().regex(/^[0-9a-f]{16}$/),
    protector: z.string(),
    key: z.string(),
  }),
  // Earlier releases: the raw key, no id. Rewritten protected on first unlock.
  z.object({ protector: z.literal(rawKeyProtectorName), key: z.string() }),
]);
export type KeyFile = z.output<typeof keyFileSchema>;

export type KeyFileRead = { kind: 'absent' } | { kind: 'corrupt'; reason: string } | { kind: 'read'; file: KeyFile };

export function readKeyFile(path: string): KeyFileRead {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'absent' };
    throw error;
  }
  try {
    const parsed = keyFileSchema.safeParse(JSON.parse(text));
    return parsed.success
      ? { kind: 'read', file: parsed.data }
      : { kind: 'corrupt', reason: 'its fields are not a vault key' };
  } catch {
    return { kind: 'corrupt', reason: 'it is not valid JSON' };
  }
}

/**
 * Writes the key file whole (temp file, fsync). `create` links it into place, so two processes
 * starting on a fresh folder agree on one key (false: another was first); otherwise it replaces.
 */
export function writeKeyFile(path: string, content: KeyFile, mode: 'create' | 'replace'): boolean {
  const temp = `${path}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
  const fd = openSync(temp, 'wx', 0o600);
  try {
    writeSync(fd, JSON.stringify(content));
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  try {
    if (mode === 'replace') {
      renameSync(temp, path);
      return true;
    }
    linkSync(temp, path);
    return true;
  } catch (error) {
    if (mode === 'create' && (error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    rmSync(temp, { force: true });
  }
}

export const keyFileName = 'key.json';
export const keyFilePath = (vaultDir: string): string => join(vaultDir, keyFileName);
