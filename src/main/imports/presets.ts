import { desc, eq, sql } from 'drizzle-orm';
import { ApiError } from '../../shared/errors';
import type { ImportPreset } from '../../shared/imports/contract';
import { importMapping, type ImportMapping } from '../../shared/imports/mapping';
import type { ReadableDB } from '../db/handles';
import type { Storage } from '../db/storage';
import { importPresets } from '../db/schema';

export async function listPresets(db: ReadableDB): Promise<ImportPreset[]> {
  const rows = await db.select().from(importPresets).orderBy(desc(importPresets.id));
  return rows.map((row) => ({ ...row, mapping: importMapping.parse(row.mapping) }));
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
      return { ...(saved as ImportPreset), mapping };
    },
    { what: 'saving the preset' },
  );
}

/** Deleting a preset that is not there is NOT_FOUND, so a caller never reads success for nothing. */
export async function deletePreset(storage: Storage, id: number): Promise<void> {
  await storage.withTransaction(
    async (tx) => {
      const deleted = await tx
        .delete(importPresets)
        .where(eq(importPresets.id, id))
        .returning({ id: importPresets.id });
      if (deleted.length === 0) throw new ApiError('NOT_FOUND', `Preset #${id} does not exist`);
    },
    { what: 'deleting the preset' },
  );
}
