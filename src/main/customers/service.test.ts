import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { failure, newCustomer, ok, openTestCore, rowCount } from '../test-support';

type TestCore = Awaited<ReturnType<typeof openTestCore>>;

interface AuditRow {
  action: string;
  actor: string;
  reason: string | null;
  changes: string;
}

describe('customer service', () => {
  let core: TestCore;
  beforeEach(async () => {
    core = await openTestCore('alice');
  });
  afterEach(() => core.dispose());

  const audit = (id: number) =>
    core.storage.reader.$client
      .prepare(
        "SELECT action, actor, reason, changes FROM audit_log WHERE entity = 'customer' AND entity_id = ? ORDER BY id",
      )
      .all(id) as AuditRow[];
  const rawShare = (id: number) =>
    core.storage.reader.$client.prepare('SELECT affiliate_profit_share FROM customers WHERE id = ?').pluck().get(id);

  it('creates, reads and updates a customer, stored normalised', async () => {
    const created = await ok(
      core,
      'customers.create',
      newCustomer({ email: '  Ada.Lovelace@Example.COM ', phone: '07911 123456', labels: ['vip', 'vip', 'pep'] }),
    );
    expect(created).toMatchObject({
      version: 1,
      status: 'approval_pending',
      email: 'ada.lovelace@example.com',
      phone: '+447911123456',
      labels: ['pep', 'vip'],
    });
    expect(await ok(core, 'customers.get', { id: created.id })).toEqual(created);

    const updated = await ok(core, 'customers.update', {
      id: created.id,
      version: created.version,
      customer: newCustomer({ email: 'ada@lovelace.org', city: 'London', labels: ['vip'] }),
    });
    expect(updated).toMatchObject({ version: 2, email: 'ada@lovelace.org', city: 'London', labels: ['vip'] });
    expect(await ok(core, 'customers.labels', {})).toEqual([{ label: 'vip', count: 1 }]);
    expect(await failure(core, 'customers.get', { id: 999 })).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('keeps emails unique whatever their case, as a CONFLICT on the email field', async () => {
    await ok(core, 'customers.create', newCustomer({ email: 'grace@example.com' }));
    const error = await failure(core, 'customers.create', newCustomer({ email: 'GRACE@Example.com' }));
    expect(error.code).toBe('CONFLICT');
    expect(error.fieldErrors?.email).toMatch(/already belongs to another customer \(Ada Lovelace, #1\)/);

    const other = await ok(core, 'customers.create', newCustomer({ email: 'other@example.com' }));
    const onUpdate = await failure(core, 'customers.update', {
      id: other.id,
      version: other.version,
      customer: newCustomer({ email: 'Grace@example.com' }),
    });
    expect(onUpdate).toMatchObject({ code: 'CONFLICT', fieldErrors: { email: expect.any(String) } });
    expect(rowCount(core, 'customers')).toBe(2);
  });

  it('keeps reference IDs unique', async () => {
    await ok(core, 'customers.create', newCustomer({ email: 'a@example.com', referenceId: 'ACC-1' }));
    const error = await failure(
      core,
      'customers.create',
      newCustomer({ email: 'b@example.com', referenceId: 'ACC-1' }),
    );
    expect(error).toMatchObject({
      code: 'CONFLICT',
      fieldErrors: { referenceId: 'Reference ID already used by customer #1' },
    });
    // Many customers may have none.
    await ok(core, 'customers.create', newCustomer({ email: 'c@example.com' }));
    await ok(core, 'customers.create', newCustomer({ email: 'd@example.com' }));
  });

  it('refuses an inactive exchange monitor only when it is newly chosen', async () => {
    const monitor = await ok(core, 'monitors.create', { name: 'BestChange', active: true });
    const customer = await ok(core, 'customers.create', newCustomer({ exchangeMonitorId: monitor.id }));
    await ok(core, 'monitors.update', { id: monitor.id, name: 'BestChange', active: false });

    const refused = await failure(
      core,
      'customers.create',
      newCustomer({ email: 'x@example.com', exchangeMonitorId: monitor.id }),
    );
    expect(refused).toMatchObject({
      code: 'VALIDATION',
      fieldErrors: { exchangeMonitorId: 'Exchange monitor "BestChange" is inactive; choose an active one' },
    });
    // A customer already on it keeps it through other edits.
    const edited = await ok(core, 'customers.update', {
      id: customer.id,
      version: customer.version,
      customer: newCustomer({ exchangeMonitorId: monitor.id, city: 'Paris' }),
    });
    expect(edited).toMatchObject({ exchangeMonitorId: monitor.id, city: 'Paris' });
    expect(
      await failure(core, 'customers.create', newCustomer({ email: 'y@example.com', exchangeMonitorId: 99 })),
    ).toMatchObject({
      fieldErrors: { exchangeMonitorId: 'This exchange monitor does not exist' },
    });
  });

  it('refuses document, selfie and address verified flags outside KYC review', async () => {
    const error = await failure(
      core,
      'customers.create',
      newCustomer({ verifiedDocument: true, verifiedSelfie: true, verifiedAddress: true, verifiedEmail: true }),
    );
    expect(error.code).toBe('VALIDATION');
    expect(Object.keys(error.fieldErrors ?? {}).sort()).toEqual([
      'verifiedAddress',
      'verifiedDocument',
      'verifiedSelfie',
    ]);
    expect(rowCount(core, 'customers')).toBe(0);
  });

  it('limits custom fields and metadata to 5 new keys per update and 10 in total', async () => {
    const entries = (n: number, from = 0) => Array.from({ length: n }, (_, i) => ({ key: `k${from + i}`, value: 'v' }));
    const tooMany = await failure(core, 'customers.create', newCustomer({ customFields: entries(6) }));
    expect(tooMany.fieldErrors?.customFields).toMatch(/at most 5 new entries at a time \(6 added\)/);

    let customer = await ok(core, 'customers.create', newCustomer({ customFields: entries(5), metadata: entries(5) }));
    customer = await ok(core, 'customers.update', {
      id: customer.id,
      version: customer.version,
      customer: newCustomer({ customFields: entries(10), metadata: entries(5) }),
    });
    expect(customer.customFields).toHaveLength(10);
    const overTotal = await failure(core, 'customers.update', {
      id: customer.id,
      version: customer.version,
      customer: newCustomer({ customFields: entries(11), metadata: entries(5) }),
    });
    // The contract's schema already stops an eleventh entry, at the field inside `customer`.
    expect(overTotal.fieldErrors?.['customer.customFields']).toMatch(/At most 10 entries in total/);
    const sixNewMetadata = await failure(core, 'customers.update', {
      id: customer.id,
      version: customer.version,
      customer: newCustomer({ customFields: entries(10), metadata: entries(11).slice(5).concat(entries(4)) }),
    });
    expect(sixNewMetadata.fieldErrors?.metadata).toMatch(/at most 5 new entries/);
  });

  it('refuses an update made from a stale version with CONFLICT', async () => {
    const customer = await ok(core, 'customers.create', newCustomer());
    await ok(core, 'customers.update', { id: customer.id, version: 1, customer: newCustomer({ city: 'Bath' }) });
    const error = await failure(core, 'customers.update', {
      id: customer.id,
      version: 1,
      customer: newCustomer({ city: 'York' }),
    });
    expect(error.code).toBe('CONFLICT');
    expect(await ok(core, 'customers.get', { id: customer.id })).toMatchObject({ version: 2, city: 'Bath' });
  });

  it('refuses activation while checks are missing; blocks and unblocks with the reason kept', async () => {
    const customer = await ok(core, 'customers.create', newCustomer({ verifiedEmail: true }));
    const refused = await failure(core, 'customers.setStatus', {
      id: customer.id,
      status: 'active',
      reason: 'Looks fine',
    });
    expect(refused.code).toBe('VALIDATION');
    expect(refused.fieldErrors?.status).toMatch(/missing: document, selfie, address/);

    const blocked = await ok(core, 'customers.block', { id: customer.id, reason: 'Chargeback under review' });
    expect(blocked).toMatchObject({ status: 'locked', statusReason: 'Chargeback under review', version: 2 });
    const unblocked = await ok(core, 'customers.unblock', { id: customer.id, reason: 'Chargeback withdrawn' });
    // Not verified, so back to pending rather than active.
    expect(unblocked).toMatchObject({ status: 'approval_pending', statusReason: 'Chargeback withdrawn' });
    expect(await failure(core, 'customers.unblock', { id: customer.id, reason: 'Again' })).toMatchObject({
      code: 'VALIDATION',
    });
    expect(await failure(core, 'customers.block', { id: customer.id, reason: 'x' })).toMatchObject({
      fieldErrors: { reason: 'Give a reason of at least 3 characters' },
    });

    expect(audit(customer.id).map((row) => [row.action, row.reason])).toEqual([
      ['create', null],
      ['block', 'Chargeback under review'],
      ['unblock', 'Chargeback withdrawn'],
    ]);
    const history = await ok(core, 'customers.history', { id: customer.id });
    expect(history[0]).toMatchObject({
      action: 'unblock',
      actor: 'alice',
      changes: { status: { from: 'locked', to: 'approval_pending' } },
    });
  });

  it('writes an audit row with before and after for every mutation, in the same transaction', async () => {
    const customer = await ok(core, 'customers.create', newCustomer({ city: 'London' }));
    await ok(core, 'customers.update', { id: customer.id, version: 1, customer: newCustomer({ city: 'Leeds' }) });
    // Saving unchanged data changes nothing and records nothing.
    await ok(core, 'customers.update', { id: customer.id, version: 2, customer: newCustomer({ city: 'Leeds' }) });
    const rows = audit(customer.id);
    expect(rows.map((row) => [row.action, row.actor])).toEqual([
      ['create', 'alice'],
      ['update', 'alice'],
    ]);
    expect(JSON.parse(rows[0]?.changes ?? '{}')).toMatchObject({ email: { from: null, to: 'ada@example.com' } });
    expect(JSON.parse(rows[1]?.changes ?? '{}')).toEqual({ city: { from: 'London', to: 'Leeds' } });

    // When the audit row cannot be written, the change itself is rolled back.
    core.storage.writer.$client.exec(
      "CREATE TEMP TRIGGER audit_refused BEFORE INSERT ON audit_log BEGIN SELECT RAISE(ABORT, 'audit refused'); END",
    );
    expect(await failure(core, 'customers.create', newCustomer({ email: 'new@example.com' }))).toMatchObject({
      code: 'INTERNAL',
    });
    expect(
      await failure(core, 'customers.update', { id: customer.id, version: 2, customer: newCustomer({ city: 'Hull' }) }),
    ).toMatchObject({
      code: 'INTERNAL',
    });
    expect(await failure(core, 'customers.block', { id: customer.id, reason: 'Suspected fraud' })).toMatchObject({
      code: 'INTERNAL',
    });
    expect(rowCount(core, 'customers')).toBe(1);
    expect(await ok(core, 'customers.get', { id: customer.id })).toMatchObject({
      version: 2,
      city: 'Leeds',
      status: 'approval_pending',
    });
  });

  it('stores the affiliate profit share exactly, as hundredths of a percent', async () => {
    const cases: [string | number, number, string][] = [
      ['12.34', 1234, '12.34'],
      ['0.1', 10, '0.10'],
      [33.33, 3333, '33.33'],
      ['100', 10000, '100.00'],
      ['.05', 5, '0.05'],
    ];
    for (const [index, [input, hundredths, output]] of cases.entries()) {
      const customer = await ok(
        core,
        'customers.create',
        newCustomer({ email: `p${index}@example.com`, affiliateProfitShare: input }),
      );
      expect(rawShare(customer.id)).toBe(hundredths);
      expect(customer.affiliateProfitShare).toBe(output);
    }
    expect(
      await failure(core, 'customers.create', newCustomer({ email: 'q@example.com', affiliateProfitShare: '100.01' })),
    ).toMatchObject({
      fieldErrors: { affiliateProfitShare: 'Affiliate profit share cannot be over 100' },
    });
  });
});
