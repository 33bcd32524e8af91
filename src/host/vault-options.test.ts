import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../main/core';
import { ok, tempDataDir } from '../main/kyc/test/fixtures';
import { testVaultPassphrase } from '../main/test-support';
import { keyringProtector } from '../main/vault/keyring-protector';
import { hostVaultOptions, vaultPassphraseVariable } from './vault-options';

const folders: string[] = [];
const cores: Core[] = [];
afterEach(async () => {
  await Promise.all(cores.splice(0).map((core) => core.close()));
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

const keyFileOf = (dataDir: string) => JSON.parse(readFileSync(join(dataDir, 'vault', 'key.json'), 'utf8'));

describe("the hosts' vault key protection", () => {
  it('the hosts fall back to the KYC_VAULT_PASSPHRASE passphrase where no OS keyring answers', async () => {
    const keyring = await keyringProtector();
    const before = process.env[vaultPassphraseVariable];
    process.env[vaultPassphraseVariable] = testVaultPassphrase;
    try {
      const options = await hostVaultOptions();
      expect(options.vaultPassphrase).toBe(testVaultPassphrase);
      expect(options.keyProtector?.name).toBe(keyring?.name);
      const dataDir = tempDataDir();
      folders.push(dataDir);
      const core = await openCore({ dataDir, migrationsFolder: 'drizzle', ...options });
      cores.push(core);
      await ok(core, 'vault.status', {});
      expect(keyFileOf(dataDir).protector).toBe(keyring ? 'os-keyring' : 'passphrase-scrypt');
    } finally {
      if (before === undefined) delete process.env[vaultPassphraseVariable];
      else process.env[vaultPassphraseVariable] = before;
    }
  });
});
