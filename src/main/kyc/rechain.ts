import { createHash } from 'node:crypto';
import { and, desc, eq } from 'drizzle-orm';
import type { LogVerification } from '../../shared/kyc/contract';
import { writeAudit } from '../audit/log';
import type { ReadableDB } from '../db/handles';
import type { Storage } from '../db/storage';
import { auditLog } from '../db/schema';
import { entryMac, genesisMac, sameMac, textOf } from './decision-entry';
import { readHeadFile, signedHead, writeHeadFile } from './decision-head';
import { lastStoredLink, type DecisionChain, type DecisionLogReader, type StoredDecision } from './decision-log';

/** How the upgrade is recorded in the audit log (and found again by verification). */
export const rechainEntity = 'decision-log';
export const rechainAction = 'rechain';

/** The audit entry of the upgrade, if the log had one. */
export async function rechainRecord(db: ReadableDB): Promise<LogVerification['rechained']> {
  const [row] = await db
    .select({ at: auditLog.at, reason: auditLog.reason, changes: auditLog.changes })
    .from(auditLog)
    .where(and(eq(auditLog.entity, rechainEntity), eq(auditLog.action, rechainAction)))
    .orderBy(desc(auditLog.id))
    .limit(1);
  if (!row) return null;
  const entries = (row.changes as Record<string, { to: unknown }>).entries?.to;
  return { at: row.at, entries: typeof entries === 'number' ? entries : 0, note: row.reason };
}

/** The unkeyed SHA-256 link of the releases before the keyed chain, to say whether the old chain held. */
export function legacyHash(row: StoredDecision): string {
  let files: unknown;
  try {
    files = JSON.parse(String(textOf(row.fileSha256)));
  } catch {
    files = null;
  }
  const content = [
    textOf(row.prevHash),
    textOf(row.at),
    textOf(row.reviewer),
    row.customerId,
    textOf(row.check),
    textOf(row.outcome),
    textOf(row.reason),
    textOf(row.note),
    files,
  ];
  return createHash('sha256').update(JSON.stringify(content)).digest('hex');
}

const perPage = 2000;

/**
 * The upgrade from the unkeyed chain: once, when the log has entries, no head outside the
 * database and no record of an upgrade, and its last entry is not signed with this key, every
 * entry is re-signed with the keyed MAC in id order, in one transaction, and an audit entry
 * says so, with how the unkeyed chain stood (the ids it found broken). Without the key it does
 * nothing and runs at the next start; a log that is already keyed is never re-signed.
 */
export async function upgradeDecisionLog(
  storage: Storage,
  log: DecisionLogReader,
  chain: DecisionChain,
  actor: string,
): Promise<number> {
  if (readHeadFile(chain.headFile) !== null) return 0;
  let key: Buffer;
  try {
    key = await chain.key();
  } catch {
    return 0;
  }
  return storage.withTransaction(
    async (tx) => {
      const end = await lastStoredLink(tx);
      if (end.count === 0 || (await rechainRecord(tx))) return 0;
      const [lastRow] = await log.entriesAfter(tx, end.lastId - 1, 1);
      if (lastRow && sameMac(entryMac(key, lastRow), String(textOf(lastRow.hash)))) return 0;
      const legacyBroken: number[] = [];
      let legacyPrev = genesisMac;
      let link = { lastId: 0, mac: genesisMac, count: 0 };
      for (;;) {
        const rows = await log.entriesAfter(tx, link.lastId, perPage);
        const resigned: { id: number; prevHash: string; hash: string }[] = [];
        for (const row of rows) {
          const stored = String(textOf(row.hash));
          if (textOf(row.prevHash) !== legacyPrev || legacyHash(row) !== stored) legacyBroken.push(row.id as number);
          legacyPrev = stored;
          const mac = entryMac(key, { ...row, prevHash: link.mac });
          resigned.push({ id: row.id as number, prevHash: link.mac, hash: mac });
          link = { lastId: row.id as number, mac, count: link.count + 1 };
        }
        await log.resign(tx, resigned);
        if (rows.length < perPage) break;
      }
      const held =
        legacyBroken.length === 0
          ? 'the unkeyed chain was intact'
          : `the unkeyed chain was already broken at ${legacyBroken.length} entries (${legacyBroken
              .slice(0, 20)
              .map((id) => `#${id}`)
              .join(', ')}${legacyBroken.length > 20 ? ', ...' : ''})`;
      await writeAudit(tx, {
        actor,
        entity: rechainEntity,
        entityId: 0,
        action: rechainAction,
        reason: `Upgraded to the keyed chain (HMAC-SHA256): ${link.count} entries re-signed; ${held}`,
        changes: {
          entries: { from: null, to: link.count },
          scheme: { from: 'sha256', to: 'hmac-sha256 v1' },
          legacyBroken: { from: legacyBroken, to: null },
        },
      });
      writeHeadFile(chain.headFile, signedHead(key, link));
      return link.count;
    },
    { what: 'upgrading the decision log to the keyed chain' },
  );
}
