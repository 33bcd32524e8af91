import { randomBytes } from 'node:crypto';
import { chmodSync, closeSync, fsyncSync, linkSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { ApiError } from '../../shared/errors';
import type { KeyProtector } from './key-protector';

interface KeyFile {
  protector: string;
  key: string;
}

const keyLength = 32;

/**
 * The installation's AES-256 key: read from `key.json`, or created once. Creation links a
 * finished temp file into place, so two processes starting together agree on one key.
 */
export async function loadVaultKey(vaultDir: string, protector: KeyProtector): Promise<Buffer> {
  const file = join(vaultDir, 'key.json');
  try {
    return await readKey(file, protector);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const temp = join(vaultDir, `key.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  const content: KeyFile = {
    protector: protector.name,
    key: (await protector.protect(randomBytes(keyLength))).toString('base64'),
  };
  const fd = openSync(temp, 'wx', 0o600);
  try {
    writeSync(fd, JSON.stringify(content));
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  chmodSync(temp, 0o600);
  try {
    linkSync(temp, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    rmSync(temp, { force: true });
  }
  return readKey(file, protector);
}

async function readKey(file: string, protector: KeyProtector): Promise<Buffer> {
  const stored = JSON.parse(readFileSync(file, 'utf8')) as KeyFile;
  if (stored.protector !== protector.name) {
    throw new ApiError(
      'FORBIDDEN',
      `The document vault key is protected by "${stored.protector}" and cannot be opened here (this process uses "${protector.name}")`,
    );
  }
  const key = await protector.unprotect(Buffer.from(stored.key, 'base64'));
  if (key.length !== keyLength) throw new ApiError('INTERNAL', 'The document vault key is damaged');
  return key;
}
