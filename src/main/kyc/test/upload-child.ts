/**
 * Run by the crash test in its own process: uploads a file and stops dead at the named point
 * of the vault write (after the temp file, or after the rename) until the test kills it.
 */
import { writeSync } from 'node:fs';
import { openCore } from '../../core';
import { base64, pdfBytes } from './fixtures';
import { testVaultPassphrase } from '../../test-support';

const [dataDir, pausePoint] = process.argv.slice(2);
if (!dataDir || (pausePoint !== 'afterTempWritten' && pausePoint !== 'afterCommit')) {
  throw new Error('usage: upload-child.ts DATA_DIR afterTempWritten|afterCommit');
}

function freeze(file: string): void {
  writeSync(1, `paused ${file}\n`);
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);
}

const core = await openCore({
  dataDir,
  migrationsFolder: 'drizzle',
  vaultPassphrase: testVaultPassphrase,
  vaultHooks: { [pausePoint]: freeze },
});
const result = await core.router.call('documents.upload', {
  customerId: 1,
  slot: 'docFile1',
  fileName: 'passport.pdf',
  contentBase64: base64(await pdfBytes('Interrupted upload')),
});
throw new Error(`The upload finished instead of pausing: ${JSON.stringify(result)}`);
