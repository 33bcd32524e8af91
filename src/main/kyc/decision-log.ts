import { createHash } from 'node:crypto';
import { and, desc, eq, lt, type SQL } from 'drizzle-orm';
import type { DecisionRecord, LogVerification } from '../../shared/kyc/contract';
import type { ReadableDB, WritableDB } from '../db/handles';
import { kycDecisions } from '../db/schema';

export type NewDecision = Omit<typeof kycDecisions.$inferInsert, 'id' | 'prevHash' | 'hash'>;
type Row = typeof kycDecisions.$inferSelect;

/** An entry as stored, its file hashes still the stored JSON text (a tampered one may not parse). */
export type StoredDecision = Omit<Row, 'fileSha256'> & { fileSha256: string };

/** Streams the log without holding it in memory (a port: sqlite-decision-log.ts). */
export interface DecisionLogReader {
  /** Calls `each` for every entry (of one customer, when given) in id order, until it returns false. */
  forEach(
    db: ReadableDB,
    customerId: number | undefined,
    each: (entry: StoredDecision) => boolean | undefined,
  ): Promise<void>;
}

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
export async function appendDecision(tx: WritableDB, entry: NewDecision): Promise<DecisionRecord> {
  const [chained] = chainDecisions(await lastDecisionHash(tx), [entry]) as [ChainedDecision];
  const [written] = await tx.insert(kycDecisions).values(chained).returning();
  return written as DecisionRecord;
}

export type ChainedDecision = NewDecision & { prevHash: string; hash: string };

/** The hash of the last entry, which the next one links to. */
export async function lastDecisionHash(tx: WritableDB): Promise<string> {
  const [last] = await tx
    .select({ hash: kycDecisions.hash })
    .from(kycDecisions)
    .orderBy(desc(kycDecisions.id))
    .limit(1);
  return last?.hash ?? genesisHash;
}

/** Entries to append after the one hashed `prevHash`, each linked to the one before. */
export function chainDecisions(prevHash: string, entries: readonly NewDecision[]): ChainedDecision[] {
  let link = prevHash;
  return entries.map((entry) => {
    const row = { ...entry, prevHash: link, hash: entryHash(link, entry) };
    link = row.hash;
    return row;
  });
}

/** Newest first, keyset-paginated by id. */
export async function listDecisions(
  db: ReadableDB,
  customerId: number | undefined,
  cursor: string | undefined,
  limit: number,
) {
  const where: SQL[] = [];
  if (customerId !== undefined) where.push(eq(kycDecisions.customerId, customerId));
  if (cursor) where.push(lt(kycDecisions.id, Number(cursor)));
  const rows = await db
    .select()
    .from(kycDecisions)
    .where(and(...where))
    .orderBy(desc(kycDecisions.id))
    .limit(limit + 1);
  const items = rows.slice(0, limit) as DecisionRecord[];
  const last = items.at(-1);
  return { items, nextCursor: rows.length > limit && last ? String(last.id) : null };
}

/** Recomputes the whole chain in id order, streaming, and names the first entry that does not fit. */
export async function verifyDecisionLog(log: DecisionLogReader, db: ReadableDB): Promise<LogVerification> {
  let expectedPrev = genesisHash;
  let checked = 0;
  let firstBroken: LogVerification['firstBroken'] = null;
  const broken = (id: number, problem: string) => {
    firstBroken = { id, problem };
    return false;
  };
  await log.forEach(db, undefined, (row) => {
    checked++;
    let files: string[];
    try {
      files = JSON.parse(row.fileSha256) as string[];
    } catch {
      return broken(row.id, 'The file hashes are not readable');
    }
    if (row.prevHash !== expectedPrev) {
      return broken(row.id, 'The link to the previous entry does not match (an entry was removed or changed)');
    }
    if (entryHash(row.prevHash, { ...row, fileSha256: files }) !== row.hash) {
      return broken(row.id, 'The entry was changed after it was written');
    }
    expectedPrev = row.hash;
    return undefined;
  });
  return { ok: firstBroken === null, checked, firstBroken };
}
