import { createReadStream, createWriteStream, existsSync, rmSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { pipeline } from 'node:stream/promises';
import { privateFileMode } from '../main/files/private';
import { downloadPath, isSafeFileName, newUploadId, uploadPath } from '../main/jobs/files';

/** Uploads may be large (a million-row CSV); they stream to disk, never into memory. */
const maxUploadBytes = 2 * 1024 * 1024 * 1024;

/**
 * `PUT /uploads?token=&name=FILE` streams the body to `<data>/tmp/uploads/<id>` and answers
 * `{ uploadId, size }`; operations (e.g. imports) then take the uploadId.
 */
export async function receiveUpload(req: IncomingMessage, res: ServerResponse, dataDir: string): Promise<void> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > maxUploadBytes) return json(res, 413, { error: 'The file is larger than 2 GB' });
  const uploadId = newUploadId();
  const file = uploadPath(dataDir, uploadId);
  let size = 0;
  req.on('data', (chunk: Buffer) => {
    size += chunk.length;
    if (size > maxUploadBytes) req.destroy(new Error('too large'));
  });
  try {
    await pipeline(req, createWriteStream(file, { mode: privateFileMode }));
  } catch {
    rmSync(file, { force: true });
    if (!res.headersSent) json(res, 400, { error: 'The upload did not complete' });
    return;
  }
  json(res, 200, { uploadId, size });
}

/**
 * `GET /downloads/<name>?token=` serves a file from `<data>/downloads/` (error reports of
 * imports, exported files) as an attachment. Only plain file names are accepted.
 */
export function sendDownload(res: ServerResponse, dataDir: string, name: string): void {
  if (!isSafeFileName(name)) return json(res, 404, { error: 'not found' });
  const file = downloadPath(dataDir, name);
  if (!existsSync(file)) return json(res, 404, { error: 'not found' });
  res.writeHead(200, {
    'content-type': contentTypeOf(name),
    'content-length': statSync(file).size,
    'content-disposition': `attachment; filename="${name}"`,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  createReadStream(file).pipe(res);
}

function contentTypeOf(name: string): string {
  if (name.endsWith('.csv')) return 'text/csv; charset=utf-8';
  if (name.endsWith('.xlsx')) return 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  if (name.endsWith('.pdf')) return 'application/pdf';
  if (name.endsWith('.json')) return 'application/json';
  return 'application/octet-stream';
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}
