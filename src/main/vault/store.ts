import { createHash, randomBytes } from 'node:crypto';
import {
  closeSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import { fsyncPath, isAlive } from '../files/durable';
import { decrypt, encrypt } from './cipher';
import { ownerOnlyFileProtector, type KeyProtector } from './key-protector';
import { deriveSubkey, type SubkeyPurpose } from './subkey';
import { loadVaultKey } from './vault-key';

/** Test seams: run synchronously at the two points where a crash matters. */
export interface VaultHooks {
  afterTempWritten?: (tempFile: string) => void;
  afterCommit?: (file: string) => void;
}

/**
 * A complete file that no row refers to is kept this long: another process (the CLI beside
 * the app) may have just stored it and not yet written its row.
 */
const orphanGraceMs = 10 * 60 * 1000;

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * Content-addressed, encrypted file store: `files/<2 hex>/<sha256 of the plaintext>`. A file
 * appears whole or not at all (temp file, fsync, rename); the key is loaded on first use.
 */
export class VaultStore {
  private key: Promise<Buffer> | null = null;
  readonly dir: string;
  private readonly filesDir: string;
  private readonly tempDir: string;

  constructor(
    dataDir: string,
    private readonly protector: KeyProtector = ownerOnlyFileProtector,
    private readonly hooks: VaultHooks = {},
  ) {
    this.dir = join(dataDir, 'vault');
    this.filesDir = join(this.dir, 'files');
    this.tempDir = join(this.dir, 'tmp');
    mkdirSync(this.filesDir, { recursive: true, mode: 0o700 });
    mkdirSync(this.tempDir, { recursive: true, mode: 0o700 });
  }

  private vaultKey(): Promise<Buffer> {
    this.key ??= loadVaultKey(this.dir, this.protector).catch((error: unknown) => {
      this.key = null;
      throw error;
    });
    return this.key;
  }

  /** A key for one purpose derived from the vault key (e.g. the decision log's HMAC chain). */
  async subkey(purpose: SubkeyPurpose): Promise<Buffer> {
    return deriveSubkey(await this.vaultKey(), purpose);
  }

  pathOf(sha256: string): string {
    return join(this.filesDir, sha256.slice(0, 2), sha256);
  }

  /** Stores the bytes (once per content) and returns their SHA-256. */
  async put(bytes: Buffer): Promise<string> {
    const sha256 = sha256Hex(bytes);
    const file = this.pathOf(sha256);
    if (existsSync(file)) return sha256;
    const sealed = encrypt(await this.vaultKey(), bytes);
    const temp = join(this.tempDir, `${process.pid}-${randomBytes(8).toString('hex')}.tmp`);
    const fd = openSync(temp, 'wx', 0o600);
    try {
      writeSync(fd, sealed);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    this.hooks.afterTempWritten?.(temp);
    const folder = join(this.filesDir, sha256.slice(0, 2));
    mkdirSync(folder, { recursive: true, mode: 0o700 });
    renameSync(temp, file);
    fsyncPath(folder);
    this.hooks.afterCommit?.(file);
    return sha256;
  }

  /** The plaintext, checked against its name: a swapped or altered file is refused. */
  async read(sha256: string): Promise<Buffer> {
    const plain = decrypt(await this.vaultKey(), readFileSync(this.pathOf(sha256)));
    if (sha256Hex(plain) !== sha256) throw new Error(`Vault file ${sha256} does not match its name`);
    return plain;
  }

  /**
   * At start: removes temp files of processes that are gone (a crash mid-upload) and files
   * no row refers to. Returns how many files were removed.
   */
  removeLeftovers(isReferenced: (sha256: string) => boolean, now = Date.now()): number {
    let removed = 0;
    for (const name of readdirSync(this.tempDir)) {
      const pid = Number(name.split('-')[0]);
      if (!Number.isInteger(pid) || !isAlive(pid)) {
        rmSync(join(this.tempDir, name), { force: true });
        removed++;
      }
    }
    for (const { name, file } of this.storedFiles()) {
      if (isReferenced(name) || now - statSync(file).mtimeMs < orphanGraceMs) continue;
      rmSync(file, { force: true });
      removed++;
    }
    return removed;
  }

  /** Every file in the vault: its name (the SHA-256) and path. */
  storedFiles(): { name: string; file: string }[] {
    return readdirSync(this.filesDir).flatMap((folder) =>
      readdirSync(join(this.filesDir, folder)).map((name) => ({ name, file: join(this.filesDir, folder, name) })),
    );
  }
}
