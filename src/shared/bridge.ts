import type { ApiResult } from './errors';
import type { CoreEvent } from './events';

/**
 * What the Electron preload exposes as `window.desk`, and what the browser host's HTTP
 * client implements: one call into the router, and a feed of events.
 */
export interface DeskBridge {
  call(operation: string, input: unknown): Promise<ApiResult<unknown>>;
  onEvent(listener: (event: CoreEvent) => void): () => void;
  /**
   * Where the renderer loads a stored document from (img src, fetch for PDF.js): the browser
   * host's `/documents/<id>?token=` or Electron's `kyc-doc://document/<id>`; never file://.
   */
  documentUrl(documentId: number): string;
  /**
   * Electron only: the native open dialog; resolves to the chosen file's path, or null when
   * cancelled. The browser host has none: the renderer uploads through `PUT /uploads`.
   */
  pickFile?(filters: { name: string; extensions: string[] }[]): Promise<string | null>;
  /**
   * Electron only: the native save dialog for a file a job wrote to the downloads folder (an
   * export); copies it where the person chose. Resolves to that path, or null when cancelled.
   * The browser host downloads from `GET /downloads/<name>?token=` instead.
   */
  saveDownload?(downloadName: string): Promise<string | null>;
}

/** Electron's privileged scheme that serves decrypted documents to the renderer. */
export const documentScheme = 'kyc-doc';

export const ipcChannels = {
  call: 'desk:call',
  event: 'desk:event',
  pickFile: 'desk:pick-file',
  saveDownload: 'desk:save-download',
} as const;
