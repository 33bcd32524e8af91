import { hkdfSync } from 'node:crypto';

/** What a subkey is for; each purpose gets its own key, so one use never weakens another. */
export type SubkeyPurpose = 'decision-log' | 'key-id';

const subkeyLength = 32;
/** Fixed salt: the master key is already uniformly random; the salt only names this scheme. */
const salt = Buffer.from('kyc-desk vault subkey v1');

/** A key for one purpose, derived from the vault key with HKDF-SHA256 (the vault key itself is never reused). */
export function deriveSubkey(masterKey: Buffer, purpose: SubkeyPurpose): Buffer {
  return Buffer.from(hkdfSync('sha256', masterKey, salt, purpose, subkeyLength));
}

/** The key's fingerprint (16 hex digits): names it in messages and checks that a stored key is whole. */
export function keyIdOf(masterKey: Buffer): string {
  return deriveSubkey(masterKey, 'key-id').subarray(0, 8).toString('hex');
}
