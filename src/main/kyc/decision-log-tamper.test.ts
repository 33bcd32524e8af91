import { copyFileSync, readFileSync, rmSync, statSync, unlinkSync } from 'node:fs';
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LogVerification } from '../../shared/kyc/contract';
import { databaseFileName, openCore, type Core } from '../core';
import { headFileOf } from './decision-head';
import { legacyHash } from './rechain';
import { sqliteDecisionLog } from './sqlite-decision-log';
import { failure, makeCustomer, ok, tempDataDir } from './test/fixtures';
import { verifyDecisionLog } from './verify-log';
import { testVaultPassphrase } from '../test-support';

let dataDir: string;
let core: Core;
let customers: number[];

const open = () =>
  openCore({ dataDir, migrationsFolder: 'drizzle', vaultPassphrase: testVaultPassphrase, actor: () => 'reviewer-a' });

/** Five entries: two customers' email and phone decisions, one of them changed. */
async function fiveDecisions() {
  customers = [];
  for (const email of ['one@example.com', 'two@example.com']) {
    customers.push((await makeCustomer(core, email, { phone: '+44 7911 123456' })).id);
  }
  const [first, second] = customers as [number, number];
  await ok(core, 'kyc.decide', { customerId: first, check: 'email', outcome: 'approved' });
  await ok(core, 'kyc.decide', { customerId: first, check: 'phone', outcome: 'rejected', reason: 'unreachable' });
  await ok(core, 'kyc.decide', { customerId: second, check: 'email', outcome: 'approved', note: 'Checked by call' });
  await ok(core, 'kyc.decide', { customerId: first, check: 'phone', outcome: 'approved' });
  await ok(core, 'kyc.decide', { customerId: second, check: 'phone', outcome: 'approved' });
}

/** Edits the database file as someone holding it would: another connection, past the append-only triggers. */
async function tamper(sql: (db: Database.Database) => void) {
  await core.close();
  const db = new Database(join(dataDir, databaseFileName));
  db.exec('DROP TRIGGER kyc_decisions_no_update; DROP TRIGGER kyc_decisions_no_delete');
  sql(db);
  db.close();
  core = await open();
}

/** Recomputes every link after an edit the way the unkeyed chain did (SHA-256, no key). */
function recomputeUnkeyed(db: Database.Database) {
  const rows = db.prepare('SELECT id FROM kyc_decisions ORDER BY id').pluck().all() as number[];
  let prev = '0'.repeat(64);
  for (const id of rows) {
    db.prepare('UPDATE kyc_decisions SET prev_hash = ? WHERE id = ?').run(prev, id);
    const [row] = (db
      .prepare(
        `SELECT id, CAST(at AS BLOB) AS at, CAST(reviewer AS BLOB) AS reviewer, customer_id AS customerId,
          CAST("check" AS BLOB) AS "check", CAST(outcome AS BLOB) AS outcome, CAST(reason AS BLOB) AS reason,
          CAST(note AS BLOB) AS note, CAST(file_sha256 AS BLOB) AS fileSha256, CAST(prev_hash AS BLOB) AS prevHash,
          CAST(hash AS BLOB) AS hash FROM kyc_decisions WHERE id = ?`,
      )
      .all(id) ?? []) as Parameters<typeof legacyHash>[0][];
    prev = legacyHash(row!);
    db.prepare('UPDATE kyc_decisions SET hash = ? WHERE id = ?').run(prev, id);
  }
}

const verify = () => ok(core, 'kyc.verifyLog', {});
const problemsOf = (result: LogVerification) => result.problems.map(({ id, problem }) => `${id ?? '-'}: ${problem}`);

