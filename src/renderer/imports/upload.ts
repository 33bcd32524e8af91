import type { ImportSource } from '../../shared/imports/contract';
import { ApiError } from '../../shared/errors';
import { bridge, hostToken } from '../client/api';

/** What the import reads (the core tells by the bytes; these only filter the pickers). */
const csvExtensions = ['csv', 'tsv', 'txt'];
const spreadsheetExtensions = ['xlsx', 'ods'];
export const importFileFilters = [
  { name: 'CSV files and spreadsheets', extensions: [...csvExtensions, ...spreadsheetExtensions] },
];
export const importFileTypes = [
  'text/csv',
  'text/plain',
  'text/tab-separated-values',
  'application/vnd.ms-excel',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.oasis.opendocument.spreadsheet',
  ...[...csvExtensions, ...spreadsheetExtensions].map((extension) => `.${extension}`),
];

/** Browser host: streams the file to `PUT /uploads` (no size limit of the JSON API). */
export async function uploadFile(file: File): Promise<ImportSource> {
  const response = await fetch(`/uploads?token=${encodeURIComponent(hostToken ?? '')}`, { method: 'PUT', body: file });
  if (!response.ok) throw new ApiError('INTERNAL', `The upload of ${file.name} failed (${response.status})`);
  const { uploadId } = (await response.json()) as { uploadId: string };
  return { kind: 'upload', uploadId, fileName: file.name };
}

/** Electron: the native open dialog gives a path, read by the core directly. */
export async function pickFileSource(): Promise<ImportSource | null> {
  const path = await bridge.pickFile?.(importFileFilters);
  return path ? { kind: 'path', path } : null;
}

export const canPickNatively = typeof bridge.pickFile === 'function';
