/**
 * Run by the crash test in its own process: starts an import, says "committed" once a batch of
 * it is in the database, then carries on until the test kills the process (SIGKILL).
 */
import { writeSync } from 'node:fs';
import { openCore } from '../../core';
import { testVaultPassphrase } from '../../test-support';

const [dataDir, options] = process.argv.slice(2);
if (!dataDir || !options) throw new Error('usage: import-until-killed.ts DATA_DIR OPTIONS_JSON');

const core = await openCore({ dataDir, migrationsFolder: 'drizzle', vaultPassphrase: testVaultPassphrase });
const input = JSON.parse(options) as { source: { kind: string; path?: string } };
// The test hands this process its file as the CLI is handed one: a trusted caller registers it.
if (input.source.path) core.trustedPaths.add(input.source.path);
const started = await core.router.call('imports.start', input);
if (!started.ok) throw new Error(started.error.message);
for (;;) {
  const history = await core.router.call('imports.history', {});
  const [entry] = history.ok ? history.value : [];
  if (entry && entry.committedRows > 0) break;
  await new Promise((resolve) => setTimeout(resolve, 20));
}
writeSync(1, 'committed\n');
await core.jobs.wait(started.value);
throw new Error('The import finished before the test killed this process');
