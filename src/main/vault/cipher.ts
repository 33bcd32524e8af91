import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/** File layout: magic, 12-byte IV, 16-byte GCM tag, ciphertext. The magic names the format version. */
const magic = Buffer.from('KYCV1');
const ivLength = 12;
const tagLength = 16;

export function encrypt(key: Buffer, plaintext: Buffer): Buffer {
  const iv = randomBytes(ivLength);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(magic);
  const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return Buffer.concat([magic, iv, cipher.getAuthTag(), body]);
}

/** Throws when the file was altered or belongs to another key. */
export function decrypt(key: Buffer, stored: Buffer): Buffer {
  if (!stored.subarray(0, magic.length).equals(magic)) throw new Error('Not a KYC Desk vault file');
  const iv = stored.subarray(magic.length, magic.length + ivLength);
  const tag = stored.subarray(magic.length + ivLength, magic.length + ivLength + tagLength);
  const decipher = createDecipheriv('aes-256-gcm', key, iv);
  decipher.setAAD(magic);
  decipher.setAuthTag(tag);
  return Buffer.concat([decipher.update(stored.subarray(magic.length + ivLength + tagLength)), decipher.final()]);
}
