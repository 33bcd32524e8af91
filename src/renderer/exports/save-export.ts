import type { ExportedFile } from '../../shared/exports/contract';
import { bridge } from '../client/api';
import { downloadUrl } from '../jobs/downloads';

/**
 * Hands a finished export to the person: Electron shows the native save dialog; the browser
 * host downloads it. Resolves to where it went (a path in Electron), or null if cancelled.
 */
export async function saveExport(file: ExportedFile): Promise<string | null> {
  if (bridge.saveDownload) return bridge.saveDownload(file.downloadName);
  const url = downloadUrl(file.downloadName);
  if (!url) return null;
  const link = document.createElement('a');
  link.href = url;
  link.download = file.downloadName;
  link.click();
  return file.downloadName;
}
