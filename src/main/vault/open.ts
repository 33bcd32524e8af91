import { count, desc, inArray } from 'drizzle-orm';
import { documents } from '../db/schema';
import type { Storage } from '../db/storage';
import type { CustodyOptions } from './key-custody';
import { VaultStore, type VaultHooks } from './store';

/** Newest first; enough rows to find one still on disk. */
const sampleRows = 50;

/** Opens the vault of a data folder and clears what an interrupted upload left behind. */
export async function openVault(
  storage: Storage,
  dataDir: string,
  custody: CustodyOptions,
  hooks?: VaultHooks,
): Promise<VaultStore> {
  const vault = new VaultStore(
    dataDir,
    custody,
    {
      documentCount: async () => {
        const [row] = await storage.read((db) => db.select({ n: count() }).from(documents));
        return row?.n ?? 0;
      },
      referencedFiles: async () => {
        const rows = await storage.read((db) =>
          db.select({ sha256: documents.sha256 }).from(documents).orderBy(desc(documents.id)).limit(sampleRows),
        );
        return rows.map((row) => row.sha256);
      },
    },
    hooks,
  );
  const files = vault.storedFiles().map((stored) => stored.name);
  const referenced = new Set<string>();
  // A chunk per query keeps each under the engines' limits on bound parameters.
  for (let i = 0; i < files.length; i += 500) {
    const rows = await storage.read((db) =>
      db
        .selectDistinct({ sha256: documents.sha256 })
        .from(documents)
        .where(inArray(documents.sha256, files.slice(i, i + 500))),
    );
    for (const row of rows) referenced.add(row.sha256);
  }
  vault.removeLeftovers((sha256) => referenced.has(sha256));
  return vault;
}
