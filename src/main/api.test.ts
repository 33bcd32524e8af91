import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiError } from '../shared/errors';
import { createRouter, type Handlers } from './api';
import { failure, newCustomer, ok, openTestCore, rowCount } from './test-support';

type TestCore = Awaited<ReturnType<typeof openTestCore>>;

const changeTables = ['customers', 'customer_labels', 'audit_log', 'kyc_checks', 'customer_search'];

function snapshot(core: TestCore) {
  return Object.fromEntries(changeTables.map((table) => [table, rowCount(core, table)]));
}

describe('API router', () => {
  let core: TestCore;
  beforeEach(async () => {
    core = await openTestCore();
  });
  afterEach(() => core.dispose());

  it('answers NOT_FOUND for an operation that does not exist', async () => {
    expect(await failure(core, 'customers.destroyEverything' as never, {})).toEqual({
      code: 'NOT_FOUND',
      message: 'Unknown operation "customers.destroyEverything"',
    });
  });

  it('refuses bad input with a message per field and changes nothing', async () => {
    await ok(core, 'customers.create', newCustomer());
    const before = snapshot(core);
    const error = await failure(core, 'customers.create', {
      firstName: '  ',
      email: 'not-an-email',
      gender: 'robot',
      country: 'Atlantis',
      affiliateProfitShare: '12.345',
      labels: ['vip'],
    });
    expect(error.code).toBe('VALIDATION');
    expect(error.fieldErrors).toMatchObject({
      firstName: 'First name is required',
      email: 'Enter a valid email address, like name@example.com',
      gender: 'Select a gender: male, female or other',
      country: 'Select a country from the list',
      affiliateProfitShare: 'Affiliate profit share can have at most two decimal places',
    });
    expect(snapshot(core)).toEqual(before);
  });

  it('refuses a bad update without touching the stored customer', async () => {
    const created = await ok(core, 'customers.create', newCustomer());
    const before = snapshot(core);
    const error = await failure(core, 'customers.update', {
      id: created.id,
      version: created.version,
      customer: { ...newCustomer(), email: 'broken@', phone: '12' },
    });
    expect(error.code).toBe('VALIDATION');
    expect(Object.keys(error.fieldErrors ?? {})).toEqual(expect.arrayContaining(['customer.email']));
    expect(snapshot(core)).toEqual(before);
    expect(await ok(core, 'customers.get', { id: created.id })).toEqual(created);
  });

  it('reports a nested field by its dotted path', async () => {
    const error = await failure(core, 'customers.create', newCustomer({ billing: { country: 'Narnia' } }));
    expect(error.fieldErrors).toEqual({ 'billing.country': 'Select a country from the list' });
  });

  describe('answers', () => {
    const internal: unknown[] = [];
    const router = createRouter(
      {
        'customers.count': () => ({ total: 'lots' }),
        'customers.labels': () => {
          throw new Error('disk on fire');
        },
        'customers.get': ({ id }: { id: number }) => {
          throw new ApiError('NOT_FOUND', `Customer #${id} does not exist`);
        },
      } as unknown as Handlers,
      (error) => internal.push(error),
    );

    it('never lets a value outside the contract out, and reports it', async () => {
      const result = await router.call('customers.count', {});
      expect(result).toEqual({
        ok: false,
        error: { code: 'INTERNAL', message: 'The application produced an invalid answer' },
      });
      expect(String(internal.at(-1))).toContain('customers.count returned a value outside its contract');
    });

    it('hides unexpected errors behind INTERNAL and passes ApiErrors through', async () => {
      expect(await router.call('customers.labels', {})).toEqual({
        ok: false,
        error: { code: 'INTERNAL', message: 'Something went wrong; nothing was changed' },
      });
      expect(String(internal.at(-1))).toContain('disk on fire');
      expect(await router.call('customers.get', { id: 7 })).toEqual({
        ok: false,
        error: { code: 'NOT_FOUND', message: 'Customer #7 does not exist' },
      });
    });

    it('answers INTERNAL even when the logger of internal errors throws', async () => {
      const quiet = createRouter(
        {
          'customers.labels': () => {
            throw new TypeError('x is undefined at /src/secret.ts:12');
          },
        } as unknown as Handlers,
        () => {
          throw new Error('log full');
        },
      );
      expect(await quiet.call('customers.labels', {})).toEqual({
        ok: false,
        error: { code: 'INTERNAL', message: 'Something went wrong; nothing was changed' },
      });
    });
  });

  it('answers input that is not an object with VALIDATION, never a TypeError', async () => {
    for (const input of [null, undefined, 42, 'text', [], true]) {
      expect((await failure(core, 'customers.create', input)).code).toBe('VALIDATION');
    }
  });

  it('takes ids only as whole numbers above 0, never coerced', async () => {
    const created = await ok(core, 'customers.create', newCustomer());
    for (const id of [String(created.id), true, [created.id], -1, 0, 1.5, null, Number.NaN, 2 ** 64]) {
      const error = await failure(core, 'customers.get', { id });
      expect(error).toMatchObject({ code: 'VALIDATION', fieldErrors: { id: 'Customer id is a whole number above 0' } });
    }
    const decided = await failure(core, 'kyc.decide', { customerId: true, check: 'email', outcome: 'approved' });
    expect(decided.code).toBe('VALIDATION');
  });

  it('answers NOT_FOUND for deleting what does not exist, and changes nothing', async () => {
    const before = snapshot(core);
    expect((await failure(core, 'imports.presets.delete', { id: 987 })).code).toBe('NOT_FOUND');
    expect((await failure(core, 'imports.presets.delete', { id: -1 })).code).toBe('VALIDATION');
    expect((await failure(core, 'documents.delete', { documentId: 987, reason: 'not there' })).code).toBe('NOT_FOUND');
    expect(snapshot(core)).toEqual(before);
  });
});
