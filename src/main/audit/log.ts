import { and, desc, eq } from 'drizzle-orm';
import type { ReadableDB, WritableDB } from '../db/handles';
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
export async function writeAudit(tx: WritableDB, entry: AuditWrite): Promise<void> {
  await tx.insert(auditLog).values({ ...entry, reason: entry.reason ?? null, at: new Date().toISOString() });
}

export async function readAudit(db: ReadableDB, entity: string, entityId: number, limit: number) {
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
    .limit(limit);
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
