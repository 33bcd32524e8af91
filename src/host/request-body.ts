import type { IncomingMessage } from 'node:http';
import { uploadLimitMegabytes } from '../shared/kyc/fields';

/** The largest API body: the largest document upload as base64 (4/3 of its bytes), and room for the rest. */
export const maxBodyBytes = Math.ceil((uploadLimitMegabytes.max * 1024 * 1024 * 4) / 3) + 1024 * 1024;

export type BodyRead = { ok: true; text: string } | { ok: false; reason: 'too large' };

/**
 * Reads a request body up to `cap` bytes. A declared Content-Length over the cap is refused
 * before a byte is read; a streamed body stops being read at the cap (the caller answers 413
 * and closes the connection), so a huge body is never held in memory or parsed.
 */
export function readBody(req: IncomingMessage, cap = maxBodyBytes): Promise<BodyRead> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > cap) return Promise.resolve({ ok: false, reason: 'too large' });
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= cap) return void chunks.push(chunk);
      req.off('data', onData);
      req.pause();
      resolve({ ok: false, reason: 'too large' });
    };
    req.on('data', onData);
    req.on('end', () => resolve({ ok: true, text: Buffer.concat(chunks).toString('utf8') }));
    req.on('error', reject);
  });
}
