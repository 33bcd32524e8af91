import { rmSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../core';
import { base64, failure, labelledPng, makeCustomer, ok, pdfBytes, pngBytes, tempDataDir } from './test/fixtures';
import { testVaultPassphrase } from '../test-support';

let dataDir: string;
let core: Core;
let reviewer = 'reviewer-a';

beforeEach(async () => {
  reviewer = 'reviewer-a';
  dataDir = tempDataDir();
  core = await openCore({
    dataDir,
    migrationsFolder: 'drizzle',
    vaultPassphrase: testVaultPassphrase,
    actor: () => reviewer,
  });
});
afterEach(async () => {
  await core.close();
  rmSync(dataDir, { recursive: true, force: true });
});

async function upload(customerId: number, slot: 'docFile1' | 'docFile2' | 'selfie' | 'addressFile', bytes: Buffer) {
  return ok(core, 'documents.upload', { customerId, slot, fileName: `${slot}.bin`, contentBase64: base64(bytes) });
}

describe('KYC review', () => {
  it('refuses to approve a document nobody opened, then records the approval with the file hash', async () => {
    const customer = await makeCustomer(core, 'guard@example.com');
    const noFile = await failure(core, 'kyc.decide', {
      customerId: customer.id,
      check: 'document',
      outcome: 'approved',
    });
    expect(noFile).toMatchObject({
      code: 'FORBIDDEN',
      message:
        'Attach Identity document, front or Identity document, back before approving the identity document check',
    });

    const document = await upload(customer.id, 'docFile1', await pdfBytes('ID card'));
    const review = await ok(core, 'kyc.review', { customerId: customer.id });
    expect(review.checks.find((c) => c.check === 'document')).toMatchObject({
      state: 'pending',
      approvalBlockedBy: 'Open Identity document, front in the viewer before approving the identity document check',
    });
    const unopened = await failure(core, 'kyc.decide', {
      customerId: customer.id,
      check: 'document',
      outcome: 'approved',
    });
    expect(unopened.code).toBe('FORBIDDEN');
    expect(unopened.message).toBe(
      'Open Identity document, front in the viewer before approving the identity document check',
    );

    // Another reviewer's look does not count for this one.
    reviewer = 'reviewer-b';
    expect((await ok(core, 'documents.markViewed', { documentId: document.id })).viewedByMe).toBe(true);
    reviewer = 'reviewer-a';
    expect(
      (await failure(core, 'kyc.decide', { customerId: customer.id, check: 'document', outcome: 'approved' })).code,
    ).toBe('FORBIDDEN');

    await ok(core, 'documents.markViewed', { documentId: document.id });
    const approved = await ok(core, 'kyc.decide', { customerId: customer.id, check: 'document', outcome: 'approved' });
    expect(approved.checks.find((c) => c.check === 'document')).toMatchObject({
      state: 'approved',
      decidedBy: 'reviewer-a',
    });
    const { items } = await ok(core, 'kyc.decisions', { customerId: customer.id });
    expect(items[0]).toMatchObject({
      reviewer: 'reviewer-a',
      check: 'document',
      outcome: 'approved',
      fileSha256: [document.sha256],
    });
    const stored = await ok(core, 'customers.get', { id: customer.id });
    expect(stored).toMatchObject({ verifiedDocument: true, verificationProgress: 25 });
  });

  it('derives flags and progress from the checks and activates only when every required check is approved', async () => {
    const customer = await makeCustomer(core, 'flow@example.com', { phone: '+44 7911 123456' });
    let review = await ok(core, 'kyc.review', { customerId: customer.id });
    expect(review.checks.filter((c) => c.state === 'pending').map((c) => c.check)).toEqual(['email', 'phone']);
    expect(review.progress).toBe(0);

    await ok(core, 'kyc.decide', { customerId: customer.id, check: 'email', outcome: 'approved' });
    await ok(core, 'kyc.decide', { customerId: customer.id, check: 'phone', outcome: 'approved' });
    for (const [slot, check] of [
      ['docFile1', 'document'],
      ['selfie', 'selfie'],
      ['addressFile', 'address'],
    ] as const) {
      const document = await upload(customer.id, slot, labelledPng(slot));
      await ok(core, 'documents.markViewed', { documentId: document.id });
      review = await ok(core, 'kyc.decide', { customerId: customer.id, check, outcome: 'approved' });
    }
    expect(review).toMatchObject({ progress: 100, canActivate: true, status: 'approval_pending' });
    const active = await ok(core, 'customers.setStatus', { id: customer.id, status: 'active', reason: 'KYC complete' });
    expect(active.status).toBe('active');

    // A rejected document restricts an active customer, with the reason shown.
    review = await ok(core, 'kyc.decide', {
      customerId: customer.id,
      check: 'document',
      outcome: 'rejected',
      reason: 'expired',
      note: 'Expired in 2020',
    });
    expect(review).toMatchObject({
      status: 'restricted',
      statusReason: 'Identity document check rejected: Document expired',
      progress: 80,
      canActivate: false,
    });
    const stored = await ok(core, 'customers.get', { id: customer.id });
    expect(stored).toMatchObject({ verifiedDocument: false, verificationProgress: 80, status: 'restricted' });
    const history = await ok(core, 'customers.history', { id: customer.id });
    expect(history[0]).toMatchObject({ action: 'kyc.rejected', reason: 'Document expired — Expired in 2020' });
    expect(history[0]?.changes).toMatchObject({
      status: { from: 'active', to: 'restricted' },
      'check.document': { from: 'approved', to: 'rejected' },
    });

    const noReason = await failure(core, 'kyc.decide', {
      customerId: customer.id,
      check: 'selfie',
      outcome: 'resubmission_requested',
    });
    expect(noReason.fieldErrors?.reason).toBe('Choose a reason from the list');
  });

  it('keeps earlier versions when a file is replaced, audits deletion, and sends the check back to review', async () => {
    const customer = await makeCustomer(core, 'versions@example.com');
    const first = await upload(customer.id, 'selfie', labelledPng('one'));
    await ok(core, 'documents.markViewed', { documentId: first.id });
    await ok(core, 'kyc.decide', { customerId: customer.id, check: 'selfie', outcome: 'approved' });
    const second = await upload(customer.id, 'selfie', labelledPng('two'));
    expect(second.version).toBe(2);
    const slots = await ok(core, 'documents.list', { customerId: customer.id });
    const selfie = slots.find((s) => s.slot === 'selfie');
    expect(selfie?.current?.id).toBe(second.id);
    expect(selfie?.history.map((d) => d.id)).toEqual([first.id]);
    const review = await ok(core, 'kyc.review', { customerId: customer.id });
    expect(review.checks.find((c) => c.check === 'selfie')?.state).toBe('pending');
    expect((await ok(core, 'customers.get', { id: customer.id })).verifiedSelfie).toBe(false);

    const deleted = await ok(core, 'documents.delete', {
      documentId: second.id,
      reason: 'Wrong person in the picture',
    });
    expect(deleted).toMatchObject({
      current: false,
      deletedBy: 'reviewer-a',
      deleteReason: 'Wrong person in the picture',
    });
    const history = await ok(core, 'customers.history', { id: customer.id });
    expect(history[0]).toMatchObject({ action: 'document.delete', reason: 'Wrong person in the picture' });
    expect(
      (await ok(core, 'kyc.review', { customerId: customer.id })).checks.find((c) => c.check === 'selfie')?.state,
    ).toBe('not_submitted');
    const read = await ok(core, 'documents.read', { documentId: first.id });
    expect(read.document.current).toBe(false);
  });

  it('flags the same file or the same document number on two customers, on both profiles', async () => {
    const ada = await makeCustomer(core, 'ada@example.com', { documentNumber: 'X1234567' });
    const bob = await makeCustomer(core, 'bob@example.com', { firstName: 'Bob', documentNumber: 'x1234567' });
    const carl = await makeCustomer(core, 'carl@example.com', { firstName: 'Carl' });
    const scan = await pdfBytes('shared scan');
    const shared = await upload(ada.id, 'docFile1', scan);
    await upload(carl.id, 'docFile2', scan);
    const adaFlags = (await ok(core, 'kyc.review', { customerId: ada.id })).duplicates;
    expect(adaFlags).toEqual(
      expect.arrayContaining([
        { kind: 'same_file', otherCustomerId: carl.id, otherCustomerName: 'Carl Lovelace', value: shared.sha256 },
        { kind: 'same_document_number', otherCustomerId: bob.id, otherCustomerName: 'Bob Lovelace', value: 'X1234567' },
      ]),
    );
    expect((await ok(core, 'kyc.review', { customerId: carl.id })).duplicates).toEqual([
      { kind: 'same_file', otherCustomerId: ada.id, otherCustomerName: 'Ada Lovelace', value: shared.sha256 },
    ]);
    expect((await ok(core, 'kyc.review', { customerId: bob.id })).duplicates.map((d) => d.otherCustomerId)).toEqual([
      ada.id,
    ]);
  });
});

describe("the customer form's verified flags", () => {
  it('map onto the checks: a ticked flag is a logged approval, a file check stays with KYC review', async () => {
    const customer = await makeCustomer(core, 'form@example.com');
    const { id: _id, version, status: _s, statusReason: _r, createdAt: _c, updatedAt: _u, ...data } = customer;
    const updated = await ok(core, 'customers.update', {
      id: customer.id,
      version,
      customer: { ...data, verifiedEmail: true, verificationProgress: 90 },
    });
    expect(updated).toMatchObject({ verifiedEmail: true, verificationProgress: 25 });
    const { items } = await ok(core, 'kyc.decisions', { customerId: customer.id });
    expect(items[0]).toMatchObject({
      check: 'email',
      outcome: 'approved',
      note: 'Marked verified in the customer form',
    });

    const refused = await failure(core, 'customers.update', {
      id: customer.id,
      version: updated.version,
      customer: { ...data, verifiedEmail: true, verifiedDocument: true },
    });
    expect(refused.fieldErrors?.verifiedDocument).toBe(
      'The document check can be marked complete only from KYC review, after its file was checked',
    );

    await ok(core, 'customers.update', {
      id: customer.id,
      version: updated.version,
      customer: { ...data, verifiedEmail: false },
    });
    const review = await ok(core, 'kyc.review', { customerId: customer.id });
    expect(review.checks.find((c) => c.check === 'email')?.state).toBe('pending');
    expect(review.progress).toBe(0);
  });
});

describe('decision log', () => {
  it('is append-only and a tampered entry is reported', async () => {
    const customer = await makeCustomer(core, 'log@example.com', { phone: '+44 7911 123456' });
    await ok(core, 'kyc.decide', { customerId: customer.id, check: 'email', outcome: 'approved' });
    await ok(core, 'kyc.decide', {
      customerId: customer.id,
      check: 'phone',
      outcome: 'rejected',
      reason: 'unreachable',
      note: null,
    });
    await ok(core, 'kyc.decide', { customerId: customer.id, check: 'phone', outcome: 'approved' });
    expect(await ok(core, 'kyc.verifyLog', {})).toMatchObject({ ok: true, checked: 3, problems: [] });

    const sqlite = core.storage.writer.$client;
    expect(() => sqlite.prepare("UPDATE kyc_decisions SET note = 'edited' WHERE id = 2").run()).toThrow(/append-only/);
    expect(() => sqlite.prepare('DELETE FROM kyc_decisions WHERE id = 2').run()).toThrow(/append-only/);

    // Someone with the database file in hand gets past the trigger: the chain still tells.
    sqlite.exec('DROP TRIGGER kyc_decisions_no_update');
    sqlite.prepare("UPDATE kyc_decisions SET outcome = 'approved', reason = NULL WHERE id = 2").run();
    expect(await ok(core, 'kyc.verifyLog', {})).toMatchObject({
      ok: false,
      checked: 3,
      problems: [
        {
          id: 2,
          problem: 'The entry was changed after it was written (its content, id or link is not what was signed)',
        },
      ],
    });

    const exported = await ok(core, 'kyc.exportLog', { customerId: customer.id });
    expect(exported.rows).toBe(3);
    expect(exported.fileName).toMatch(new RegExp(`^kyc-decisions-customer-${customer.id}-\\d{4}-\\d{2}-\\d{2}\\.csv$`));
    const lines = exported.csv.split('\r\n');
    expect(lines[0]).toBe('id,at,reviewer,customer_id,check,outcome,reason,note,file_sha256,prev_hash,hash');
    expect(lines[1]).toContain(',reviewer-a,');
    expect(exported.verification.ok).toBe(false);
  });
});

describe('verification queue', () => {
  it('lists customers with a waiting check, oldest first, with filters, counts and previous / next', async () => {
    const ids: number[] = [];
    for (const [index, country] of ['GB', 'DE', 'GB', 'FR'].entries()) {
      const customer = await makeCustomer(core, `q${index}@example.com`, { country, verifiedEmail: index === 3 });
      ids.push(customer.id);
    }
    // The last customer's email was verified in the form: nothing waits until a file arrives.
    expect((await ok(core, 'kyc.queueCounts', {})).customers).toBe(3);
    await upload(ids[3]!, 'selfie', pngBytes);
    await upload(ids[0]!, 'addressFile', await pdfBytes('bill'));

    const all = await ok(core, 'kyc.queue', {});
    expect(all.items.map((item) => item.customerId)).toEqual([ids[0], ids[1], ids[2], ids[3]]);
    expect(all.items[0]?.pendingChecks).toEqual(['email', 'address']);
    expect(await ok(core, 'kyc.queueCounts', {})).toEqual({
      customers: 4,
      byCheck: { email: 3, phone: 0, document: 0, selfie: 1, address: 1 },
    });

    const selfies = await ok(core, 'kyc.queue', { check: 'selfie' });
    expect(selfies.items.map((item) => item.customerId)).toEqual([ids[3]]);
    const british = await ok(core, 'kyc.queue', { country: 'gb' });
    expect(british.items.map((item) => item.customerId)).toEqual([ids[0], ids[2]]);
    expect((await ok(core, 'kyc.queueCounts', { country: 'GB' })).customers).toBe(2);
    expect((await ok(core, 'kyc.queue', { age: '1d' })).items).toEqual([]);

    const firstPage = await ok(core, 'kyc.queue', { limit: 2 });
    expect(firstPage.items).toHaveLength(2);
    const secondPage = await ok(core, 'kyc.queue', { limit: 2, cursor: firstPage.nextCursor ?? undefined });
    expect(secondPage.items.map((item) => item.customerId)).toEqual([ids[2], ids[3]]);

    const second = all.items[1]!;
    const around = await ok(core, 'kyc.queueNeighbors', { position: second.position });
    expect([around.previous?.customerId, around.next?.customerId]).toEqual([ids[0], ids[2]]);
    // Deciding the last waiting check takes the customer out; next still works from where they were.
    await ok(core, 'kyc.decide', { customerId: ids[1]!, check: 'email', outcome: 'approved' });
    expect((await ok(core, 'kyc.queue', {})).items.map((item) => item.customerId)).not.toContain(ids[1]);
    expect((await ok(core, 'kyc.queueNeighbors', { position: second.position })).next?.customerId).toBe(ids[2]);
  });
});
