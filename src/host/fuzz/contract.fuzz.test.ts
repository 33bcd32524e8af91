import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, operationNames, type OperationName } from '../../shared/api';
import { errorCodes, type ApiResult } from '../../shared/errors';
import { startWebHost, type WebHost } from '../web-server';
import { base64, pngBytes } from '../../main/kyc/test/fixtures';
import { newCustomer, ok, openTestCore } from '../../main/test-support';
import { inputArbitrary } from './input-arbitrary';

type TestCore = Awaited<ReturnType<typeof openTestCore>>;

/** Fixed, so a failure found in CI is found again on any machine. */
const seed = 20261201;
/** Bounded so the whole file takes well under a minute; an operation that starts a job (a worker thread) runs fewer. */
const runsPerOperation = { router: 16, http: 6 };
/** Its answer is a JobInfo: a union of states, each with a kind (jobs/job-info.ts). */
function startsJob(name: OperationName): boolean {
  const output = api[name].output as { options?: { shape?: Record<string, unknown> }[] };
  return output.options?.every(({ shape }) => shape !== undefined && 'kind' in shape && 'state' in shape) ?? false;
}
const typedCodes = errorCodes.filter((code) => code !== 'INTERNAL');

let core: TestCore;
let host: WebHost;

/**
 * Every table's row count and a hash of all its rows, read straight from the SQLite file.
 * SQLite's own tables (planner statistics a job's connection refreshes as it closes) are not data.
 */
function fingerprint(): Record<string, string> {
  const sqlite = core.storage.reader.$client;
  const tables = sqlite
    .prepare(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name",
    )
    .pluck()
    .all() as string[];
  return Object.fromEntries(
    tables.map((table) => {
      const rows = sqlite.prepare(`SELECT * FROM "${table}"`).raw().all();
      const hash = createHash('sha256');
      for (const row of rows)
        hash.update(
          JSON.stringify(row, (_key, value: unknown) => (Buffer.isBuffer(value) ? value.toString('hex') : value)),
        );
      return [table, `${rows.length}:${hash.digest('hex')}`];
    }),
  );
}

/** A started job finishes before the next input, so what it writes is never taken for a rejected input's write. */
async function settle(value: unknown): Promise<void> {
  if (typeof value === 'object' && value !== null && 'kind' in value && 'state' in value && 'id' in value) {
    await core.jobs.wait(value as unknown as Parameters<TestCore['jobs']['wait']>[0]);
  }
}

type Call = (name: OperationName, input: unknown) => Promise<ApiResult<unknown>>;

async function httpCall(name: OperationName, input: unknown): Promise<ApiResult<unknown>> {
  const body = input === undefined ? undefined : JSON.stringify(input);
  const response = await fetch(`${new URL(host.url).origin}/api/${name}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${host.token}`, 'content-type': 'application/json' },
    body,
  });
  expect(response.status).toBe(200);
  return (await response.json()) as ApiResult<unknown>;
}

/** The invariant for one input: success, or a typed error (never INTERNAL) and the database as it was. */
async function checkInput(call: Call, name: OperationName, input: unknown): Promise<void> {
  const before = fingerprint();
  const result = await call(name, input);
  if (result.ok) return settle(result.value);
  expect(typedCodes, `${name} answered ${JSON.stringify(result.error)}`).toContain(result.error.code);
  expect(Object.keys(result.error).sort()).toEqual(expect.arrayContaining(['code', 'message']));
  expect(fingerprint(), `${name} was refused (${result.error.code}) but the database changed`).toEqual(before);
}

beforeAll(async () => {
  core = await openTestCore();
  // Records with small ids, so generated ids sometimes find one.
  const customer = await ok(core, 'customers.create', newCustomer());
  await ok(core, 'customers.create', newCustomer({ email: 'grace@example.com', firstName: 'Grace' }));
  await ok(core, 'monitors.create', { name: 'Monitor one', url: 'https://example.com' });
  await ok(core, 'imports.presets.save', { name: 'Preset one', mapping: { columns: {}, constants: {} } });
  await ok(core, 'documents.upload', {
    customerId: customer.id,
    slot: 'photo',
    fileName: 'face.png',
    contentBase64: base64(pngBytes),
  });
  const rendererDir = join(core.dataDir, 'renderer-for-fuzz');
  mkdirSync(rendererDir);
  host = await startWebHost(core, rendererDir, 0);
});
afterAll(async () => {
  await host.close();
  await core.dispose();
});

describe.each([
  ['the router', (name: OperationName, input: unknown) => core.router.call(name, input), runsPerOperation.router],
  ['the HTTP transport', httpCall, runsPerOperation.http],
] as const)('every operation through %s, with generated and hostile input', (_transport, call, numRuns) => {
  it.each(operationNames)('%s: success or a typed error, and a refusal changes nothing', async (name) => {
    await fc.assert(
      fc.asyncProperty(inputArbitrary(api[name].input), (input) => checkInput(call, name, input)),
      { seed, numRuns: startsJob(name) ? Math.ceil(numRuns / 4) : numRuns, endOnFailure: true },
    );
  });
});
