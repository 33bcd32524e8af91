import { fileTypeFromBuffer } from 'file-type';
import { ApiError } from '../../shared/errors';
import type { DocumentMimeType } from '../../shared/kyc/fields';

const typeNames: Record<DocumentMimeType, string> = {
  'image/jpeg': 'JPEG image',
  'image/png': 'PNG image',
  'image/webp': 'WebP image',
  'image/gif': 'GIF image',
  'application/pdf': 'PDF',
};

/** The file's type from its bytes alone; the name and the declared type are never trusted. */
export async function sniffType(
  bytes: Uint8Array,
  accepted: readonly DocumentMimeType[],
  what: string,
): Promise<DocumentMimeType> {
  const found = await fileTypeFromBuffer(bytes);
  const mime = found?.mime as string | undefined;
  if (mime && (accepted as readonly string[]).includes(mime)) return mime as DocumentMimeType;
  const allowed = accepted.map((type) => typeNames[type]).join(', ');
  // Read letter by letter: an ELF, an MP4, a PDF.
  const seen = found
    ? `${/^[AEFHILMNORSX]/.test(found.ext.toUpperCase()) ? 'an' : 'a'} ${found.ext.toUpperCase()} file (${found.mime})`
    : 'not a recognisable image or PDF';
  const message = `${what} accepts ${allowed} only; this file is ${seen}`;
  throw new ApiError('VALIDATION', message, { contentBase64: message });
}
