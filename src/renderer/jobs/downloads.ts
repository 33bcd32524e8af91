import { hostToken } from '../client/api';

/**
 * Where the browser fetches a file that a job wrote to the data folder's downloads/ (error
 * reports, exports): the browser host's `GET /downloads/<name>?token=`. Null in Electron,
 * which has no such route.
 */
export function downloadUrl(name: string): string | null {
  return hostToken === null ? null : `/downloads/${encodeURIComponent(name)}?token=${encodeURIComponent(hostToken)}`;
}

/** Saves text the renderer already holds (a generated template) as a file. */
export function saveText(fileName: string, text: string, type = 'text/csv;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
