import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../core';
import { failure, newCustomer, ok, openTestCore } from '../test-support';
import { amelia, renderDocument, td3 } from './test/specimens';

let core: Core & { dispose(): Promise<void> };
beforeEach(async () => {
  core = await openTestCore('mia.reviewer');
});
afterEach(() => core.dispose());

const passport = () => renderDocument(['PASSPORT'], td3(amelia));

async function nadineWithPassport() {
  const { id } = await ok(
    core,
    'customers.create',
    newCustomer({
      firstName: 'Nadine',
      lastName: 'Perrin',
      email: 'nadine@example.fr',
      country: 'FR',
      birthDate: '1995-02-27',
      documentNumber: 'X33697127',
    }),
  );
  const file = await ok(core, 'documents.upload', {
    customerId: id,
    slot: 'docFile1',
    fileName: 'passport.jpg',
    contentBase64: (await passport()).toString('base64'),
  });
  return { id, file };
}

describe('reading a stored document', () => {
  it('reads an upload in the background, seals what it read and audits it', async () => {
    const { id } = await nadineWithPassport();
    expect((await ok(core, 'documents.compare', { customerId: id })).reading).toBe(true);
    await core.reading.settled();
    const comparison = await ok(core, 'documents.compare', { customerId: id });
    expect(comparison.readings.docFile1).toMatchObject({ state: 'read', mrz: { format: 'TD3', valid: true } });
    expect(comparison.findings.map((f) => f.text)).toEqual([
      'Name: differ',
      'Birth date: differ',
      'Document number: differ',
      'Nationality / country: differ',
    ]);
    // Sealed with the vault key: the name read off the document is nowhere in the database file's row.
    const sealed = core.storage.reader.$client.prepare('SELECT sealed FROM document_readings').pluck().get() as Buffer;
    expect(sealed.includes(Buffer.from('HARTMANN'))).toBe(false);
    const audit = core.storage.reader.$client
      .prepare("SELECT actor, changes FROM audit_log WHERE action = 'document.read'")
      .get() as { actor: string; changes: string };
    expect(audit.actor).toBe('mia.reviewer');
    expect(audit.changes).toContain('tesseract.js');
  }, 60_000);

  it('approving a check with findings needs a note, and the decision log keeps the findings beside it', async () => {
    const { id, file } = await nadineWithPassport();
    await ok(core, 'documents.markViewed', { documentId: file.id });
    const refused = await failure(core, 'kyc.decide', { customerId: id, check: 'document', outcome: 'approved' });
    expect(refused.code).toBe('VALIDATION');
    expect(refused.fieldErrors?.note).toContain('Name: differ');
    await ok(core, 'kyc.decide', {
      customerId: id,
      check: 'document',
      outcome: 'approved',
      note: 'Married name, confirmed by video call',
    });
    const { items } = await ok(core, 'kyc.decisions', { customerId: id });
    expect(items[0]?.note).toBe(
      'Married name, confirmed by video call\nFindings overridden: Name: differ; Birth date: differ; Document number: differ; Nationality / country: differ',
    );
  }, 60_000);

  it('reads on demand a file stored before the desk read documents', async () => {
    const { id, file } = await nadineWithPassport();
    await core.reading.settled();
    core.storage.writer.$client.prepare('DELETE FROM document_readings').run();
    expect((await ok(core, 'documents.compare', { customerId: id })).unread).toEqual([
      { documentId: file.id, slot: 'docFile1' },
    ]);
    expect((await ok(core, 'documents.readAgain', { documentId: file.id })).state).toBe('reading');
    await core.reading.settled();
    const comparison = await ok(core, 'documents.compare', { customerId: id });
    expect(comparison.unread).toEqual([]);
    expect(comparison.readings.docFile1?.state).toBe('read');
  }, 60_000);

  it('a file that is no image to read fails with a clear message, and nothing else changes', async () => {
    const { id } = await ok(core, 'customers.create', newCustomer());
    const pdf = await ok(core, 'documents.upload', {
      customerId: id,
      slot: 'docFile1',
      fileName: 'scan.pdf',
      contentBase64: (await import('node:fs'))
        .readFileSync('tests/fixtures/kyc/proof-of-address.pdf')
        .toString('base64'),
    });
    await core.reading.settled();
    const { readings, findings } = await ok(core, 'documents.compare', { customerId: id });
    expect(readings.docFile1).toMatchObject({ documentId: pdf.id, state: 'failed' });
    expect(readings.docFile1?.error).toMatch(/^A PDF is not read/);
    expect(findings).toEqual([]);
    const refused = await failure(core, 'documents.readAgain', { documentId: 999 });
    expect(refused.code).toBe('NOT_FOUND');
  }, 60_000);
});
