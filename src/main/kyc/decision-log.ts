import { createHash } from 'node:crypto';
import { and, desc, eq, lt, type SQL } from 'drizzle-orm';
import type { DecisionRecord, LogVerification } from '../../shared/kyc/contract';
import type { Db } from '../db/connection';
import { kycDecisions } from '../db/schema';

type NewDecision = Omit<typeof kycDecisions.$inferInsert, 'id' | 'prevHash' | 'hash'>;
type Row = typeof kycDecisions.$inferSelect;

/** The link before the first entry. */
export const genesisHash = '0'.repeat(64);

/** The hash of an entry covers its content and the hash before it, so any edit breaks the chain. */
export function entryHash(prevHash: string, entry: NewDecision): string {
  const content = [
    prevHash,
    entry.at,
    entry.reviewer,
    entry.customerId,
    entry.check,
    entry.outcome,
    entry.reason ?? null,
    entry.note ?? null,
    entry.fileSha256,
  ];
  return createHash('sha256').update(JSON.stringify(content)).digest('hex');
}

/** Appends one entry; call inside an immediate transaction so two writers never share a link. */
export function appendDecision(db: Db, entry: NewDecision): DecisionRecord {
  const last = db.select({ hash: kycDecisions.hash }).from(kycDecisions).orderBy(desc(kycDecisions.id)).limit(1).get();
  const prevHash = last?.hash ?? genesisHash;
  return db
    .insert(kycDecisions)
    .values({ ...entry, prevHash, hash: entryHash(prevHash, entry) })
    .returning()
    .get() as DecisionRecord;
}

/** Newest first, keyset-paginated by id. */
export function listDecisions(db: Db, customerId: number | undefined, cursor: string | undefined, limit: number) {
  const where: SQL[] = [];
  if (customerId !== undefined) where.push(eq(kycDecisions.customerId, customerId));
  if (cursor) where.push(lt(kycDecisions.id, Number(cursor)));
  const rows = db
    .select()
    .from(kycDecisions)
    .where(and(...where))
    .orderBy(desc(kycDecisions.id))
    .limit(limit + 1)
    .all();
  const items = rows.slice(0, limit) as DecisionRecord[];
  const last = items.at(-1);
  return { items, nextCursor: rows.length > limit && last ? String(last.id) : null };
}

/** Recomputes the whole chain in id order, streaming, and names the first entry that does not fit. */
export function verifyDecisionLog(db: Db): LogVerification {
  const rows = db.$client
    .prepare(
      'SELECT id, at, reviewer, customer_id AS customerId, "check", outcome, reason, note, file_sha256 AS fileSha256, prev_hash AS prevHash, hash FROM kyc_decisions ORDER BY id',
    )
    .iterate() as IterableIterator<Omit<Row, 'fileSha256'> & { fileSha256: string }>;
  let expectedPrev = genesisHash;
  let checked = 0;
  for (const row of rows) {
    checked++;
    let files: string[];
    try {
      files = JSON.parse(row.fileSha256) as string[];
    } catch {
      return { ok: false, checked, firstBroken: { id: row.id, problem: 'The file hashes are not readable' } };
    }
    if (row.prevHash !== expectedPrev) {
      return {
        ok: false,
        checked,
        firstBroken: {
          id: row.id,
          problem: 'The link to the previous entry does not match (an entry was removed or changed)',
        },
      };
    }
    if (entryHash(row.prevHash, { ...row, fileSha256: files }) !== row.hash) {
      return { ok: false, checked, firstBroken: { id: row.id, problem: 'The entry was changed after it was written' } };
    }
    expectedPrev = row.hash;
  }
  return { ok: true, checked, firstBroken: null };
}
