/**
 * Run by the data-folder lock test in its own process: opens the core on DATA_DIR as a host
 * does, says "open", and keeps it open until its stdin ends; a refusal is printed on one line.
 */
import { openCore } from '../../core';
import { testVaultPassphrase } from '../../test-support';

const [dataDir] = process.argv.slice(2);
if (!dataDir) throw new Error('usage: open-data-folder.ts DATA_DIR');

try {
  const core = await openCore({ dataDir, migrationsFolder: 'drizzle', vaultPassphrase: testVaultPassphrase });
  process.stdout.write('open\n');
  process.stdin.resume();
  process.stdin.on('end', () => void core.close().then(() => process.exit(0)));
} catch (error) {
  process.stderr.write(`${(error as Error).message}\n`);
  process.exit(3);
}
