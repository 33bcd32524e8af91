import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { InputOf, OperationName, OutputOf } from '../shared/api';
import type { ApiErrorBody } from '../shared/errors';
import { isDone, type JobInfoOf, type JobKind } from '../shared/jobs/contract';
import type { CustomerInput } from '../shared/customers/schema';
import { openCore, type Core } from './core';
import { insertExchange, type NewExchange } from './exchanges/insert';

/** Protects the vault key of every test core (the hosts take theirs from KYC_VAULT_PASSPHRASE). */
export const testVaultPassphrase = 'correct horse battery staple';

/** A core on a fresh data folder, for integration tests; `dispose` closes it and removes the folder. */
export async function openTestCore(actor = 'tester'): Promise<Core & { dispose(): Promise<void> }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'kyc-test-'));
  const core = await openCore({
    dataDir,
    migrationsFolder: 'drizzle',
    vaultPassphrase: testVaultPassphrase,
    actor: () => actor,
    onInternalError: () => undefined,
  });
  return Object.assign(core, {
    async dispose() {
      await core.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  });
}

/** A file the person chose: registered with the core as Electron's native dialog does, then named by path. */
export function chosenFile(core: Core, path: string): { kind: 'path'; path: string } {
  core.trustedPaths.add(path);
  return { kind: 'path', path };
}

/** Stores a real PDF in a customer's proof-of-address slot: the vault and its key then exist. */
export function uploadProof(core: Core, customerId: number) {
  const pdf = readFileSync(join(import.meta.dirname, '../../tests/fixtures/kyc/proof-of-address.pdf'));
  return ok(core, 'documents.upload', {
    customerId,
    slot: 'addressFile',
    fileName: 'proof.pdf',
    contentBase64: pdf.toString('base64'),
  });
}

/** Calls an operation that must succeed and returns its value. */
export async function ok<N extends OperationName>(core: Core, name: N, input: InputOf<N>): Promise<OutputOf<N>> {
  const result = await core.router.call(name, input);
  if (!result.ok) throw new Error(`${name} failed: ${JSON.stringify(result.error)}`);
  return result.value as OutputOf<N>;
}

/** Waits for a job that must end done; returns it, its result typed by its kind. */
export async function doneJob<K extends JobKind>(
  core: Core,
  started: { id: string; kind: K },
): Promise<Extract<JobInfoOf<K>, { state: 'done' }>> {
  const job = await core.jobs.wait(started);
  if (!isDone(job)) throw new Error(`${job.label}: ${job.state} ${JSON.stringify(job.error)}`);
  return job;
}

/** Calls an operation that must fail and returns its error. */
export async function failure(core: Core, name: OperationName, input: unknown): Promise<ApiErrorBody> {
  const result = await core.router.call(name, input);
  if (result.ok) throw new Error(`${name} unexpectedly succeeded: ${JSON.stringify(result.value)}`);
  return result.error;
}

/** A valid new customer; `overrides` replace fields. */
export function newCustomer(overrides: Partial<CustomerInput> = {}): CustomerInput {
  return {
    firstName: 'Ada',
    lastName: 'Lovelace',
    email: 'ada@example.com',
    gender: 'female',
    country: 'GB',
    affiliateProfitShare: '0',
    ...overrides,
  };
}

/** Rows in a table, read straight from SQLite. */
export function rowCount(core: Core, table: string): number {
  return core.storage.reader.$client.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
}

let references = 0;

/** Stores an exchange as the platform reports one (the seed and the import write them so). */
export function addExchange(core: Core, customerId: number, overrides: Partial<NewExchange> = {}): Promise<number> {
  references += 1;
  const exchange: NewExchange = {
    reference: `EX-T${String(references).padStart(6, '0')}`,
    customerId,
    createdAt: '2026-11-02T10:00:00.000Z',
    sent: { amount: '10000', currency: 'EUR' },
    received: { amount: '25000000', currency: 'USDT' },
    rate: '2500',
    fee: { amount: '150', currency: 'EUR' },
    profit: { amount: '300', currency: 'EUR' },
    profitBaseRate: '1.08',
    receivingAccount: 'TXYZ1234567890abcdef',
    status: 'processing',
    ...overrides,
  };
  return core.storage.withTransaction((tx) => insertExchange(tx, exchange, 'platform', 'Imported'));
}
