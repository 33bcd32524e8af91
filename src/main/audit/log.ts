import { and, desc, eq } from 'drizzle-orm';
import type { Db } from '../db/connection';
import { auditLog } from '../db/schema';

export type Changes = Record<string, { from: unknown; to: unknown }>;

export interface AuditWrite {
  actor: string;
  entity: string;
  entityId: number;
  action: string;
  reason?: string | null;
  changes: Changes;
}

/** Call inside the transaction of the change it records. */
export function writeAudit(db: Db, entry: AuditWrite): void {
  db.insert(auditLog)
    .values({ ...entry, reason: entry.reason ?? null, at: new Date().toISOString() })
    .run();
}

export function readAudit(db: Db, entity: string, entityId: number, limit: number) {
  return db
    .select({
      id: auditLog.id,
      at: auditLog.at,
      actor: auditLog.actor,
      action: auditLog.action,
      reason: auditLog.reason,
      changes: auditLog.changes,
    })
    .from(auditLog)
    .where(and(eq(auditLog.entity, entity), eq(auditLog.entityId, entityId)))
    .orderBy(desc(auditLog.id))
    .limit(limit)
    .all();
}

/** The fields whose value differs, compared as JSON so arrays and objects compare by content. */
export function diff(before: Record<string, unknown>, after: Record<string, unknown>): Changes {
  const changes: Changes = {};
  for (const key of Object.keys(after)) {
    const from = before[key] ?? null;
    const to = after[key] ?? null;
    if (JSON.stringify(from) !== JSON.stringify(to)) changes[key] = { from, to };
  }
  return changes;
}
