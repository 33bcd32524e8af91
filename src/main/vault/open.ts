import type { Db } from '../db/connection';
import type { KeyProtector } from './key-protector';
import { VaultStore, type VaultHooks } from './store';

/** Opens the vault of a data folder and clears what an interrupted upload left behind. */
export function openVault(db: Db, dataDir: string, protector?: KeyProtector, hooks?: VaultHooks): VaultStore {
  const vault = new VaultStore(dataDir, protector, hooks);
  const referenced = db.$client.prepare('SELECT 1 FROM documents WHERE sha256 = ? LIMIT 1');
  vault.removeLeftovers((sha256) => referenced.get(sha256) !== undefined);
  return vault;
}
