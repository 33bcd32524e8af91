/**
 * Protects the vault key at rest: Electron wraps it with the OS keychain (safeStorage), the
 * browser host and the CLI with the OS keyring or a passphrase. The key is never stored raw.
 */
export interface KeyProtector {
  /** Stored beside the key so a key wrapped by one protector is never handed to another. */
  readonly name: string;
  protect(key: Buffer): Promise<Buffer>;
  /** Throws when the stored bytes are not this protector's wrapping of a key. */
  unprotect(stored: Buffer): Promise<Buffer>;
}

/** The name the key files of earlier releases carry: the key stored as is. */
export const rawKeyProtectorName = 'owner-only-file';
