import { randomBytes } from 'node:crypto';
import { ApiError } from '../../shared/errors';
import {
  minPassphraseLength,
  passphraseProtectorName,
  type VaultState,
  type VaultStatus,
} from '../../shared/vault/contract';
import { decrypt, sealedKeyId } from './cipher';
import { keyFilePath, keyLength, readKeyFile, writeKeyFile, type KeyFile } from './key-file';
import type { KeyProtector } from './key-protector';
import { passphraseProtector } from './passphrase-protector';
import { keyIdOf } from './subkey';

/** What the custody needs to know about the stored documents to tell a missing or wrong key. */
export interface StoredFacts {
  /** How many document versions the database refers to. */
  documentCount(): Promise<number>;
  /** The newest stored file a row refers to, to try a key on; null when none is on disk. */
  sampleFile(): Promise<Buffer | null>;
  hasStoredFiles(): boolean;
  /** Moves every stored file and the old key file aside, under a folder named by `label`. */
  retire(label: string): void;
}

export interface CustodyOptions {
  /** Wraps the key with the device's keychain or keyring (Electron safeStorage, the OS keyring). */
  protector?: KeyProtector;
  /** Used when no protector is given: the CLI's KYC_VAULT_PASSPHRASE, or one entered on the lock screen. */
  passphrase?: string;
}

function decrypts(key: Buffer, sealed: Buffer): boolean {
  try {
    decrypt(key, sealed);
    return true;
  } catch {
    return false;
  }
}

function checkPassphrase(passphrase: string): void {
  if (passphrase.length >= minPassphraseLength) return;
  const message = `Choose a passphrase of at least ${minPassphraseLength} characters`;
  throw new ApiError('VALIDATION', message, { passphrase: message });
}

/**
 * The vault key's custody: created once with an empty vault, never replaced silently. While the
 * key is missing, corrupt, wrong or locked, `key()` throws VAULT_KEY naming the key and what to
 * restore, and each call looks again, so a restored key.json is picked up without a restart.
 */
export class VaultKeyCustody {
  private unlocked: { key: Buffer; keyId: string } | null = null;
  private passphrase: string | undefined;
  readonly keyFile: string;

  constructor(
    vaultDir: string,
    private readonly options: CustodyOptions,
    private readonly facts: StoredFacts,
  ) {
    this.keyFile = keyFilePath(vaultDir);
    this.passphrase = options.passphrase;
  }

  async key(): Promise<{ key: Buffer; keyId: string }> {
    this.forgetIfReplaced();
    if (!this.unlocked) {
      const status = await this.load();
      if (!this.unlocked) throw new ApiError('VAULT_KEY', status.message);
    }
    return this.unlocked;
  }

  async status(): Promise<VaultStatus> {
    this.forgetIfReplaced();
    return this.unlocked
      ? this.statusOf('unlocked', '', this.unlocked.keyId, await this.facts.documentCount())
      : this.load();
  }

  /** Opens a passphrase-protected key, or sets the passphrase that protects a new or unprotected one. */
  async unlock(passphrase: string): Promise<VaultStatus> {
    const before = await this.status();
    if (before.state === 'set-passphrase') {
      checkPassphrase(passphrase);
      this.passphrase = passphrase;
      return this.status();
    }
    if (before.state !== 'enter-passphrase') return before;
    this.passphrase = passphrase;
    const after = await this.status();
    if (after.state === 'enter-passphrase') {
      this.passphrase = undefined;
      throw new ApiError('VAULT_KEY', `This passphrase does not open vault key ${before.expectedKeyId}`, {
        passphrase: 'This is not the passphrase of the vault key',
      });
    }
    return after;
  }

  /** The deliberate way out of a lost key: the stored files are moved aside, unreadable, and a new key made. */
  async startNew(passphrase: string | undefined): Promise<VaultStatus> {
    const before = await this.status();
    const recoverable: VaultState[] = ['missing', 'corrupt', 'wrong'];
    if (!recoverable.includes(before.state)) {
      throw new ApiError(
        'CONFLICT',
        before.state === 'unlocked'
          ? 'The vault key opens the stored documents; a new vault is only for a key that is lost'
          : 'The vault key is not lost, only locked: unlock it instead of starting a new vault',
      );
    }
    if (passphrase !== undefined) checkPassphrase(passphrase);
    const chosen = passphrase ?? this.passphrase;
    const protector = this.options.protector ?? (chosen ? passphraseProtector(chosen) : undefined);
    if (!protector) {
      const message = 'Set a passphrase to protect the new vault key';
      throw new ApiError('VALIDATION', message, { passphrase: message });
    }
    this.facts.retire(
      `${new Date().toISOString().replace(/[:.]/g, '-')}-key-${before.keyId ?? before.expectedKeyId ?? 'unknown'}`,
    );
    this.passphrase = chosen;
    const key = randomBytes(keyLength);
    writeKeyFile(this.keyFile, await this.wrap(key, protector), 'replace');
    return this.accept(key);
  }

