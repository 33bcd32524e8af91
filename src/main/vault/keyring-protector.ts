import { AsyncEntry } from '@napi-rs/keyring';
import { randomBytes } from 'node:crypto';
import { decrypt, encrypt } from './cipher';
import type { KeyProtector } from './key-protector';

const service = 'KYC Desk vault';

/**
 * The vault key wrapped by a random key kept in the OS keyring (Keychain, Credential Manager,
 * Secret Service). Undefined where no keyring answers (a headless Linux without a secret
 * service says AccessDenied), so the host asks for a passphrase instead.
 */
export async function keyringProtector(): Promise<KeyProtector | undefined> {
  const probe = new AsyncEntry(service, `probe-${randomBytes(6).toString('hex')}`);
  try {
    await probe.setPassword('probe');
    await probe.deletePassword();
  } catch {
    return undefined;
  }
  return {
    name: 'os-keyring',
    async protect(key) {
      const account = `vault-${randomBytes(8).toString('hex')}`;
      const wrapping = randomBytes(32);
      await new AsyncEntry(service, account).setPassword(wrapping.toString('base64'));
      return Buffer.from(
        JSON.stringify({ account, sealed: encrypt(wrapping, '0000000000000000', key).toString('base64') }),
      );
    },
    async unprotect(stored) {
      const { account, sealed } = JSON.parse(stored.toString('utf8')) as { account: string; sealed: string };
      const wrapping = await new AsyncEntry(service, account).getPassword();
      if (!wrapping) throw new Error(`The OS keyring has no entry "${account}" for the vault key`);
      return decrypt(Buffer.from(wrapping, 'base64'), Buffer.from(sealed, 'base64'));
    },
  };
}
