import { execFileSync } from 'node:child_process';
import { e2eVaultPassphrase, type RunningHost } from './web-host';

/**
 * Fills the host's desk with sample customers and their activity (`npm run cli -- seed`): the host
 * is closed while the CLI writes, then started again on the same data folder.
 */
export async function seedDesk(host: RunningHost, customers: number): Promise<void> {
  await host.closedWhile(() =>
    execFileSync(
      process.execPath,
      ['--import', 'tsx', 'src/host/cli.ts', 'seed', '--customers', String(customers), '--data', host.dataDir],
      // The CLI opens the host's vault with the host's passphrase (the decision log is keyed from it).
      { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, KYC_VAULT_PASSPHRASE: e2eVaultPassphrase } },
    ),
  );
}
