import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, expectTypeOf, it } from 'vitest';
import type { EventOf } from '../../shared/events';
import type { ImportReport } from '../../shared/imports/contract';
import { jobInfo, jobProgressTopic, type JobInfo, type JobInfoOf } from '../../shared/jobs/contract';
import { databaseFileName } from '../core';
import { WriteTurn } from '../db/sqlite/write-turn';
import { CoreEvents } from '../events';
import { openTestCore } from '../test-support';
import { JobRunner } from './runner';
import type { Misbehaviour } from './test/misbehaving-worker';

let core: Awaited<ReturnType<typeof openTestCore>>;
let runner: JobRunner;
let logged: unknown[];

beforeEach(async () => {
  core = await openTestCore();
  logged = [];
  runner = new JobRunner(core.events, join(core.dataDir, databaseFileName), core.dataDir, new WriteTurn(), {
    onInternalError: (error) => logged.push(error),
    worker: {
      url: new URL('./tsx-worker.mjs', import.meta.url),
      entry: new URL('./test/misbehaving-worker.ts', import.meta.url).href,
    },
  });
});
afterEach(() => {
  runner.cancelAll();
  core.dispose();
});

/** Starts the misbehaving worker's `import.check` task (its params only name the misbehaviour). */
function start(misbehaviour: Misbehaviour) {
  const params = {
    options: {
      kind: 'customers' as const,
      source: { kind: 'path' as const, path: 'unused.csv' },
      mapping: { columns: {}, constants: {}, values: {} },
      mode: 'insert' as const,
      onInvalid: 'skip' as const,
      onWarning: 'import' as const,
    },
    filePath: 'unused.csv',
    facts: {
      fileName: 'unused.csv',
      size: 0,
      format: 'csv' as const,
      sheets: [],
      sheet: null,
      encoding: 'utf-8' as const,
      delimiter: ',',
      headers: [],
      sample: [],
    },
    actor: misbehaviour,
    reportName: 'unused.csv',
    expectedRows: null,
  };
  return runner.start('import.check', params, { label: `Check that misbehaves: ${misbehaviour}` });
}

it('an ApiError thrown in a task reaches the JobInfo as the same typed error', async () => {
  const job = await runner.wait(start('validation'));
  expect(job).toMatchObject({ state: 'failed', result: null });
  expect(job.error).toEqual({
    code: 'VALIDATION',
    message: 'The file changed since it was checked',
    fieldErrors: { mapping: 'The column "E-mail" is no longer in the file' },
  });
  // As the contract's jobs.get and job.progress carry it.
  expect(jobInfo.parse(job)).toEqual(job);
  expect(logged).toEqual([]);
});

it('any other error becomes INTERNAL without its message, which is logged on the main side only', async () => {
  const job = await runner.wait(start('plainError'));
  expect(job.state).toBe('failed');
  expect(job.error).toEqual({ code: 'INTERNAL', message: 'The job stopped on an unexpected error' });
  expect(JSON.stringify(job)).not.toContain('secret');
  expect(String(logged[0])).toContain('ENOENT: no such file /home/ada/secret-customers.csv');
  expect((logged[0] as Error).stack).toContain('misbehaving-worker.ts');
});

it('SQLite busy in a worker becomes the typed, retryable BUSY error', async () => {
  const holder = new Database(join(core.dataDir, databaseFileName));
  holder.exec('BEGIN IMMEDIATE');
  try {
    const job = await runner.wait(start('busy'));
    expect(job.error).toMatchObject({ code: 'BUSY' });
  } finally {
    holder.exec('ROLLBACK');
    holder.close();
  }
});

it('refuses a result outside its kind’s schema: the job fails as INTERNAL and the mismatch is logged', async () => {
  const job = await runner.wait(start('resultOutsideSchema'));
  expect(job).toMatchObject({ state: 'failed', result: null, error: { code: 'INTERNAL' } });
  expect(String(logged[0])).toMatch(/import\.check job .* answered outside its result schema/);
  expect(String(logged[0])).toContain('toCreate');
});

it('a cancelled job stays cancelled, with no error', async () => {
  const started = start('untilCancelled');
  await new Promise<void>((resolve) => {
    const stop = core.events.on(jobProgressTopic, (job) => {
      if (job.id === started.id && job.state === 'running' && job.done > 0) {
        stop();
        resolve();
      }
    });
  });
  runner.cancel(started.id);
  expect(await runner.wait(started)).toMatchObject({ state: 'cancelled', error: null, result: null });
});

it('types results by job kind and event payloads by topic', () => {
  const events = new CoreEvents();
  events.on('job.progress', (job) => expectTypeOf(job).toEqualTypeOf<JobInfo>());
  events.on('kyc.changed', (payload) => expectTypeOf(payload).toEqualTypeOf<{ customerId: number }>());
  expectTypeOf<EventOf<'kyc.changed'>>().toEqualTypeOf<{ customerId: number }>();
  // @ts-expect-error the payload of kyc.changed is { customerId }
  events.emit('kyc.changed', { id: 1 });
  // @ts-expect-error no such topic
  events.emit('job.finished', {});
  expectTypeOf<Extract<JobInfoOf<'import.run'>, { state: 'done' }>['result']>().toEqualTypeOf<ImportReport>();
  expectTypeOf<Exclude<JobInfoOf<'import.run'>, { state: 'done' }>['result']>().toEqualTypeOf<null>();
});
