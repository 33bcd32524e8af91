import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import PDFDocument from 'pdfkit';
import type { InputOf, OperationName, OutputOf } from '../../../shared/api';
import type { Core } from '../../core';

/** A real 1x1 PNG. */
export const pngBytes = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

/** A distinct real PNG: `pngBytes` with a tEXt chunk saying `text` before its IEND chunk. */
export function labelledPng(text: string): Buffer {
  const data = Buffer.from(`Comment\0${text}`, 'latin1');
  const chunk = Buffer.alloc(12 + data.length);
  chunk.writeUInt32BE(data.length, 0);
  chunk.write('tEXt', 4, 'latin1');
  data.copy(chunk, 8);
  chunk.writeUInt32BE(crc32(chunk.subarray(4, 8 + data.length)), 8 + data.length);
  const iend = pngBytes.length - 12;
  return Buffer.concat([pngBytes.subarray(0, iend), chunk, pngBytes.subarray(iend)]);
}

/** The first bytes of a 64-bit Linux executable (ELF header), padded. */
export const elfBytes = Buffer.concat([
  Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00]),
  Buffer.alloc(8),
  Buffer.from([0x02, 0x00, 0x3e, 0x00, 0x01, 0x00, 0x00, 0x00]),
  Buffer.alloc(4072),
]);

/** A Windows executable: the MZ header with a PE signature where e_lfanew points. */
export function peBytes(): Buffer {
  const bytes = Buffer.alloc(512);
  bytes.write('MZ', 0, 'latin1');
  bytes.writeUInt32LE(0x80, 0x3c);
  bytes.write('PE\0\0', 0x80, 'latin1');
  return bytes;
}

/** A one-page PDF saying `text`, made by pdfkit. */
export function pdfBytes(text: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ compress: false });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.text(text);
    doc.end();
  });
}

export function tempDataDir(): string {
  return mkdtempSync(join(tmpdir(), 'kyc-core-'));
}

export async function ok<N extends OperationName>(core: Core, name: N, input: InputOf<N>): Promise<OutputOf<N>> {
  const result = await core.router.call(name, input);
  if (!result.ok) throw new Error(`${name} failed: ${JSON.stringify(result.error)}`);
  return result.value as OutputOf<N>;
}

export async function failure(core: Core, name: OperationName, input: unknown) {
  const result = await core.router.call(name, input);
  if (result.ok) throw new Error(`${name} unexpectedly succeeded`);
  return result.error;
}

export async function makeCustomer(core: Core, email: string, extra: Record<string, unknown> = {}) {
  return ok(core, 'customers.create', {
    firstName: 'Ada',
    lastName: 'Lovelace',
    email,
    gender: 'female',
    country: 'GB',
    affiliateProfitShare: '0',
    ...extra,
  });
}

export const base64 = (bytes: Buffer) => bytes.toString('base64');
