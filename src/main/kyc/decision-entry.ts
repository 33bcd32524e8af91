import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The canonical encoding of a decision-log entry, and its keyed MAC. The MAC covers exactly the
 * bytes the database holds: each text column as its stored UTF-8 bytes (the SQLite reader hands
 * them over as blobs, so a byte that is not valid UTF-8 is covered as it is, never as a
 * replacement character), the id, and the link to the entry before.
 */
export const macFields = [
  'id',
  'at',
  'reviewer',
  'customerId',
  'check',
  'outcome',
  'reason',
  'note',
  'fileSha256',
  'prevHash',
] as const;
export type MacField = (typeof macFields)[number];
/** A stored cell: an integer, text (a string, or its stored bytes), or null. */
export type Cell = number | string | Uint8Array | null;
export type EntryCells = Record<MacField, Cell>;

/** A stored cell as text (bytes that are not UTF-8 read as replacement characters); null stays null. */
export function textOf(cell: Cell): string | null {
  if (cell === null || typeof cell === 'string') return cell;
  if (typeof cell === 'number') return String(cell);
  return Buffer.from(cell).toString('utf8');
}

/** The link before the first entry. */
export const genesisMac = '0'.repeat(64);

/** Names the scheme, so a MAC of one encoding is never taken for another's. */
const scheme = Buffer.from('kyc-desk decision-log hmac-sha256 v1\0');

/** Each cell as a tag (0 null, 1 integer, 2 text), a 4-byte big-endian length and its bytes. */
export function canonicalEntry(entry: EntryCells): Buffer {
  const parts: Buffer[] = [scheme];
  for (const field of macFields) {
    const cell = entry[field];
    const [tag, bytes] =
      cell === null
        ? [0, Buffer.alloc(0)]
        : typeof cell === 'number'
          ? [1, Buffer.from(String(cell))]
          : [2, typeof cell === 'string' ? Buffer.from(cell, 'utf8') : Buffer.from(cell)];
    const header = Buffer.alloc(5);
    header.writeUInt8(tag, 0);
    header.writeUInt32BE(bytes.length, 1);
    parts.push(header, bytes);
  }
  return Buffer.concat(parts);
}

export function entryMac(key: Buffer, entry: EntryCells): string {
  return createHmac('sha256', key).update(canonicalEntry(entry)).digest('hex');
}

/** A MAC of some bytes under the key, for the head and the key check. */
export function macOf(key: Buffer, label: string, ...values: (string | number)[]): string {
  return createHmac('sha256', key)
    .update(JSON.stringify([label, ...values]))
    .digest('hex');
}

/** Compares two hex MACs in constant time. */
export function sameMac(a: string, b: string): boolean {
  const left = Buffer.from(a, 'utf8');
  const right = Buffer.from(b, 'utf8');
  return left.length === right.length && timingSafeEqual(left, right);
}
