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

const auditRow = (entry: AuditWrite, at: string) => ({ ...entry, reason: entry.reason ?? null, at });

/** Call inside the transaction of the change it records. */
export async function writeAudit(tx: WritableDB, entry: AuditWrite): Promise<void> {
  await tx.insert(auditLog).values(auditRow(entry, new Date().toISOString()));
}

/** Rows per INSERT: well below SQLite's limit on bound values. */
const perInsert = 500;

/** Writes entries of one change made at `at`, in the transaction that makes it. */
export async function writeAudits(tx: WritableDB, entries: readonly AuditWrite[], at: string): Promise<void> {
  for (let i = 0; i < entries.length; i += perInsert) {
    await tx.insert(auditLog).values(entries.slice(i, i + perInsert).map((entry) => auditRow(entry, at)));
  }
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

/**
 * What a new record's audit entry shows, as the JSON the entry stores: every field that holds
 * something (not null, false or an empty list), as a change from nothing. Written as text
 * directly: an import builds one per row, and the objects in between were most of its garbage.
 */
export function createdChangesJson(record: Record<string, unknown>): string {
  let json = '';
  for (const key in record) {
    const to = record[key];
    if (to === null || to === undefined || to === false || (Array.isArray(to) && to.length === 0)) continue;
    json += `${json ? ',' : ''}${JSON.stringify(key)}:{"from":null,"to":${JSON.stringify(to)}}`;
  }
  return `{${json}}`;
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
