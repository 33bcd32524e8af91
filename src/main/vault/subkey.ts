import { hkdfSync } from 'node:crypto';

/** What a subkey is for; each purpose gets its own key, so one use never weakens another. */
export type SubkeyPurpose = 'decision-log';

const subkeyLength = 32;
/** Fixed salt: the master key is already uniformly random; the salt only names this scheme. */
const salt = Buffer.from('kyc-desk vault subkey v1');

/** A key for one purpose, derived from the vault key with HKDF-SHA256 (the vault key itself is never reused). */
export function deriveSubkey(masterKey: Buffer, purpose: SubkeyPurpose): Buffer {
  return Buffer.from(hkdfSync('sha256', masterKey, salt, purpose, subkeyLength));
}
