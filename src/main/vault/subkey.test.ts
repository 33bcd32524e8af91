import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openCore } from '../core';
import { tempDataDir } from '../kyc/test/fixtures';
import { deriveSubkey } from './subkey';
import { testVaultPassphrase } from '../test-support';

describe('vault subkeys', () => {
  it('derives a stable 32-byte key per master key, different from the master key and from other masters', () => {
    const master = randomBytes(32);
    const key = deriveSubkey(master, 'decision-log');
    expect(key).toHaveLength(32);
    expect(deriveSubkey(Buffer.from(master), 'decision-log').equals(key)).toBe(true);
    expect(key.equals(master)).toBe(false);
    expect(deriveSubkey(randomBytes(32), 'decision-log').equals(key)).toBe(false);
  });

  it('the core gives the same decision-log key after reopening the data folder', async () => {
    const dataDir = tempDataDir();
    try {
      const first = await openCore({ dataDir, migrationsFolder: 'drizzle', vaultPassphrase: testVaultPassphrase });
      const key = await first.decisionLogKey();
      await first.close();
      const second = await openCore({ dataDir, migrationsFolder: 'drizzle', vaultPassphrase: testVaultPassphrase });
      expect((await second.decisionLogKey()).equals(key)).toBe(true);
      await second.close();
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
