// The legacy build: the modern one calls built-ins newer than Electron 45's Chromium has
// (Map.prototype.getOrInsertComputed), and the legacy build brings them along.
import { GlobalWorkerOptions, getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import workerUrl from 'pdfjs-dist/legacy/build/pdf.worker.min.mjs?url';

// The worker is one of our own files, as the CSP wants (worker-src 'self').
GlobalWorkerOptions.workerSrc = workerUrl;

/** Opens a PDF from a URL of ours; no eval (the CSP forbids it), no remote fonts. */
export function openPdf(url: string) {
  return getDocument({ url, isEvalSupported: false, disableFontFace: false, useSystemFonts: false });
}
export type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
