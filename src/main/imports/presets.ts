import { desc, eq, sql } from 'drizzle-orm';
import type { ImportPreset } from '../../shared/imports/contract';
import type { ImportMapping } from '../../shared/imports/mapping';
import type { Db } from '../db/connection';
import { importPresets } from '../db/schema';

export function listPresets(db: Db): ImportPreset[] {
  return db.select().from(importPresets).orderBy(desc(importPresets.id)).all();
}

/** Saving under an existing name (any case) replaces that preset. */
export function savePreset(db: Db, name: string, mapping: ImportMapping): ImportPreset {
  return db.transaction(() => {
    db.delete(importPresets)
      .where(sql`${importPresets.name} = ${name} COLLATE NOCASE`)
      .run();
    return db.insert(importPresets).values({ name, mapping, createdAt: new Date().toISOString() }).returning().get();
  });
}

export function deletePreset(db: Db, id: number): void {
  db.delete(importPresets).where(eq(importPresets.id, id)).run();
}
