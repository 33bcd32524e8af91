import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../core';
import {
  base64,
  elfBytes,
  failure,
  makeCustomer,
  ok,
  pdfBytes,
  peBytes,
  pngBytes,
  tempDataDir,
} from '../kyc/test/fixtures';
import { testVaultPassphrase } from '../test-support';

let dataDir: string;
let core: Core;

beforeEach(async () => {
  dataDir = tempDataDir();
  core = await openCore({
    dataDir,
    migrationsFolder: 'drizzle',
    vaultPassphrase: testVaultPassphrase,
    actor: () => 'reviewer-a',
    onInternalError: () => {},
  });
});
afterEach(async () => {
  await core.close();
  rmSync(dataDir, { recursive: true, force: true });
});

function vaultFiles(): string[] {
  const root = join(dataDir, 'vault', 'files');
  return readdirSync(root).flatMap((folder) => readdirSync(join(root, folder)).map((name) => join(root, folder, name)));
}

describe('document vault', () => {
  it('stores files encrypted: the bytes on disk do not contain the plaintext, reading gives it back', async () => {
    const customer = await makeCustomer(core, 'vault@example.com');
    const pdf = await pdfBytes('Passport of Ada Lovelace');
    const marker = '/Type /Catalog';
    expect(pdf.includes(marker)).toBe(true);
    const document = await ok(core, 'documents.upload', {
      customerId: customer.id,
      slot: 'docFile1',
      fileName: 'passport.pdf',
      contentBase64: base64(pdf),
    });
    expect(document).toMatchObject({ mimeType: 'application/pdf', size: pdf.length, version: 1, current: true });

    const [file] = vaultFiles();
    expect(file).toBeDefined();
    expect(file).toContain(document.sha256);
    const stored = readFileSync(file!);
    expect(stored.includes(marker)).toBe(false);
    expect(stored.includes('%PDF')).toBe(false);
    expect(stored.includes(pdf.subarray(0, 64))).toBe(false);

    const read = await ok(core, 'documents.read', { documentId: document.id });
    expect(Buffer.from(read.contentBase64, 'base64').equals(pdf)).toBe(true);
    expect(statSync(join(dataDir, 'vault', 'key.json')).mode & 0o777).toBe(0o600);
  });

  it('sniffs the type from the bytes: a renamed executable is refused, whatever its name says', async () => {
    const customer = await makeCustomer(core, 'sniff@example.com');
    const elf = await failure(core, 'documents.upload', {
      customerId: customer.id,
      slot: 'photo',
      fileName: 'holiday.jpg',
      contentBase64: base64(elfBytes),
    });
    expect(elf.code).toBe('VALIDATION');
    expect(elf.message).toMatch(
      /^Profile photo accepts JPEG image, PNG image, WebP image, GIF image only; this file is an ELF file/,
    );
    const exe = await failure(core, 'documents.upload', {
      customerId: customer.id,
      slot: 'docFile1',
      fileName: 'passport.pdf',
      contentBase64: base64(peBytes()),
    });
    expect(exe.code).toBe('VALIDATION');
    expect(exe.fieldErrors?.contentBase64).toMatch(/this file is an EXE file/);
    const pdfAsPhoto = await failure(core, 'documents.upload', {
      customerId: customer.id,
      slot: 'coverPhoto',
      fileName: 'cover.png',
      contentBase64: base64(await pdfBytes('not an image')),
    });
    expect(pdfAsPhoto.message).toMatch(/Cover photo accepts .* only; this file is a PDF/);
    const png = await ok(core, 'documents.upload', {
      customerId: customer.id,
      slot: 'photo',
      fileName: 'scan.pdf',
      contentBase64: base64(pngBytes),
    });
    expect(png.mimeType).toBe('image/png');
    expect(vaultFiles()).toHaveLength(1);
    const slots = await ok(core, 'documents.list', { customerId: customer.id });
    expect(slots.filter((slot) => slot.current).map((slot) => slot.slot)).toEqual(['photo']);
  });

  it('enforces the configurable size limit on the decoded bytes', async () => {
    const customer = await makeCustomer(core, 'size@example.com');
    expect(await ok(core, 'kyc.settings', {})).toEqual({ maxUploadMegabytes: 10 });
    await ok(core, 'kyc.updateSettings', { maxUploadMegabytes: 1 });
    const big = Buffer.concat([pngBytes, Buffer.alloc(1024 * 1024 + 1)]);
    const error = await failure(core, 'documents.upload', {
      customerId: customer.id,
      slot: 'selfie',
      fileName: 'selfie.png',
      contentBase64: base64(big),
    });
    expect(error.code).toBe('LIMIT');
    expect(error.message).toBe('Selfie is 1.0 MB; the limit is 1 MB');
    expect(vaultFiles()).toHaveLength(0);
    const tooHigh = await failure(core, 'kyc.updateSettings', { maxUploadMegabytes: 100 });
    expect(tooHigh.fieldErrors?.maxUploadMegabytes).toBe('Upload limit is at most 45 MB');
  });

  it('refuses to serve a vault file that was altered on disk', async () => {
    const customer = await makeCustomer(core, 'tamper@example.com');
    const document = await ok(core, 'documents.upload', {
      customerId: customer.id,
      slot: 'selfie',
      fileName: 'me.png',
      contentBase64: base64(pngBytes),
    });
    const [file] = vaultFiles();
    const bytes = readFileSync(file!);
    bytes[bytes.length - 1]! ^= 0xff;
    writeFileSync(file!, bytes);
    const error = await failure(core, 'documents.read', { documentId: document.id });
    expect(error.code).toBe('VAULT_KEY');
    expect(error.message).toMatch(
      /cannot be decrypted with vault key [0-9a-f]{16}: it was altered, or stored under another key/,
    );
  });
});
