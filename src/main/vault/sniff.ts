import { fileTypeFromBuffer } from 'file-type';
import { ApiError } from '../../shared/errors';
import type { DocumentMimeType } from '../../shared/kyc/fields';
import { contentProblem } from './content-check';

const types: Record<DocumentMimeType, { name: string; extension: string }> = {
  'image/jpeg': { name: 'JPEG image', extension: 'jpg' },
  'image/png': { name: 'PNG image', extension: 'png' },
  'image/webp': { name: 'WebP image', extension: 'webp' },
  'image/gif': { name: 'GIF image', extension: 'gif' },
  'application/pdf': { name: 'PDF', extension: 'pdf' },
};

/** The file name extension of a stored document's type. */
export const extensionOf = (mime: DocumentMimeType) => types[mime].extension;

/**
 * The file's type from its bytes alone (the name and the declared type are never trusted),
 * and only when the file is that type and nothing else (content-check.ts).
 */
export async function sniffType(
  bytes: Uint8Array,
  accepted: readonly DocumentMimeType[],
  what: string,
): Promise<DocumentMimeType> {
  const found = await fileTypeFromBuffer(bytes);
  const mime = found?.mime as string | undefined;
  if (mime && (accepted as readonly string[]).includes(mime)) {
    const problem = contentProblem(Buffer.from(bytes), mime as DocumentMimeType);
    if (!problem) return mime as DocumentMimeType;
    const message = `${what} cannot be stored: ${problem}. Save it again as a plain ${types[mime as DocumentMimeType].name} and upload that`;
    throw new ApiError('VALIDATION', message, { contentBase64: message });
  }
  const allowed = accepted.map((type) => types[type].name).join(', ');
  // Read letter by letter: an ELF, an MP4, a PDF.
  const seen = found
    ? `${/^[AEFHILMNORSX]/.test(found.ext.toUpperCase()) ? 'an' : 'a'} ${found.ext.toUpperCase()} file (${found.mime})`
    : 'not a recognisable image or PDF';
  const message = `${what} accepts ${allowed} only; this file is ${seen}`;
  throw new ApiError('VALIDATION', message, { contentBase64: message });
}
