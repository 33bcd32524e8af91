import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface RunningHost {
  url: string;
  token: string;
  dataDir: string;
  /**
   * Closes the host, runs `work` on its data folder (e.g. the CLI, which the data-folder lock
   * keeps out while the host is open) and starts it again: `url` and `token` are then the new host's.
   */
  closedWhile(work: () => void): Promise<void>;
  /** Stops the host; the data folder is removed unless `keepData` (to start another host on it). */
  stop(options?: { keepData?: boolean }): Promise<void>;
}

/** The vault passphrase every test host gets unless a test asks for the lock screen (`null`). */
export const e2eVaultPassphrase = 'end to end passphrase';

/** Runs `src/host/web.ts` on `dataDir` and a free port; resolves once it says where. */
async function spawnHost(
  dataDir: string,
  vaultPassphrase: string | null,
): Promise<{ child: ChildProcess; url: string }> {
  const env = { ...process.env };
  delete env.KYC_VAULT_PASSPHRASE;
  if (vaultPassphrase !== null) env.KYC_VAULT_PASSPHRASE = vaultPassphrase;
  const child: ChildProcess = spawn(
    process.execPath,
    ['--import', 'tsx', 'src/host/web.ts', '--data', dataDir, '--port', '0'],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
      env,
    },
  );
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`web host did not start:\n${output}`)), 30_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /running at (http:\/\/\S+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`web host exited (${code}):\n${output}`)));
  });
  // A host that dies during a test says why, in the test's output.
  child.once('exit', (code, signal) => {
    if (!stopping.has(child)) process.stderr.write(`web host on ${dataDir} exited (${code ?? signal}):\n${output}\n`);
  });
  return { child, url };
}

/** Hosts being stopped by the tests themselves. */
const stopping = new WeakSet<ChildProcess>();

function ended(child: ChildProcess): Promise<void> {
  return new Promise<void>((resolve) => {
    stopping.add(child);
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

/** Starts the real browser host (`src/host/web.ts`) on a fresh data folder and a free port. */
export async function startHost(
  dataDir = mkdtempSync(join(tmpdir(), 'kyc-desk-e2e-')),
  vaultPassphrase: string | null = e2eVaultPassphrase,
): Promise<RunningHost> {
  let running = await spawnHost(dataDir, vaultPassphrase);
  const host: RunningHost = {
    url: running.url,
    token: new URL(running.url).searchParams.get('token') ?? '',
    dataDir,
    async closedWhile(work) {
      await ended(running.child);
      work();
      running = await spawnHost(dataDir, vaultPassphrase);
      host.url = running.url;
      host.token = new URL(running.url).searchParams.get('token') ?? '';
    },
    async stop(options) {
      await ended(running.child);
      if (!options?.keepData) rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return host;
}
