import type { CoreOptions } from '../main/core';
import { keyringProtector } from '../main/vault/keyring-protector';

/** Names the environment variable that gives the CLI (and tests of the hosts) the vault passphrase. */
export const vaultPassphraseVariable = 'KYC_VAULT_PASSPHRASE';

/**
 * How the browser host and the CLI protect the vault key: the OS keyring where one answers,
 * else a passphrase from KYC_VAULT_PASSPHRASE or, in the browser, the lock screen.
 */
export async function hostVaultOptions(): Promise<Pick<CoreOptions, 'keyProtector' | 'vaultPassphrase'>> {
  return { keyProtector: await keyringProtector(), vaultPassphrase: process.env[vaultPassphraseVariable] || undefined };
}
