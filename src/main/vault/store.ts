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
import { ApiError } from '../../shared/errors';
import type { UnreadableReason } from '../../shared/vault/contract';
import { fsyncPath, isAlive } from '../files/durable';
import { decrypt, encrypt, sealedKeyId } from './cipher';
import { VaultKeyCustody, type CustodyOptions, type StoredFacts } from './key-custody';
import { deriveSubkey, type SubkeyPurpose } from './subkey';

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

export type Unsealed =
  { ok: true; plain: Buffer } | { ok: false; reason: Exclude<UnreadableReason, 'no-key'>; message: string };

/** What the store asks of the database: the facts that tell a missing or wrong key (see open.ts). */
export type DocumentFacts = Pick<StoredFacts, 'documentCount'> & {
  /** The SHA-256 of stored files rows refer to, newest first. */
  referencedFiles(): Promise<string[]>;
};

/**
 * Content-addressed, encrypted file store: `files/<2 hex>/<sha256 of the plaintext>`. A file
 * appears whole or not at all (temp file, fsync, rename); the key is held by its custody.
 */
export class VaultStore {
  readonly dir: string;
  readonly custody: VaultKeyCustody;
  private readonly filesDir: string;
  private readonly tempDir: string;
  private readonly retiredDir: string;

  constructor(
    dataDir: string,
    custody: CustodyOptions,
    documents: DocumentFacts,
    private readonly hooks: VaultHooks = {},
  ) {
    this.dir = join(dataDir, 'vault');
    this.filesDir = join(this.dir, 'files');
    this.tempDir = join(this.dir, 'tmp');
    this.retiredDir = join(this.dir, 'retired');
    mkdirSync(this.filesDir, { recursive: true, mode: 0o700 });
    mkdirSync(this.tempDir, { recursive: true, mode: 0o700 });
    this.custody = new VaultKeyCustody(this.dir, custody, {
      documentCount: () => documents.documentCount(),
      sampleFile: async () => {
        const sha256 = (await documents.referencedFiles()).find((name) => existsSync(this.pathOf(name)));
        return sha256 ? readFileSync(this.pathOf(sha256)) : null;
      },
      hasStoredFiles: () => this.storedFiles().length > 0,
      retire: (label) => this.retire(label),
    });
  }

  private async vaultKey(): Promise<Buffer> {
    return (await this.custody.key()).key;
  }

  /** A key for one purpose derived from the vault key (e.g. the decision log's HMAC chain). */
  async subkey(purpose: SubkeyPurpose): Promise<Buffer> {
    return deriveSubkey(await this.vaultKey(), purpose);
  }

  /** Small records kept in the database (what was read off a document) sealed as the files are. */
  async seal(plain: Buffer): Promise<Buffer> {
    const { key, keyId } = await this.custody.key();
    return encrypt(key, keyId, plain);
  }

  async open(sealed: Buffer): Promise<Buffer> {
    const { key } = await this.custody.key();
    try {
      return decrypt(key, sealed);
    } catch {
      throw new ApiError(
        'VAULT_KEY',
        'A sealed record does not open with the vault key: it was altered, or sealed with another key',
      );
    }
  }

  pathOf(sha256: string): string {
    return join(this.filesDir, sha256.slice(0, 2), sha256);
  }

  /** Stores the bytes (once per content) and returns their SHA-256. */
  async put(bytes: Buffer): Promise<string> {
    const sha256 = sha256Hex(bytes);
    const file = this.pathOf(sha256);
    const { key, keyId } = await this.custody.key();
    // A file sealed under another key is never reused: it is sealed again under this one.
    if (existsSync(file) && this.opens(key, file)) return sha256;
    const sealed = encrypt(key, keyId, bytes);
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

  private opens(key: Buffer, file: string): boolean {
    try {
      decrypt(key, readFileSync(file));
      return true;
    } catch {
      return false;
    }
  }

  /** The plaintext, checked against its name: a swapped, altered or foreign-key file is refused. */
  async read(sha256: string): Promise<Buffer> {
    const opened = await this.unseal(sha256);
    if (!opened.ok) throw new ApiError('VAULT_KEY', opened.message);
    return opened.plain;
  }

  /** Whether a stored file opens with the key, and if not why; `vault.check` reports the reasons. */
  async unseal(sha256: string): Promise<Unsealed> {
    const { key, keyId } = await this.custody.key();
    const file = this.pathOf(sha256);
    const name = `The stored file ${sha256.slice(0, 12)}…`;
    if (!existsSync(file)) {
      const message = `${name} is not in the vault: it was retired with an earlier vault key, or removed`;
      return { ok: false, reason: 'file-missing', message };
    }
    const sealed = readFileSync(file);
    let plain: Buffer;
    try {
      plain = decrypt(key, sealed);
    } catch {
      const sealedWith = sealedKeyId(sealed);
      const why =
        sealedWith && sealedWith !== keyId
          ? `it was stored under key ${sealedWith}`
          : 'it was altered, or stored under another key';
      return {
        ok: false,
        reason: 'not-decryptable',
        message: `${name} cannot be decrypted with vault key ${keyId}: ${why}`,
      };
    }
    if (sha256Hex(plain) !== sha256) {
      return { ok: false, reason: 'content-mismatch', message: `${name} does not match its name: it was swapped` };
    }
    return { ok: true, plain };
  }

  /** Moves the stored files and the key file into `retired/<label>`: kept for forensics, never read again. */
  private retire(label: string): void {
    const target = join(this.retiredDir, label);
    mkdirSync(target, { recursive: true, mode: 0o700 });
    renameSync(this.filesDir, join(target, 'files'));
    mkdirSync(this.filesDir, { recursive: true, mode: 0o700 });
    const keyFile = this.custody.keyFile;
    if (existsSync(keyFile)) renameSync(keyFile, join(target, 'key.json'));
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
