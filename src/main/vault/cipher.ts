import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/**
 * File layout: magic, (v2) the key's 8-byte id, 12-byte IV, 16-byte GCM tag, ciphertext. The
 * header is authenticated; the key id lets the desk name the key a file needs when it is missing.
 */
const magicV1 = Buffer.from('KYCV1');
const magicV2 = Buffer.from('KYCV2');
const keyIdLength = 8;
const ivLength = 12;
const tagLength = 16;

function headerLength(stored: Buffer): number {
  if (stored.subarray(0, magicV2.length).equals(magicV2)) return magicV2.length + keyIdLength;
  if (stored.subarray(0, magicV1.length).equals(magicV1)) return magicV1.length;
  throw new Error('Not a KYC Desk vault file');
}

/** `keyId` is the key's fingerprint in hex (see keyIdOf). */
export function encrypt(key: Buffer, keyId: string, plaintext: Buffer): Buffer {
  const header = Buffer.concat([magicV2, Buffer.from(keyId, 'hex')]);
  const iv = randomBytes(ivLength);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(header);
  const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return Buffer.concat([header, iv, cipher.getAuthTag(), body]);
}

/** The id of the key a file was sealed with; null for files from before ids were written. */
export function sealedKeyId(stored: Buffer): string | null {
  if (!stored.subarray(0, magicV2.length).equals(magicV2)) return null;
  return stored.subarray(magicV2.length, magicV2.length + keyIdLength).toString('hex');
}

/** Throws when the file was altered or belongs to another key. */
export function decrypt(key: Buffer, stored: Buffer): Buffer {
  const header = headerLength(stored);
  const iv = stored.subarray(header, header + ivLength);
  const tag = stored.subarray(header + ivLength, header + ivLength + tagLength);
  const decipher = createDecipheriv('aes-256-gcm', key, iv);
  decipher.setAAD(stored.subarray(0, header));
  decipher.setAuthTag(tag);
  return Buffer.concat([decipher.update(stored.subarray(header + ivLength + tagLength)), decipher.final()]);
}
