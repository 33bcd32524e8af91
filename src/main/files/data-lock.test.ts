import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { ApiError } from '../../shared/errors';
import { lockDataFolder, lockFileName } from './data-lock';

let dataDir: string;
beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'kyc-lock-'));
});
afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

/** A process that opens the core on `folder`; resolves once it is open or has ended. */
function opener(folder: string) {
  const child = spawn(process.execPath, [
    '--import',
    'tsx',
    join(import.meta.dirname, 'test/open-data-folder.ts'),
    folder,
  ]);
  let stdout = '';
  let stderr = '';
  const settled = new Promise<{ opened: boolean; code: number | null }>((resolve) => {
    child.stdout.on('data', (data: Buffer) => {
      stdout += data.toString();
      if (stdout.includes('open')) resolve({ opened: true, code: null });
    });
    child.stderr.on('data', (data: Buffer) => (stderr += data.toString()));
    child.on('exit', (code) => resolve({ opened: false, code }));
  });
  const ended = new Promise<number | null>((resolve) => child.on('exit', resolve));
  return { child, settled, ended, stderr: () => stderr };
}

it('two processes starting at once on an empty data folder: one opens, the other says it is open elsewhere', async () => {
  const folder = join(dataDir, 'data');
  const [a, b] = [opener(folder), opener(folder)];
  const outcomes = await Promise.all([a.settled, b.settled]);
  const winner = outcomes[0]?.opened ? a : b;
  const loser = winner === a ? b : a;
  expect(outcomes.filter((outcome) => outcome.opened)).toHaveLength(1);
  expect(await loser.ended).toBe(3);
  expect(loser.stderr().trim()).toBe(`KYC Desk is already open with this data folder (pid ${winner.child.pid})`);
  // The one that opened closes cleanly and lets go of the folder.
  winner.child.stdin.end();
  expect(await winner.ended).toBe(0);
  expect(existsSync(join(folder, lockFileName))).toBe(false);
}, 120_000);

it('takes over a lock whose process is gone, and refuses a second holder in the same process', () => {
  // A pid that cannot be running: beyond any kernel's pid_max.
  writeFileSync(join(dataDir, lockFileName), '2147483646\n');
  const release = lockDataFolder(dataDir);
  expect(() => lockDataFolder(dataDir)).toThrow(
    new ApiError('CONFLICT', `KYC Desk is already open with this data folder (pid ${process.pid})`),
  );
  release();
  expect(existsSync(join(dataDir, lockFileName))).toBe(false);
  lockDataFolder(dataDir)();
});