  /** A key file deleted or swapped while the desk runs is noticed at the next use, not at the next start. */
  private forgetIfReplaced(): void {
    if (!this.unlocked) return;
    const read = readKeyFile(this.keyFile);
    if (read.kind !== 'read' || !('version' in read.file) || read.file.keyId !== this.unlocked.keyId)
      this.unlocked = null;
  }

  private protector(): KeyProtector | undefined {
    return this.options.protector ?? (this.passphrase ? passphraseProtector(this.passphrase) : undefined);
  }

  private async wrap(key: Buffer, protector: KeyProtector): Promise<KeyFile> {
    return {
      version: 2,
      keyId: keyIdOf(key),
      protector: protector.name,
      key: (await protector.protect(key)).toString('base64'),
    };
  }

  private async accept(key: Buffer): Promise<VaultStatus> {
    this.unlocked = { key, keyId: keyIdOf(key) };
    return this.status();
  }

  private statusOf(
    state: VaultState,
    message: string,
    keyId: string | null,
    documents: number,
    expectedKeyId: string | null = keyId,
  ): VaultStatus {
    return {
      state,
      keyId,
      expectedKeyId,
      keyFile: this.keyFile,
      message,
      documents,
      protector: this.options.protector?.name ?? passphraseProtectorName,
      passphraseHeld: this.passphrase !== undefined,
    };
  }

  private async load(): Promise<VaultStatus> {
    const documents = await this.facts.documentCount();
    const sample = await this.facts.sampleFile();
    const needed = sample ? sealedKeyId(sample) : null;
    const named = needed ? ` (key ${needed})` : '';
    const restore = `Restore key.json${named} from a backup of this data folder into ${this.keyFile}, or start a new vault: the ${documents} stored document${documents === 1 ? '' : 's'} then stay unreadable.`;
    const read = readKeyFile(this.keyFile);
    if (read.kind === 'absent') {
      if (documents > 0 || this.facts.hasStoredFiles()) {
        return this.statusOf('missing', `The document vault key is missing. ${restore}`, null, documents, needed);
      }
      const protector = this.protector();
      if (!protector) {
        return this.statusOf(
          'set-passphrase',
          'Set a passphrase to protect the document vault key of this new desk',
          null,
          documents,
        );
      }
      const key = randomBytes(keyLength);
      // Another process created the key first: use that one.
      if (!writeKeyFile(this.keyFile, await this.wrap(key, protector), 'create')) return this.load();
      return this.accept(key);
    }
    if (read.kind === 'corrupt') {
      return this.statusOf(
        'corrupt',
        `The document vault key file cannot be read: ${read.reason}. ${restore}`,
        null,
        documents,
        needed,
      );
    }
    const file = read.file;
    const damaged = (why: string): VaultStatus =>
      this.statusOf('corrupt', `The document vault key file is damaged: ${why}. ${restore}`, null, documents, needed);
    let key: Buffer;
    if (!('version' in file)) {
      key = Buffer.from(file.key, 'base64');
      if (key.length !== keyLength) return damaged(`it holds ${key.length} bytes, not ${keyLength}`);
    } else {
      const protector =
        file.protector === passphraseProtectorName
          ? this.passphrase && passphraseProtector(this.passphrase)
          : this.options.protector?.name === file.protector && this.options.protector;
      if (!protector) {
        return file.protector === passphraseProtectorName
          ? this.statusOf(
              'enter-passphrase',
              `Enter the passphrase that protects vault key ${file.keyId}`,
              null,
              documents,
              file.keyId,
            )
          : this.statusOf(
              'other-protector',
              `Vault key ${file.keyId} is protected by "${file.protector}", which this process cannot use; open the desk the way that created it`,
              null,
              documents,
              file.keyId,
            );
      }
      try {
        key = await protector.unprotect(Buffer.from(file.key, 'base64'));
      } catch {
        return protector.name === passphraseProtectorName
          ? this.statusOf(
              'enter-passphrase',
              `The passphrase given does not open vault key ${file.keyId}; enter it again`,
              null,
              documents,
              file.keyId,
            )
          : damaged(`"${file.protector}" could not unwrap key ${file.keyId}`);
      }
      if (key.length !== keyLength || keyIdOf(key) !== file.keyId) {
        return damaged(`the key does not match its check value ${file.keyId}`);
      }
    }
    const keyId = keyIdOf(key);
    if (sample && !decrypts(key, sample)) {
      const needs = needed ? `they need key ${needed}` : 'they were stored under another key';
      return this.statusOf(
        'wrong',
        `The vault key ${keyId} in ${this.keyFile} does not open the stored documents (${needs}). ${restore}`,
        keyId,
        documents,
        needed,
      );
    }
    if (!('version' in file)) {
      // A key from before keys were protected: rewritten protected as soon as a protector is at hand.
      const protector = this.protector();
      if (!protector) {
        return this.statusOf(
          'set-passphrase',
          `Vault key ${keyId} is stored unprotected; set a passphrase to protect it`,
          keyId,
          documents,
        );
      }
      writeKeyFile(this.keyFile, await this.wrap(key, protector), 'replace');
    }
    return this.accept(key);
  }
}
