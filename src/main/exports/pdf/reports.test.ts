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
import { createCustomers, trickyCustomers } from '../test-customers';
import { fontsFolderBeside } from './fonts';
import { renderSummaryReport } from './summary-report';
import { testVaultPassphrase } from '../../test-support';

/** poppler-utils' pdftotext reads the text back, as a person copying it from a viewer would. */
const hasPdftotext = spawnSync('pdftotext', ['-v'], { stdio: 'ignore' }).status === 0;
const title = hasPdftotext
  ? 'PDF reports'
  : 'PDF reports (SKIPPED: pdftotext not found; apt-get install poppler-utils)';

let core: Core;
let ids: number[];

beforeAll(async () => {
  if (!hasPdftotext) return;
  core = await openCore({
    dataDir: mkdtempSync(join(tmpdir(), 'kyc-pdf-')),
    migrationsFolder: 'drizzle',
    vaultPassphrase: testVaultPassphrase,
  });
  ids = await createCustomers(core, trickyCustomers);
});
afterAll(() => core?.close());

/** Renders the pages as PNGs in screenshots/ (like the end-to-end screenshots), for a person to look at. */
function pagesAsPng(file: string, name: string): void {
  mkdirSync('screenshots', { recursive: true });
  execFileSync('pdftoppm', ['-r', '60', '-png', file, join('screenshots', name)]);
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
      'Doc File 1',
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
});
