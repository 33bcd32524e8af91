import { execFileSync, spawnSync } from 'node:child_process';
import { createWriteStream, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExportedFile } from '../../../shared/exports/contract';
import { openCore, type Core } from '../../core';
import { downloadPath } from '../../jobs/files';
import { sqliteCountCustomers } from '../sqlite-summary';
import { summariseCustomers } from '../summary';
import { addressesInEveryScript, createCustomers, trickyCustomers } from '../test-customers';
import { fontsFolderBeside } from './fonts';
import { renderSummaryReport } from './summary-report';
import { appendEntry } from '../../ledger/entries';
import { newCustomer, testVaultPassphrase } from '../../test-support';

/** poppler-utils' pdftotext reads the text back, as a person copying it from a viewer would. */
const hasPdftotext = spawnSync('pdftotext', ['-v'], { stdio: 'ignore' }).status === 0;
const title = hasPdftotext
  ? 'PDF reports'
  : 'PDF reports (SKIPPED: pdftotext not found; apt-get install poppler-utils)';

let core: Core;
let ids: number[];
/** A reviewer name longer than any column is wide: printed whole, never cut. */
const reviewer = 'compliance.officer.maria-schmidt@example.com';

beforeAll(async () => {
  if (!hasPdftotext) return;
  core = await openCore({
    dataDir: mkdtempSync(join(tmpdir(), 'kyc-pdf-')),
    migrationsFolder: 'drizzle',
    vaultPassphrase: testVaultPassphrase,
    actor: () => reviewer,
  });
  ids = await createCustomers(core, trickyCustomers);
});
afterAll(() => core?.close());

/** Renders the pages as PNGs in screenshots/ (like the end-to-end screenshots), for a person to look at. */
function pagesAsPng(file: string, name: string): void {
  mkdirSync('screenshots', { recursive: true });
  execFileSync('pdftoppm', ['-r', '60', '-png', file, join('screenshots', name)]);
}

/** The PDF's text with every white space dropped, for text that may wrap anywhere. */
function unspaced(file: string): string {
  return pdfText(file).replace(/\s+/g, '');
}

/** The PDF's text with bidi marks dropped and white space folded, so names compare as typed. */
function pdfText(file: string): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' })
    .replace(/[\u202A-\u202E\u200E\u200F]/g, '')
    .replace(/\s+/g, ' ');
}

async function call(operation: string, input: unknown): Promise<unknown> {
  const result = await core.router.call(operation, input);
  if (!result.ok) throw new Error(`${operation}: ${JSON.stringify(result.error)}`);
  return result.value;
}

async function profileReport(id: number): Promise<string> {
  const file = (await call('exports.customerReport', { id })) as ExportedFile;
  expect(file.downloadName).toMatch(new RegExp(`^kyc-profile-${id}-\\d{4}-\\d{2}-\\d{2}(-\\d+)?\\.pdf$`));
  return downloadPath(core.dataDir, file.downloadName);
}

