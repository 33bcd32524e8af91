import { randomBytes, scrypt, type ScryptOptions } from 'node:crypto';
import { decrypt, encrypt } from './cipher';
import { passphraseProtectorName } from '../../shared/vault/contract';
import type { KeyProtector } from './key-protector';

/** scrypt with N 2^15, r 8, p 1: 32 MiB and a fraction of a second per unlock; the cost is stored, so it can rise later. */
const defaultCost = { N: 2 ** 15, r: 8, p: 1 };

interface Wrapped {
  kdf: 'scrypt';
  N: number;
  r: number;
  p: number;
  salt: string;
  /** The vault key sealed with the passphrase's key (AES-256-GCM, cipher.ts's layout). */
  sealed: string;
}

function derive(passphrase: string, salt: Buffer, cost: { N: number; r: number; p: number }): Promise<Buffer> {
  const options: ScryptOptions = { ...cost, maxmem: 128 * cost.N * cost.r * 2 };
  return new Promise((resolve, reject) =>
    scrypt(passphrase.normalize('NFC'), salt, 32, options, (error, key) => (error ? reject(error) : resolve(key))),
  );
}

/** Wraps the vault key with a key derived from a passphrase; the salt and cost are stored with it. */
export function passphraseProtector(passphrase: string): KeyProtector {
  return {
    name: passphraseProtectorName,
    async protect(key) {
      const salt = randomBytes(16);
      const wrapping = await derive(passphrase, salt, defaultCost);
      const wrapped: Wrapped = {
        kdf: 'scrypt',
        ...defaultCost,
        salt: salt.toString('base64'),
        sealed: encrypt(wrapping, '0000000000000000', key).toString('base64'),
      };
      return Buffer.from(JSON.stringify(wrapped));
    },
    async unprotect(stored) {
      const wrapped = JSON.parse(stored.toString('utf8')) as Wrapped;
      const wrapping = await derive(passphrase, Buffer.from(wrapped.salt, 'base64'), wrapped);
      return decrypt(wrapping, Buffer.from(wrapped.sealed, 'base64'));
    },
  };
}
