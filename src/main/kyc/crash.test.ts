import { spawn } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openCore } from '../core';
import { VaultStore } from '../vault/store';
import { makeCustomer, ok, tempDataDir } from './test/fixtures';
import { testVaultPassphrase } from '../test-support';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Starts an upload in a child process, waits until it froze at `point`, then kills it (SIGKILL). */
function uploadAndKill(dataDir: string, point: 'afterTempWritten' | 'afterCommit'): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main/kyc/test/upload-child.ts', dataDir, point], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    let errors = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const paused = /^paused (.+)$/m.exec(output);
      if (paused) child.kill('SIGKILL');
    });
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.on('exit', (_code, signal) => {
      const paused = /^paused (.+)$/m.exec(output);
      if (signal === 'SIGKILL' && paused?.[1]) resolve(paused[1]);
      else reject(new Error(`The child did not pause: ${output}${errors}`));
    });
  });
}

async function preparedDataDir(): Promise<string> {
  const dataDir = tempDataDir();
  dirs.push(dataDir);
  const core = await openCore({ dataDir, migrationsFolder: 'drizzle', vaultPassphrase: testVaultPassphrase });
  await makeCustomer(core, 'crash@example.com');
  await core.close();
  return dataDir;
}

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

describe('an upload killed half way', () => {
  it('leaves no half file and no row when the process dies while writing the file', async () => {
    const dataDir = await preparedDataDir();
    const temp = await uploadAndKill(dataDir, 'afterTempWritten');
    expect(existsSync(temp)).toBe(true);

    const core = await openCore({ dataDir, migrationsFolder: 'drizzle', vaultPassphrase: testVaultPassphrase });
    try {
      expect(filesUnder(join(dataDir, 'vault', 'tmp'))).toEqual([]);
      expect(filesUnder(join(dataDir, 'vault', 'files'))).toEqual([]);
      const slots = await ok(core, 'documents.list', { customerId: 1 });
      expect(slots.every((slot) => slot.current === null && slot.history.length === 0)).toBe(true);
      expect((await ok(core, 'kyc.review', { customerId: 1 })).checks.find((c) => c.check === 'document')?.state).toBe(
        'not_submitted',
      );
    } finally {
      await core.close();
    }
  });

  it('leaves a whole file and no row when it dies between the file and the row; the orphan goes later', async () => {
    const dataDir = await preparedDataDir();
    const file = await uploadAndKill(dataDir, 'afterCommit');

    const core = await openCore({ dataDir, migrationsFolder: 'drizzle', vaultPassphrase: testVaultPassphrase });
    try {
      const count = core.storage.reader.$client.prepare('SELECT count(*) AS n FROM documents').get() as { n: number };
      expect(count.n).toBe(0);
      expect(filesUnder(join(dataDir, 'vault', 'tmp'))).toEqual([]);
      // Complete and readable: the name is the SHA-256 of what decrypts.
      const vault = new VaultStore(
        dataDir,
        { passphrase: testVaultPassphrase },
        { documentCount: async () => 0, referencedFiles: async () => [] },
      );
      const sha256 = file.split('/').at(-1)!;
      expect((await vault.read(sha256)).subarray(0, 5).toString()).toBe('%PDF-');
      // Another process might still be about to write its row, so only an old orphan is removed.
      expect(vault.removeLeftovers(() => false)).toBe(0);
      expect(vault.removeLeftovers(() => false, Date.now() + 11 * 60 * 1000)).toBe(1);
      expect(filesUnder(join(dataDir, 'vault', 'files'))).toEqual([]);
    } finally {
      await core.close();
    }
  });
});
