/**
 * The Content-Security-Policy of the renderer, the same in Electron and the browser host:
 * only our own scripts, no eval, no remote content. Mantine sets inline style attributes.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob: kyc-doc:",
  "font-src 'self' data:",
  "connect-src 'self' kyc-doc:",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
