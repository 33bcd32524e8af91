// The legacy build: the modern one calls built-ins newer than Electron 45's Chromium has
// (Map.prototype.getOrInsertComputed), and the legacy build brings them along.
import { GlobalWorkerOptions, getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import workerUrl from 'pdfjs-dist/legacy/build/pdf.worker.min.mjs?url';

// The worker is one of our own files, as the CSP wants (worker-src 'self').
GlobalWorkerOptions.workerSrc = workerUrl;

/**
 * Opens a PDF from a URL of ours. No eval (the CSP forbids it); the standard fonts a PDF names
 * without embedding them (Helvetica, Times) come from the system's look-alikes.
 */
export function openPdf(url: string) {
  return getDocument({ url, isEvalSupported: false, useSystemFonts: true });
}
export type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
