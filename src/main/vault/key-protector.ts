/**
 * Protects the vault key at rest. The browser host and the CLI keep it in a file only the
 * owner can read; Electron wraps it with the OS keychain (safeStorage) where available.
 */
export interface KeyProtector {
  /** Stored beside the key so a key wrapped by one protector is never handed to another. */
  readonly name: string;
  protect(key: Buffer): Promise<Buffer>;
  unprotect(stored: Buffer): Promise<Buffer>;
}

/** The key as is; its protection is the key file's owner-only permissions. */
export const ownerOnlyFileProtector: KeyProtector = {
  name: 'owner-only-file',
  protect: (key) => Promise.resolve(Buffer.from(key)),
  unprotect: (stored) => Promise.resolve(Buffer.from(stored)),
};