describe.skipIf(!hasPdftotext)(title, () => {
  it('the KYC profile prints names in every script', async () => {
    for (const [index, customer] of trickyCustomers.entries()) {
      const text = pdfText(await profileReport(ids[index] as number));
      expect(text).toContain(`${customer.firstName} ${customer.lastName}`);
      expect(text).toContain(customer.email);
    }
  });

  it('the KYC profile holds checks, decisions, files and history', async () => {
    const id = ids[0] as number;
    const fixtures = join(process.cwd(), 'tests', 'fixtures', 'kyc');
    for (const [slot, fileName] of [
      ['docFile1', 'id-card-front.jpg'],
      ['docFile2', 'id-card-back.png'],
      ['addressFile', 'proof-of-address.pdf'],
    ]) {
      const contentBase64 = readFileSync(join(fixtures, fileName as string)).toString('base64');
      await call('documents.upload', { customerId: id, slot, fileName, contentBase64 });
    }
    await call('kyc.decide', { customerId: id, check: 'email', outcome: 'approved' });
    await call('kyc.decide', { customerId: id, check: 'phone', outcome: 'rejected', reason: 'unreachable' });

    const file = await profileReport(id);
    pagesAsPng(file, 'export-profile-report');
    const text = pdfText(file);
    for (const expected of [
      'Verification checks',
      'Identity document',
      'Approved',
      'Could not be confirmed with the customer',
      'Identity document, front',
      'id-card-front.jpg',
      'id-card-back.png',
      'proof-of-address.pdf',
      'History',
      'create',
    ]) {
      expect(text).toContain(expected);
    }
    // The two images are embedded as pictures; the PDF file is named only.
    const images = execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' }).trim().split('\n').slice(2);
    expect(images.length).toBeGreaterThanOrEqual(2);
  });

  it('a missing customer is NOT_FOUND', async () => {
    const result = await core.router.call('exports.customerReport', { id: 999_999 });
    expect(result.ok ? null : result.error.code).toBe('NOT_FOUND');
  });

  it('the summary report counts by status, verification and country', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'kyc-summary-')), 'summary.pdf');
    const summary = await core.storage.read((db) =>
      summariseCustomers(sqliteCountCustomers, db, { status: ['approval_pending'] }),
    );
    expect(summary.total).toBe(trickyCustomers.length);
    expect(summary.byCountry).toHaveLength(trickyCustomers.length);
    await renderSummaryReport(summary, createWriteStream(file), fontsFolderBeside(join(process.cwd(), 'drizzle')));
    pagesAsPng(file, 'export-summary-report');
    const text = pdfText(file);
    for (const expected of [
      'Customer summary',
      'Status: Approval pending',
      'Approval pending 8 (100.0 %)',
      'Japan',
      'Greece',
      'Complete (100 %)',
      'Email verified',
    ]) {
      expect(text).toContain(expected);
    }
  });

  // After the summary, which counts the tricky customers only.
  it('the KYC profile prints addresses in every script', async () => {
    for (const [script, [country, address]] of Object.entries(addressesInEveryScript)) {
      const [id] = await createCustomers(core, [
        newCustomer({
          firstName: script,
          lastName: 'Address',
          email: `${script.toLowerCase()}@example.com`,
          country,
          address,
          phone: null,
        }),
      ]);
      const file = await profileReport(id as number);
      if (script === 'Japanese' || script === 'Arabic') pagesAsPng(file, `export-profile-${script.toLowerCase()}`);
      const text = unspaced(file);
      // pdftotext reads right-to-left lines in its own order: each word must be there whole.
      // Devanagari is left out: pdfkit maps glyphs back to text in drawing order, so a reph or an
      // i-matra drawn before its consonant copies out moved (glyphs.test.ts checks the drawing).
      if (script === 'Devanagari') continue;
      for (const word of address.split(/[\s,،-]+/)) expect(text, `${script}: ${word}`).toContain(word);
    }
  });

  it('the KYC profile says who decided each check and why, in full, on as many pages as it takes', async () => {
    const [id] = await createCustomers(core, [
      newCustomer({
        firstName: 'Many',
        lastName: 'Decisions',
        email: 'decisions@example.com',
        country: 'DE',
        phone: '+49 30 1234567',
      }),
    ]);
    const notes = Array.from(
      { length: 24 },
      (_, i) =>
        `Call ${i + 1}: the number rings out; the branch office in Leipzig says the customer moved abroad and left no forwarding number, so this cannot be confirmed yet.`,
    );
    for (const [i, note] of notes.entries()) {
      await call('kyc.decide', { customerId: id, check: 'phone', outcome: 'rejected', reason: 'unreachable', note });
      if (i % 2 === 0)
        await call('kyc.decide', { customerId: id, check: 'email', outcome: 'approved', note: `Reply ${i}` });
    }
    const file = await profileReport(id as number);
    pagesAsPng(file, 'export-profile-decisions');
    const text = unspaced(file);
    // Every word of reason and note, in order; pdftotext may put a line of the next cell between lines.
    const escaped = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    for (const note of notes) {
      const words = `Could not be confirmed with the customer: ${note}`.split(' ').map(escaped);
      expect(text).toMatch(new RegExp(words.join('[\\s\\S]*?')));
    }
    // The reviewer in every row (it wraps, and pdftotext may put other cells between its lines).
    expect(text.split('schmidt@').length - 1).toBeGreaterThanOrEqual(notes.length + 2);
    expect(text).not.toContain('…');
    // The table runs over pages, its header on each.
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]);
    expect(pages).toBeGreaterThan(2);
    expect(text.split('Reviewer').length - 1).toBeGreaterThanOrEqual(2);
  });
});

describe.skipIf(!hasPdftotext)('balance statement', () => {
  it('prints the opening balance, each entry of the period with the balance after it, and the closing balance', async () => {
    const { id } = (await call(
      'customers.create',
      newCustomer({ email: 'statement@example.com', firstName: 'Zoë', lastName: 'Ağaoğlu' }),
    )) as { id: number };
    const entry = (
      kind: 'signup_bonus' | 'admin_reward' | 'referral_signup_bonus',
      amount: bigint,
      at: string,
      status: 'confirmed' | 'pending' = 'confirmed',
    ) =>
      core.storage.withTransaction((tx) =>
        appendEntry(tx, {
          customerId: id,
          kind,
          amount,
          currency: 'USD',
          status,
          source: 'platform',
          sourceId: null,
          actor: 'test',
          at,
        }),
      );
    await entry('signup_bonus', 500n, '2026-09-03T10:00:00.000Z');
    await entry('admin_reward', 12_345n, '2026-10-05T12:30:00.000Z');
    await entry('referral_signup_bonus', 200n, '2026-10-20T08:00:00.000Z', 'pending');
    await entry('admin_reward', 1_000n, '2026-11-02T09:00:00.000Z');

    const statement = (await call('ledger.statement', {
      customerId: id,
      from: '2026-10-01',
      to: '2026-10-31',
    })) as ExportedFile;
    expect(statement.rows).toBe(2);
    const file = downloadPath(core.dataDir, statement.downloadName);
    pagesAsPng(file, 'export-balance-statement');
    const text = pdfText(file);
    expect(text).toContain('Zoë Ağaoğlu');
    expect(text).toMatch(/Period 2026-10-01 to 2026-10-31/);
    expect(text).toMatch(/Opening balance \$5\.00/);
    expect(text).toMatch(/Closing balance \$128\.45/);
    expect(text).toMatch(/Pending credits \$2\.00/);
    expect(text).toMatch(/2026-10-05 12:30 Reward from staff .*\$123\.45 \$128\.45/);
    expect(text).not.toContain('2026-11-02');
    const bad = await core.router.call('ledger.statement', { customerId: id, from: '2026-11-01', to: '2026-10-01' });
    expect(bad.ok || bad.error.fieldErrors).toEqual({ to: 'The period ends before it starts' });
  });
});
