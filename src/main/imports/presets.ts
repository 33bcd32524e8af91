import { desc, eq, sql } from 'drizzle-orm';
import type { ImportPreset } from '../../shared/imports/contract';
import type { ImportMapping } from '../../shared/imports/mapping';
import type { ReadableDB } from '../db/handles';
import type { Storage } from '../db/storage';
import { importPresets } from '../db/schema';

export async function listPresets(db: ReadableDB): Promise<ImportPreset[]> {
  return db.select().from(importPresets).orderBy(desc(importPresets.id));
}

/** Saving under an existing name (any case) replaces that preset. */
export function savePreset(storage: Storage, name: string, mapping: ImportMapping): Promise<ImportPreset> {
  return storage.withTransaction(
    async (tx) => {
      await tx.delete(importPresets).where(sql`${importPresets.name} = ${name} COLLATE NOCASE`);
      const [saved] = await tx
        .insert(importPresets)
        .values({ name, mapping, createdAt: new Date().toISOString() })
        .returning();
      return saved as ImportPreset;
    },
    { what: 'saving the preset' },
  );
}

export async function deletePreset(storage: Storage, id: number): Promise<void> {
  await storage.withTransaction((tx) => tx.delete(importPresets).where(eq(importPresets.id, id)), {
    what: 'deleting the preset',
  });
}
