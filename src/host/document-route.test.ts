import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../main/core';
import { base64, makeCustomer, ok, pngBytes, tempDataDir } from '../main/kyc/test/fixtures';
import { startWebHost, type WebHost } from './web-server';
import { testVaultPassphrase } from '../main/test-support';

let dataDir: string;
let core: Core;
let host: WebHost;
let origin: string;

beforeAll(async () => {
  dataDir = tempDataDir();
  const rendererDir = join(dataDir, 'renderer');
  mkdirSync(rendererDir);
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>KYC Desk</title>');
  core = await openCore({ dataDir, migrationsFolder: 'drizzle', vaultPassphrase: testVaultPassphrase });
  host = await startWebHost(core, rendererDir, 0);
  origin = new URL(host.url).origin;
});
afterAll(async () => {
  await host.close();
  await core.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('GET /documents/<id> on the browser host', () => {
  it('serves the decrypted file as an attachment of its sniffed type under a generated name, only with the token', async () => {
    const customer = await makeCustomer(core, 'route@example.com');
    const document = await ok(core, 'documents.upload', {
      customerId: customer.id,
      slot: 'photo',
      fileName: 'face.jpg',
      contentBase64: base64(pngBytes),
    });
    const response = await fetch(`${origin}/documents/${document.id}?token=${host.token}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/png');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    // The customer's file name never reaches a header; opened by itself the file downloads, it is never a page.
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="document-${document.id}.png"`);
    expect(response.headers.get('content-security-policy')).toBe("default-src 'none'; sandbox");
    expect(Buffer.from(await response.arrayBuffer()).equals(pngBytes)).toBe(true);

    expect((await fetch(`${origin}/documents/${document.id}`)).status).toBe(401);
    expect((await fetch(`${origin}/documents/${document.id}?token=wrong`)).status).toBe(401);
    expect((await fetch(`${origin}/documents/999?token=${host.token}`)).status).toBe(404);
  });

  it('checks a stored file again before serving it: one whose stored type no longer fits its bytes is refused', async () => {
    const customer = await makeCustomer(core, 'route-recheck@example.com');
    const document = await ok(core, 'documents.upload', {
      customerId: customer.id,
      slot: 'photo',
      fileName: 'evil.html',
      contentBase64: base64(pngBytes),
    });
    core.storage.writer.$client.prepare("UPDATE documents SET mime_type = 'image/jpeg' WHERE id = ?").run(document.id);
    const response = await fetch(`${origin}/documents/${document.id}?token=${host.token}`);
    expect(response.status).toBe(403);
    expect(((await response.json()) as { error: string }).error).toMatch(/^Document #\d+ accepts JPEG image only/);
  });
});
