import { and, count, desc, eq, lt, type SQL } from 'drizzle-orm';
import type { VerificationCheck } from '../../shared/customers/fields';
import { ApiError } from '../../shared/errors';
import type { DecisionRecord } from '../../shared/kyc/contract';
import type { ReadableDB, WritableDB } from '../db/handles';
import { kycDecisions } from '../db/schema';
import { entryMac, type Cell, type EntryCells } from './decision-entry';
import { emptyLink, headProblem, readHeadFile, signedHead, writeHeadFile, type HeadLink } from './decision-head';

export type NewDecision = Omit<typeof kycDecisions.$inferInsert, 'id' | 'prevHash' | 'hash'>;
/** An entry ready to insert: its id, the MAC of the entry before and its own MAC. */
export type ChainedDecision = NewDecision & { id: number; prevHash: string; hash: string };

/** An entry as stored: text columns as their stored bytes, which is what the MAC covers. */
export type StoredDecision = EntryCells & { hash: Cell };

/** A check's decided state that has no matching latest log entry. */
export interface UnboundCheck {
  customerId: number;
  check: VerificationCheck;
  state: string;
}

/** Reads the log for verification and export (a port: sqlite-decision-log.ts). */
export interface DecisionLogReader {
  /** Calls `each` for every entry (of one customer, when given) in id order, until it returns false. */
  forEach(
    db: ReadableDB,
    customerId: number | undefined,
    each: (entry: StoredDecision) => boolean | undefined,
  ): Promise<void>;
  /** Up to `limit` entries with ids above `afterId`, in id order (for work that writes between pages). */
  entriesAfter(db: ReadableDB, afterId: number, limit: number): Promise<StoredDecision[]>;
  /**
   * Replaces the links and MACs of entries (the one-time upgrade to the keyed chain: rechain.ts),
   * inside the append-only guard that refuses every other change.
   */
  resign(tx: WritableDB, rows: readonly { id: number; prevHash: string; hash: string }[]): Promise<void>;
  /** Checks whose decided state (approved, rejected, resubmission) is not the outcome of their latest entry. */
  unboundChecks(db: ReadableDB, each: (check: UnboundCheck) => void): Promise<void>;
}

/**
 * How the log is keyed: the HMAC key (derived from the vault key; loading it fails as the vault
 * key does) and where the head is kept outside the database.
 */
export interface DecisionChain {
  key(): Promise<Buffer>;
  headFile: string;
}

/** The cells the MAC covers, as the database will store them (file hashes as their JSON text). */
export function cellsOf(entry: NewDecision & { id: number; prevHash: string }): EntryCells {
  return {
    id: entry.id,
    at: entry.at,
    reviewer: entry.reviewer,
    customerId: entry.customerId,
    check: entry.check,
    outcome: entry.outcome,
    reason: entry.reason ?? null,
    note: entry.note ?? null,
    fileSha256: JSON.stringify(entry.fileSha256),
    prevHash: entry.prevHash,
  };
}

/** The last entry in the database and how many there are. */
export async function lastStoredLink(db: ReadableDB): Promise<HeadLink> {
  const [last] = await db
    .select({ id: kycDecisions.id, hash: kycDecisions.hash })
    .from(kycDecisions)
    .orderBy(desc(kycDecisions.id))
    .limit(1);
  if (!last) return emptyLink;
  const [entries] = await db.select({ n: count() }).from(kycDecisions);
  return { lastId: last.id, mac: last.hash, count: entries?.n ?? 0 };
}

/**
 * Where the next entry links: the head outside the database when there is one, so an entry
 * appended after the last rows were deleted still shows the gap. A head signed with another key
 * stops the append: the log is never re-signed under a key that did not write it.
 */
async function nextLink(tx: WritableDB, key: Buffer, headFile: string): Promise<HeadLink> {
  const stored = await lastStoredLink(tx);
  const head = readHeadFile(headFile);
  if (head === null || head === 'unreadable') return stored;
  const problem = headProblem(key, head);
  if (problem) throw new ApiError('FORBIDDEN', `${problem}; no decision can be recorded until it is restored`);
  return { lastId: Math.max(head.lastId, stored.lastId), mac: head.mac, count: head.count };
}

/**
 * Chains entries after the log's end, inserts them with `insert` and writes the new head. Call
 * inside the write transaction, so two writers never share a link; the head is written before
 * the commit, so it never lags behind the log (a crash between the two leaves it one step ahead,
 * which verification reports).
 */
export async function appendDecisions(
  tx: WritableDB,
  chain: DecisionChain,
  entries: readonly NewDecision[],
  insert: (rows: ChainedDecision[]) => Promise<void>,
): Promise<ChainedDecision[]> {
  if (entries.length === 0) return [];
  const key = await chain.key();
  let link = await nextLink(tx, key, chain.headFile);
  const rows = entries.map((entry) => {
    const linked = { ...entry, id: link.lastId + 1, prevHash: link.mac };
    const row = { ...linked, hash: entryMac(key, cellsOf(linked)) };
    link = { lastId: row.id, mac: row.hash, count: link.count + 1 };
    return row;
  });
  await insert(rows);
  writeHeadFile(chain.headFile, signedHead(key, link));
  return rows;
}

/** Appends one entry through drizzle (the KYC review's decision). */
export async function appendDecision(
  tx: WritableDB,
  chain: DecisionChain,
  entry: NewDecision,
): Promise<DecisionRecord> {
  const [row] = await appendDecisions(tx, chain, [entry], async (rows) => {
    await tx.insert(kycDecisions).values(rows);
  });
  return row as DecisionRecord;
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
