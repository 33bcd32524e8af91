import { protocol } from 'electron';
import { documentScheme } from '../src/shared/bridge';
import { ApiError } from '../src/shared/errors';
import type { Core } from '../src/main/core';
import { appOrigin } from './app-origin';

/**
 * Serves stored documents to the renderer as kyc-doc://document/<id>, decrypted in the main
 * process: the renderer never gets a file:// path or the vault key.
 */
export function serveDocuments(core: Core): void {
  protocol.handle(documentScheme, async (request) => {
    const url = new URL(request.url);
    const match = /^\/(\d+)$/.exec(url.pathname);
    if (url.host !== 'document' || !match) return new Response('Not found', { status: 404 });
    try {
      const file = await core.readDocument(Number(match[1]));
      return new Response(new Uint8Array(file.bytes), {
        // PDF.js fetches the file from the app://desk page.
        headers: { ...file.headers, 'access-control-allow-origin': appOrigin },
      });
    } catch (error) {
      if (error instanceof ApiError && error.code === 'NOT_FOUND') return new Response('Not found', { status: 404 });
      if (error instanceof ApiError && error.code === 'VALIDATION') return new Response(error.message, { status: 403 });
      throw error;
    }
  });
}
