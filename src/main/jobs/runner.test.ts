import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { jobProgressTopic, type JobInfo } from '../../shared/jobs/contract';
import { chosenFile, ok } from '../test-support';
import { openCore, type Core } from '../core';
import { testVaultPassphrase } from '../test-support';

const fixture = join(import.meta.dirname, '../../../tests/fixtures/import/windows-1252.csv');
let core: Core;

beforeEach(async () => {
  core = await openCore({
    dataDir: mkdtempSync(join(tmpdir(), 'kyc-jobs-')),
    migrationsFolder: 'drizzle',
    vaultPassphrase: testVaultPassphrase,
  });
});
afterEach(() => core.close());

it('runs writing jobs one at a time, reports each state as an event, and lists them', async () => {
  const events: JobInfo[] = [];
  core.events.on(jobProgressTopic, (job) => events.push(job));
  const source = chosenFile(core, fixture);
  const { mapping } = await ok(core, 'imports.inspect', { source });
  const input = { source, mapping, mode: 'upsertEmail' as const };

  const a = await ok(core, 'imports.start', input);
  const b = await ok(core, 'imports.start', input);
  expect(a.state).toBe('running');
  expect(b.state).toBe('queued');

  // The main thread stays free while a worker imports.
  expect(await core.router.call('customers.count', {})).toMatchObject({ ok: true });

  expect((await core.jobs.wait(a)).state).toBe('done');
  const finished = await core.jobs.wait(b);
  expect(finished).toMatchObject({ state: 'done', done: 3, total: 3 });
  expect(finished.result).toMatchObject({ toCreate: 0, unchanged: 3 });

  const statesOf = (id: string) => events.filter((e) => e.id === id).map((e) => e.state);
  expect(statesOf(b.id)).toEqual(expect.arrayContaining(['queued', 'running', 'done']));
  expect(events.findIndex((e) => e.id === b.id && e.state === 'running')).toBeGreaterThan(
    events.findIndex((e) => e.id === a.id && e.state === 'done'),
  );

  expect((await ok(core, 'jobs.list', {})).map((job) => job.id)).toEqual([b.id, a.id]);
  expect(await core.router.call('jobs.get', { id: 'nope' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
});
