import { checkLabels } from '../../shared/kyc/fields';
import { logProblemLimit, type LogProblem, type LogVerification } from '../../shared/kyc/contract';
import type { ReadableDB } from '../db/handles';
import { entryMac, genesisMac, sameMac, textOf } from './decision-entry';
import { headProblem, readHeadFile } from './decision-head';
import type { DecisionChain, DecisionLogReader } from './decision-log';
import { rechainRecord } from './rechain';

/**
 * Checks the whole log, streaming: every entry's MAC over its stored bytes and its link to the
 * entry before, the head outside the database against the log's end, and every decided check
 * against its latest entry. Each problem is reported, not only the first: a changed entry is one
 * problem (the next link is checked against what is stored), a removed one is one broken link.
 */
export async function verifyDecisionLog(
  log: DecisionLogReader,
  db: ReadableDB,
  chain: DecisionChain,
): Promise<LogVerification> {
  const problems: LogProblem[] = [];
  let problemCount = 0;
  const report = (id: number | null, problem: string) => {
    problemCount++;
    if (problems.length < logProblemLimit) problems.push({ id, problem });
  };
  const rechained = await rechainRecord(db);
  let checked = 0;
  let last = { lastId: 0, mac: genesisMac, count: 0 };
  const result = (): LogVerification => ({
    ok: problemCount === 0,
    checked,
    problems,
    problemCount,
    head: last,
    rechained,
  });

  let key: Buffer;
  try {
    key = await chain.key();
  } catch (error) {
    report(null, `The decision log cannot be checked without the vault key: ${(error as Error).message}`);
    return result();
  }
  const head = readHeadFile(chain.headFile);
  const headTrouble = head === null || head === 'unreadable' ? null : headProblem(key, head);
  if (headTrouble) {
    // Under another key every entry would look changed: say what is wrong once.
    report(null, headTrouble);
    return result();
  }

  await log.forEach(db, undefined, (row) => {
    checked++;
    const id = Number(row.id);
    if (textOf(row.prevHash) !== last.mac) {
      report(
        id,
        'The link to the entry before does not match: an entry was removed, inserted or moved before this one',
      );
    }
    if (!sameMac(entryMac(key, row), textOf(row.hash) ?? '')) {
      report(id, 'The entry was changed after it was written (its content, id or link is not what was signed)');
    }
    last = { lastId: id, mac: textOf(row.hash) ?? '', count: checked };
    return undefined;
  });

  if (head === null) {
    if (checked > 0) report(null, 'The chain head outside the database (in the vault folder) is missing');
  } else if (head === 'unreadable') {
    report(null, 'The chain head outside the database (in the vault folder) is not readable');
  } else if (checked < head.count || last.lastId < head.lastId) {
    report(
      null,
      checked === 0
        ? `The log is empty but its head records ${head.count} entries up to #${head.lastId}: every entry was deleted`
        : `The log ends at #${last.lastId} (${checked} entries) but its head records #${head.lastId} (${head.count} entries): the last entries were deleted`,
    );
  } else if (checked > head.count || last.lastId > head.lastId) {
    report(
      null,
      `The log goes on after its recorded head #${head.lastId} (${head.count} entries) to #${last.lastId} (${checked}): the head is older than the log, or entries were added outside the desk`,
    );
  } else if (!sameMac(head.mac, last.mac)) {
    report(last.lastId, 'The last entry is not the one the head records');
  }

  await log.unboundChecks(db, (unbound) => {
    report(
      null,
      `Customer #${unbound.customerId}'s ${checkLabels[unbound.check]} check is ${unbound.state.replaceAll('_', ' ')} without a matching decision log entry`,
    );
  });
  return result();
}