beforeEach(async () => {
  dataDir = tempDataDir();
  core = await open();
  await fiveDecisions();
});
afterEach(async () => {
  await core.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('the decision log proves itself', () => {
  it('verifies clean when nobody touched it, across a restart, and keeps its head private in the vault folder', async () => {
    expect(await verify()).toEqual({
      ok: true,
      checked: 5,
      problems: [],
      problemCount: 0,
      head: { lastId: 5, mac: expect.stringMatching(/^[0-9a-f]{64}$/), count: 5 },
      rechained: null,
    });
    await tamper(() => undefined);
    expect((await verify()).ok).toBe(true);
    expect(statSync(headFileOf(dataDir)).mode & 0o777).toBe(0o600);
    const head = JSON.parse(readFileSync(headFileOf(dataDir), 'utf8')) as { lastId: number; count: number };
    expect(head).toMatchObject({ lastId: 5, count: 5 });
  });

  it('1. an edited note', async () => {
    await tamper((db) => db.prepare("UPDATE kyc_decisions SET note = 'Nothing to see' WHERE id = 3").run());
    expect(problemsOf(await verify())).toEqual([
      '3: The entry was changed after it was written (its content, id or link is not what was signed)',
    ]);
  });

  it('2. an edited decision (also a check state without its entry)', async () => {
    await tamper((db) => db.prepare("UPDATE kyc_decisions SET outcome = 'approved', reason = NULL WHERE id = 2").run());
    const result = await verify();
    expect(result.ok).toBe(false);
    expect(problemsOf(result)[0]).toMatch(/^2: The entry was changed/);
  });

  it('3. a deleted middle row', async () => {
    await tamper((db) => db.prepare('DELETE FROM kyc_decisions WHERE id = 3').run());
    const problems = problemsOf(await verify());
    expect(problems[0]).toMatch(/^4: The link to the entry before does not match/);
    expect(problems.join('\n')).toMatch(/ends at #5 \(4 entries\)|Customer #\d+'s Email check is approved without/);
  });

  it('4. a deleted last row', async () => {
    await tamper((db) => db.prepare('DELETE FROM kyc_decisions WHERE id = 5').run());
    expect(problemsOf(await verify())).toContain(
      '-: The log ends at #4 (4 entries) but its head records #5 (5 entries): the last entries were deleted',
    );
  });

  it('5. every row deleted', async () => {
    await tamper((db) => db.prepare('DELETE FROM kyc_decisions').run());
    const result = await verify();
    expect(result.checked).toBe(0);
    expect(problemsOf(result)).toContain(
      '-: The log is empty but its head records 5 entries up to #5: every entry was deleted',
    );
    // And the approvals stored in kyc_checks now have no entry behind them.
    expect(problemsOf(result).filter((p) => p.includes('without a matching decision log entry'))).toHaveLength(4);
  });

  it('6. an edited row with the unkeyed chain recomputed after it', async () => {
    await tamper((db) => {
      db.prepare("UPDATE kyc_decisions SET note = 'Looked fine' WHERE id = 2").run();
      recomputeUnkeyed(db);
    });
    const result = await verify();
    const changed = result.problems.filter((p) => p.problem.startsWith('The entry was changed'));
    expect(changed.map((p) => p.id)).toEqual([1, 2, 3, 4, 5]);
    expect(problemsOf(result)).toContain('5: The last entry is not the one the head records');
  });

  it('7. a deleted row with the unkeyed chain recomputed', async () => {
    await tamper((db) => {
      db.prepare('DELETE FROM kyc_decisions WHERE id = 2').run();
      recomputeUnkeyed(db);
    });
    const problems = problemsOf(await verify());
    expect(problems.filter((p) => p.includes('The entry was changed'))).toHaveLength(4);
    expect(problems.join('\n')).toMatch(/ends at #5 \(4 entries\) but its head records #5 \(5 entries\)/);
  });

  it('8. renumbered ids', async () => {
    await tamper((db) => db.prepare('UPDATE kyc_decisions SET id = id + 100').run());
    const result = await verify();
    expect(result.problems.filter((p) => p.problem.startsWith('The entry was changed')).map((p) => p.id)).toEqual([
      101, 102, 103, 104, 105,
    ]);
    expect(problemsOf(result).join('\n')).toMatch(/goes on after its recorded head #5/);
  });

  it('9. a forged row inserted at the end', async () => {
    await tamper((db) => {
      const last = db.prepare('SELECT * FROM kyc_decisions WHERE id = 5').get() as Record<string, unknown>;
      db.prepare(
        `INSERT INTO kyc_decisions (id, at, reviewer, customer_id, "check", outcome, reason, note, file_sha256, prev_hash, hash)
         VALUES (6, ?, 'intruder', ?, 'email', 'approved', NULL, NULL, '[]', ?, ?)`,
      ).run(last.at, last.customer_id, last.hash, 'f'.repeat(64));
    });
    const problems = problemsOf(await verify());
    expect(problems[0]).toMatch(/^6: The entry was changed/);
    expect(problems.join('\n')).toMatch(/goes on after its recorded head #5 \(5 entries\) to #6 \(6\)/);
  });

  it('10. reordered rows', async () => {
    await tamper((db) => {
      db.prepare('UPDATE kyc_decisions SET id = 1002 WHERE id = 2').run();
      db.prepare('UPDATE kyc_decisions SET id = 2 WHERE id = 3').run();
      db.prepare('UPDATE kyc_decisions SET id = 3 WHERE id = 1002').run();
    });
    const ids = (await verify()).problems.map((p) => p.id);
    expect(ids).toContain(2);
    expect(ids).toContain(3);
  });

  it('11. a check set to approved in kyc_checks outside the log', async () => {
    const third = (await makeCustomer(core, 'three@example.com')).id;
    await tamper((db) =>
      db
        .prepare(
          `UPDATE kyc_checks SET state = 'approved', decided_at = '2026-01-01T00:00:00.000Z', decided_by = 'reviewer-a'
           WHERE customer_id = ? AND "check" = 'email'`,
        )
        .run(third),
    );
    expect(problemsOf(await verify())).toEqual([
      `-: Customer #${third}'s Email check is approved without a matching decision log entry`,
    ]);
  });

  it('12. the head file replaced with an older one', async () => {
    const older = join(dataDir, 'older-head.json');
    copyFileSync(headFileOf(dataDir), older);
    await ok(core, 'kyc.decide', {
      customerId: customers[0]!,
      check: 'email',
      outcome: 'rejected',
      reason: 'other',
      note: 'Bounced',
    });
    copyFileSync(older, headFileOf(dataDir));
    expect(problemsOf(await verify())).toEqual([
      '-: The log goes on after its recorded head #5 (5 entries) to #6 (6): the head is older than the log, or entries were added outside the desk',
    ]);
  });

  it('12b. a note with a lone surrogate or a control character is refused at the contract and changes nothing', async () => {
    const before = await verify();
    for (const note of ['Looks fine \uD800', 'Bell \u0007', 'Name \u202Egnp.exe']) {
      const refused = await failure(core, 'kyc.decide', {
        customerId: customers[0],
        check: 'email',
        outcome: 'rejected',
        reason: 'other',
        note,
      });
      expect(refused).toMatchObject({
        code: 'VALIDATION',
        fieldErrors: { note: expect.stringMatching(/^Text contains/) },
      });
    }
    expect(await verify()).toEqual(before);
  });

  it('a missing head file, and a key that did not write the log, are said as such', async () => {
    const otherKey = { key: async () => Buffer.alloc(32, 7), headFile: headFileOf(dataDir) };
    const wrong = await core.storage.read((db) => verifyDecisionLog(sqliteDecisionLog, db, otherKey));
    expect(problemsOf(wrong)).toEqual([
      '-: The decision log was signed with another key: the vault key is missing, replaced or wrong',
    ]);
    const noKey = {
      key: () => Promise.reject(new Error('The vault key is missing')),
      headFile: headFileOf(dataDir),
    };
    const without = await core.storage.read((db) => verifyDecisionLog(sqliteDecisionLog, db, noKey));
    expect(problemsOf(without)).toEqual([
      '-: The decision log cannot be checked without the vault key: The vault key is missing',
    ]);
    unlinkSync(headFileOf(dataDir));
    await tamper(() => undefined);
    expect(problemsOf(await verify())).toEqual([
      '-: The chain head outside the database (in the vault folder) is missing',
    ]);
  });

  it('every export of the log ends with the chain head', async () => {
    const exported = await ok(core, 'kyc.exportLog', { customerId: customers[1] });
    expect(exported.rows).toBe(2);
    expect(exported.head).toMatchObject({ lastId: 5, count: 5 });
    expect(exported.csv.trimEnd().split('\r\n').at(-1)).toBe(
      `# decision-log head: last id 5, 5 entries, mac ${exported.head.mac}`,
    );
  });
});

describe('the upgrade from the unkeyed chain', () => {
  it('re-signs an existing log once with the keyed MAC and records it, with how the old chain stood', async () => {
    // As a release before the keyed chain left it: an unkeyed chain and no head outside the database.
    await core.close();
    unlinkSync(headFileOf(dataDir));
    const db = new Database(join(dataDir, databaseFileName));
    const guards = db
      .prepare("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'kyc_decisions_no_%'")
      .all() as { name: string; sql: string }[];
    for (const guard of guards) db.exec(`DROP TRIGGER ${guard.name}`);
    recomputeUnkeyed(db);
    for (const guard of guards) db.exec(guard.sql);
    db.close();
    core = await open();
    const result = await verify();
    expect(result).toMatchObject({ ok: true, checked: 5, problems: [] });
    expect(result.rechained).toMatchObject({
      entries: 5,
      note: 'Upgraded to the keyed chain (HMAC-SHA256): 5 entries re-signed; the unkeyed chain was intact',
    });
    await core.close();
    core = await open();
    const sql = core.storage.reader.$client;
    expect(sql.prepare("SELECT count(*) FROM audit_log WHERE entity = 'decision-log'").pluck().get()).toBe(1);
    expect((await verify()).ok).toBe(true);
    // The append-only guard is back after the upgrade.
    expect(() => core.storage.writer.$client.prepare("UPDATE kyc_decisions SET note = 'x' WHERE id = 1").run()).toThrow(
      /append-only/,
    );
  });
});
