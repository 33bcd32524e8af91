import { safeStorage } from 'electron';
import type { KeyProtector } from '../src/main/vault/key-protector';

/**
 * The vault key wrapped by the OS keychain (Keychain, DPAPI, libsecret/kwallet). Undefined
 * where the OS offers no real protection (Linux falling back to plain text), so the core keeps
 * its owner-only key file instead.
 */
export async function safeStorageProtector(): Promise<KeyProtector | undefined> {
  if (!(await safeStorage.isAsyncEncryptionAvailable())) return undefined;
  if (process.platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text') return undefined;
  return {
    name: 'electron-safe-storage',
    protect: (key) => safeStorage.encryptStringAsync(key.toString('base64')),
    unprotect: async (stored) => Buffer.from((await safeStorage.decryptStringAsync(stored)).result, 'base64'),
  };
}
