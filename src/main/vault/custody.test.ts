import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openCore, type Core, type CoreOptions } from '../core';
import { base64, failure, makeCustomer, ok, pdfBytes, pngBytes, tempDataDir } from '../kyc/test/fixtures';
import { testVaultPassphrase } from '../test-support';
import { encrypt } from './cipher';
import { passphraseProtector } from './passphrase-protector';
import { keyIdOf } from './subkey';

const folders: string[] = [];
const cores: Core[] = [];
afterEach(async () => {
  await Promise.all(cores.splice(0).map((core) => core.close()));
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

async function open(dataDir: string, options: Partial<CoreOptions> = { vaultPassphrase: testVaultPassphrase }) {
  const core = await openCore({ dataDir, migrationsFolder: 'drizzle', onInternalError: () => {}, ...options });
  cores.push(core);
  return core;
}

async function deskWithDocument() {
  const dataDir = tempDataDir();
  folders.push(dataDir);
  const core = await open(dataDir);
  const customer = await makeCustomer(core, 'keys@example.com');
  const document = await ok(core, 'documents.upload', {
    customerId: customer.id,
    slot: 'selfie',
    fileName: 'me.png',
    contentBase64: base64(pngBytes),
  });
  return { dataDir, core, customer, document, keyFile: join(dataDir, 'vault', 'key.json') };
}

/** A new photo upload, which a desk without its right vault key must refuse: the refusal. */
const refusedUpload = (core: Core, customerId: number) =>
  failure(core, 'documents.upload', {
    customerId,
    slot: 'photo',
    fileName: 'new.png',
    contentBase64: base64(pngBytes),
  });
const keyFileOf = (dataDir: string) => JSON.parse(readFileSync(join(dataDir, 'vault', 'key.json'), 'utf8'));

describe('vault key custody', () => {
  it('creates one protected key with the data folder: wrapped by the passphrase, fingerprinted, never raw', async () => {
    const { dataDir, core, document } = await deskWithDocument();
    const file = keyFileOf(dataDir);
    expect(file).toMatchObject({
      version: 2,
      protector: 'passphrase-scrypt',
      keyId: expect.stringMatching(/^[0-9a-f]{16}$/),
    });
    expect(Buffer.from(file.key, 'base64').length).not.toBe(32);
    expect(statSync(join(dataDir, 'vault', 'key.json')).mode & 0o777).toBe(0o600);
    expect(await ok(core, 'vault.status', {})).toMatchObject({ state: 'unlocked', keyId: file.keyId, documents: 1 });
    expect(await ok(core, 'vault.check', {})).toEqual({ keyId: file.keyId, readable: 1, unreadable: [] });
    expect((await ok(core, 'documents.read', { documentId: document.id })).contentBase64).toBe(base64(pngBytes));
  });

  it('a deleted key.json with documents stored: a typed error naming the key and the file, uploads refused, no new key; restoring it makes everything readable again', async () => {
    const { dataDir, customer, document, keyFile } = await deskWithDocument();
    const keyId = keyFileOf(dataDir).keyId;
    await Promise.all(cores.splice(0).map((core) => core.close()));
    const saved = readFileSync(keyFile);
    rmSync(keyFile);

    const core = await open(dataDir);
    const status = await ok(core, 'vault.status', {});
    expect(status).toMatchObject({ state: 'missing', keyId: null, expectedKeyId: keyId, keyFile, documents: 1 });
    expect(status.message).toContain(`key ${keyId}`);
    expect(status.message).toContain(keyFile);
    const upload = await refusedUpload(core, customer.id);
    expect(upload.code).toBe('VAULT_KEY');
    expect(upload.message).toMatch(/vault key is missing.*Restore key\.json/);
    expect((await failure(core, 'documents.read', { documentId: document.id })).code).toBe('VAULT_KEY');
    expect(
      (await ok(core, 'documents.list', { customerId: customer.id })).find((s) => s.slot === 'photo')?.current,
    ).toBeNull();
    expect(readdirSync(join(dataDir, 'vault'))).not.toContain('key.json');
    expect(await ok(core, 'vault.check', {})).toMatchObject({
      keyId: null,
      readable: 0,
      unreadable: [{ documentId: document.id, reason: 'no-key' }],
    });

    writeFileSync(keyFile, saved, { mode: 0o600 });
    expect((await ok(core, 'vault.status', {})).state).toBe('unlocked');
    expect((await ok(core, 'documents.read', { documentId: document.id })).contentBase64).toBe(base64(pngBytes));
  });

  it('a corrupt key file gives VAULT_KEY, not INTERNAL, and a damaged key is caught by its check value', async () => {
    const { dataDir, customer, keyFile } = await deskWithDocument();
    await Promise.all(cores.splice(0).map((core) => core.close()));
    const saved = readFileSync(keyFile, 'utf8');
    writeFileSync(keyFile, '{"version":2,"keyI');
    let core = await open(dataDir);
    expect(await ok(core, 'vault.status', {})).toMatchObject({ state: 'corrupt' });
    const upload = await refusedUpload(core, customer.id);
    expect(upload).toMatchObject({ code: 'VAULT_KEY', message: expect.stringContaining('not valid JSON') });

    // A key id that does not match the key it wraps: the check value refuses it.
    writeFileSync(keyFile, JSON.stringify({ ...JSON.parse(saved), keyId: '0123456789abcdef' }));
    await core.close();
    core = await open(dataDir);
    const status = await ok(core, 'vault.status', {});
    expect(status.state).toBe('corrupt');
    expect(status.message).toContain('check value 0123456789abcdef');
  });

  it("another desk's key is wrong: uploads refused, the message names both keys; putting the right one back unlocks", async () => {
    const { dataDir, customer, document, keyFile } = await deskWithDocument();
    const rightId = keyFileOf(dataDir).keyId;
    const other = await deskWithDocument();
    const otherId = keyFileOf(other.dataDir).keyId;
    await Promise.all(cores.splice(0).map((core) => core.close()));
    const saved = readFileSync(keyFile);
    copyFileSync(other.keyFile, keyFile);

    const core = await open(dataDir);
    const status = await ok(core, 'vault.status', {});
    expect(status).toMatchObject({ state: 'wrong', keyId: otherId, expectedKeyId: rightId });
    expect(status.message).toContain(`they need key ${rightId}`);
    const upload = await refusedUpload(core, customer.id);
    expect(upload.code).toBe('VAULT_KEY');
    writeFileSync(keyFile, saved);
    expect((await ok(core, 'documents.read', { documentId: document.id })).contentBase64).toBe(base64(pngBytes));
  });

  it('starting a new vault is deliberate: the old files are moved aside and reported unreadable, a re-upload is sealed anew', async () => {
    const { dataDir, customer, document, keyFile } = await deskWithDocument();
    const oldId = keyFileOf(dataDir).keyId;
    const unlocked = await failure(cores[0]!, 'vault.startNew', { confirm: true });
    expect(unlocked.code).toBe('CONFLICT');
    await Promise.all(cores.splice(0).map((core) => core.close()));
    rmSync(keyFile);
    const core = await open(dataDir);
    expect((await failure(core, 'vault.startNew', {})).code).toBe('VALIDATION');

    const fresh = await ok(core, 'vault.startNew', { confirm: true });
    expect(fresh.state).toBe('unlocked');
    expect(fresh.keyId).not.toBe(oldId);
    const retired = readdirSync(join(dataDir, 'vault', 'retired'));
    expect(retired).toHaveLength(1);
    expect(retired[0]).toContain(`key-${oldId}`);
    const read = await failure(core, 'documents.read', { documentId: document.id });
    expect(read).toMatchObject({ code: 'VAULT_KEY', message: expect.stringContaining('retired') });
    expect(await ok(core, 'vault.check', {})).toMatchObject({
      keyId: fresh.keyId,
      readable: 0,
      unreadable: [{ documentId: document.id, customerId: customer.id, fileName: 'me.png', reason: 'file-missing' }],
    });

    const again = await ok(core, 'documents.upload', {
      customerId: customer.id,
      slot: 'photo',
      fileName: 'me-again.png',
      contentBase64: base64(pngBytes),
    });
    expect((await ok(core, 'documents.read', { documentId: again.id })).contentBase64).toBe(base64(pngBytes));
    expect(keyFileOf(dataDir).keyId).toBe(fresh.keyId);
  });

  it('a stored file sealed under another key is never reused by an upload of the same bytes', async () => {
    const { dataDir, customer } = await deskWithDocument();
    const pdf = await pdfBytes('Same bytes, other key');
    const sha256 = (await import('./store')).sha256Hex(pdf);
    const foreign = Buffer.alloc(32, 7);
    mkdirSync(join(dataDir, 'vault', 'files', sha256.slice(0, 2)), { recursive: true });
    writeFileSync(join(dataDir, 'vault', 'files', sha256.slice(0, 2), sha256), encrypt(foreign, keyIdOf(foreign), pdf));
    const document = await ok(cores[0]!, 'documents.upload', {
      customerId: customer.id,
      slot: 'docFile1',
      fileName: 'passport.pdf',
      contentBase64: base64(pdf),
    });
    expect(
      Buffer.from((await ok(cores[0]!, 'documents.read', { documentId: document.id })).contentBase64, 'base64').equals(
        pdf,
      ),
    ).toBe(true);
  });

  it('a passphrase-protected key stays locked without its passphrase; a wrong one is refused, the right one unlocks', async () => {
    const { dataDir, customer, document } = await deskWithDocument();
    await Promise.all(cores.splice(0).map((core) => core.close()));
    const core = await open(dataDir, { vaultPassphrase: 'not the passphrase' });
    const keyId = keyFileOf(dataDir).keyId;
    expect(await ok(core, 'vault.status', {})).toMatchObject({ state: 'enter-passphrase', expectedKeyId: keyId });
    expect((await failure(core, 'documents.read', { documentId: document.id })).code).toBe('VAULT_KEY');
    const wrong = await failure(core, 'vault.unlock', { passphrase: 'still not it at all' });
    expect(wrong).toMatchObject({ code: 'VAULT_KEY', fieldErrors: { passphrase: expect.any(String) } });
    expect(await ok(core, 'vault.unlock', { passphrase: testVaultPassphrase })).toMatchObject({
      state: 'unlocked',
      keyId,
    });
    await ok(core, 'documents.upload', {
      customerId: customer.id,
      slot: 'photo',
      fileName: 'after-unlock.png',
      contentBase64: base64(pngBytes),
    });
  });

  it('a fresh desk without keyring or passphrase asks for one first; a short one is refused', async () => {
    const dataDir = tempDataDir();
    folders.push(dataDir);
    const core = await open(dataDir, {});
    expect((await ok(core, 'vault.status', {})).state).toBe('set-passphrase');
    const customer = await makeCustomer(core, 'fresh@example.com');
    const upload = {
      customerId: customer.id,
      slot: 'selfie',
      fileName: 'me.png',
      contentBase64: base64(pngBytes),
    } as const;
    expect((await failure(core, 'documents.upload', upload)).code).toBe('VAULT_KEY');
    expect(readdirSync(join(dataDir, 'vault'))).not.toContain('key.json');
    expect((await failure(core, 'vault.unlock', { passphrase: 'short' })).fieldErrors?.passphrase).toMatch(
      /at least 10/,
    );
    expect((await ok(core, 'vault.unlock', { passphrase: testVaultPassphrase })).state).toBe('unlocked');
    await ok(core, 'documents.upload', upload);
    expect(keyFileOf(dataDir).protector).toBe('passphrase-scrypt');

    // Deleted while the desk runs: noticed at the next use, no new key made.
    rmSync(join(dataDir, 'vault', 'key.json'));
    expect((await failure(core, 'documents.upload', { ...upload, slot: 'photo' })).code).toBe('VAULT_KEY');
    expect((await ok(core, 'vault.status', {})).state).toBe('missing');
  });

  it('a raw key file of an earlier release is rewritten protected on first unlock, keeping the key', async () => {
    const dataDir = tempDataDir();
    folders.push(dataDir);
    const raw = Buffer.alloc(32, 3);
    mkdirSync(join(dataDir, 'vault'), { recursive: true });
    writeFileSync(
      join(dataDir, 'vault', 'key.json'),
      JSON.stringify({ protector: 'owner-only-file', key: raw.toString('base64') }),
    );
    const core = await open(dataDir, {});
    expect(await ok(core, 'vault.status', {})).toMatchObject({ state: 'set-passphrase', keyId: keyIdOf(raw) });
    await ok(core, 'vault.unlock', { passphrase: testVaultPassphrase });
    const file = keyFileOf(dataDir);
    expect(file).toMatchObject({ version: 2, protector: 'passphrase-scrypt', keyId: keyIdOf(raw) });
    expect(file.key).not.toBe(raw.toString('base64'));
    expect(
      (await passphraseProtector(testVaultPassphrase).unprotect(Buffer.from(file.key, 'base64'))).equals(raw),
    ).toBe(true);
  });

  it('the passphrase wrapping: the right passphrase unwraps, a wrong one throws', async () => {
    const key = Buffer.alloc(32, 9);
    const wrapped = await passphraseProtector('a long enough passphrase').protect(key);
    expect(wrapped.includes(key)).toBe(false);
    expect(JSON.parse(wrapped.toString())).toMatchObject({ kdf: 'scrypt', N: 2 ** 15, r: 8, p: 1 });
    expect((await passphraseProtector('a long enough passphrase').unprotect(wrapped)).equals(key)).toBe(true);
    await expect(passphraseProtector('another passphrase!').unprotect(wrapped)).rejects.toThrow();
  });

  it('vault.check lists an altered file as unreadable by document id and counts the rest', async () => {
    const { dataDir, core, customer, document } = await deskWithDocument();
    const pdf = await ok(core, 'documents.upload', {
      customerId: customer.id,
      slot: 'docFile1',
      fileName: 'passport.pdf',
      contentBase64: base64(await pdfBytes('Checked')),
    });
    const file = join(dataDir, 'vault', 'files', document.sha256.slice(0, 2), document.sha256);
    const bytes = readFileSync(file);
    bytes[bytes.length - 1]! ^= 0xff;
    writeFileSync(file, bytes);
    const check = await ok(core, 'vault.check', {});
    expect(check.readable).toBe(1);
    expect(check.unreadable).toEqual([
      { documentId: document.id, customerId: customer.id, fileName: 'me.png', reason: 'not-decryptable' },
    ]);
    expect(pdf.id).not.toBe(document.id);
  });
});
