import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ImportRecord } from '../../../shared/imports/contract';
import { chosenFile, doneJob, failure, newCustomer, ok, openTestCore, rowCount } from '../../test-support';

/** An exchanges import in batches, on a real SQLite file and real worker threads: cancel, then resume. */
let core: Awaited<ReturnType<typeof openTestCore>>;
let filesDir: string;

beforeEach(async () => {
  core = await openTestCore('importer');
  filesDir = mkdtempSync(join(tmpdir(), 'kyc-activity-batches-'));
  await ok(core, 'customers.create', newCustomer({ email: 'ada@example.com' }));
});
afterEach(async () => {
  await core.dispose();
  rmSync(filesDir, { recursive: true, force: true });
});

/** `count` exchanges of one customer as a German Excel writes them (semicolons, decimal commas). */
function exchangesFile(count: number): string {
  const file = join(filesDir, `exchanges-${count}.csv`);
  const header =
    'Order ID;Email;Date;Amount sent;Send currency;Amount received;Receive currency;Rate;Fee;Profit;Profit currency;Profit base rate;Wallet;Status';
  const rows = Array.from(
    { length: count },
    (_, i) =>
      `EX-B${i};ada@example.com;02.11.2026 10:15;1.100,00;EUR;1.182,50;USD;1,075;0;1,00;EUR;1,08;DE89370400440532013000;Completed`,
  );
  writeFileSync(file, `\uFEFF${header}\r\n${rows.join('\r\n')}\r\n`);
  return file;
}

async function history(): Promise<ImportRecord> {
  const [entry] = await ok(core, 'imports.history', {});
  return entry as ImportRecord;
}

describe('an exchanges import in batches', () => {
  it('cancelled part way keeps its committed exchanges and says so; resumed, it adds exactly the rest', async () => {
    const count = 20_000;
    const source = chosenFile(core, exchangesFile(count));
    const { mapping } = await ok(core, 'imports.inspect', { source, kind: 'exchanges' });
    const started = await ok(core, 'imports.start', { kind: 'exchanges', source, mapping });
    for (;;) {
      const entry = await history().catch(() => undefined);
      if (entry && entry.committedRows > 0) break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await ok(core, 'jobs.cancel', { id: started.id });
    expect((await core.jobs.wait(started.id)).state).toBe('cancelled');

    const stopped = await history();
    expect(stopped).toMatchObject({ kind: 'exchanges', state: 'cancelled', resumable: true, undoable: false });
    expect(stopped.committedRows).toBeGreaterThan(0);
    expect(stopped.committedRows).toBeLessThan(count);
    // The entry says exactly what is stored: every committed row made an exchange.
    expect(rowCount(core, 'exchanges')).toBe(stopped.created);
    expect(stopped.message).toMatch(/^Cancelled; rows up to [\d,]+ are in\. Resume it to import the rest$/);
    // The ledger and an exchange's history are append-only: nothing to undo.
    expect((await failure(core, 'imports.undo', { id: stopped.id })).code).toBe('CONFLICT');

    const resumed = await doneJob(core, await ok(core, 'imports.resume', { id: stopped.id }));
    expect(resumed.result).toMatchObject({ importId: stopped.id, rows: count, toCreate: count, invalid: 0 });
    expect(await history()).toMatchObject({ id: stopped.id, state: 'done', created: count, skipped: 0 });
    expect(rowCount(core, 'exchanges')).toBe(count);
  });
});
