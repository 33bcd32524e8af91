import type { HandlerTable } from '../api';
import { documents } from '../db/schema';
import type { Storage } from '../db/storage';
import type { UnreadableReason } from '../../shared/vault/contract';
import type { VaultStore } from './store';

type VaultOperation = 'vault.status' | 'vault.unlock' | 'vault.startNew' | 'vault.check';

/** The vault's operations: its key's state, unlocking, starting over, and a read of every stored file. */
export function vaultHandlers(storage: Storage, vault: VaultStore): HandlerTable<VaultOperation> {
  return {
    'vault.status': () => vault.custody.status(),
    'vault.unlock': ({ passphrase }) => vault.custody.unlock(passphrase),
    'vault.startNew': ({ passphrase }) => vault.custody.startNew(passphrase),
    'vault.check': async () => {
      const rows = await storage.read((db) =>
        db
          .select({
            documentId: documents.id,
            customerId: documents.customerId,
            fileName: documents.fileName,
            sha256: documents.sha256,
          })
          .from(documents)
          .orderBy(documents.id),
      );
      const status = await vault.custody.status();
      // One read per stored file, however many versions share it.
      const reasons = new Map<string, UnreadableReason | null>();
      let readable = 0;
      const unreadable = [];
      for (const { sha256, ...row } of rows) {
        if (!reasons.has(sha256)) {
          const opened = status.state === 'unlocked' ? await vault.unseal(sha256) : null;
          reasons.set(sha256, opened ? (opened.ok ? null : opened.reason) : 'no-key');
        }
        const reason = reasons.get(sha256);
        if (reason) unreadable.push({ ...row, reason });
        else readable++;
      }
      return { keyId: status.keyId, readable, unreadable };
    },
  };
}
