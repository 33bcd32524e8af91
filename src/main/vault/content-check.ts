import { inflateSync } from 'node:zlib';
import type { DocumentMimeType } from '../../shared/kyc/fields';

/*
 * A stored document must be exactly one type, with nothing active in it. A polyglot (a JPEG
 * that is also an HTML page, a PDF with a web page after it, a PNG with a ZIP behind it) is
 * harmless only as long as every program that ever opens it trusts the same first bytes; a PDF
 * that runs JavaScript or launches a program acts when a reviewer opens it in a desktop reader.
 * Both are refused, on upload and again before a stored file is served.
 */

/** Markup that a browser or another program would run or render, wherever it sits in the file. */
const markup =
  /<(?:script|html|body|iframe|frameset|object|embed|svg|meta|form|base|link)[\s/>]|<!doctype\s+html|<\?php|javascript:/i;

/** A ZIP's end-of-central-directory record: ZIP readers look for it in the last 64 KB of a file. */
const zipEnd = Buffer.from('PK\x05\x06', 'latin1');
const zipSearchBytes = 65_557;

/**
 * PDF names that run code or reach outside the file (as PDFiD counts them): scripts, launching
 * programs, submitting or importing data, embedded files and media, actions on open or on events.
 */
const pdfActiveNames = [
  'JavaScript',
  'JS',
  'Launch',
  'SubmitForm',
  'ImportData',
  'EmbeddedFile',
  'EmbeddedFiles',
  'RichMedia',
  'AA',
  'XFA',
] as const;
const pdfNames = /\/([^\s/<>[\]()%{}]+)/g;
/** A stream's data, for the Flate-compressed ones whose objects may hold those names. */
const pdfStreams = /<<((?:(?!>>\s*stream)[\s\S]){0,4096})>>\s*stream\r?\n/g;
const maxInflatedBytes = 64 * 1024 * 1024;

/** Why the bytes are not a clean file of `mime`, or null when they are. */
export function contentProblem(bytes: Buffer, mime: DocumentMimeType): string | null {
  const text = bytes.toString('latin1');
  if (markup.test(text)) return 'it also holds web page markup (a file of two types at once)';
  const tail = bytes.subarray(Math.max(0, bytes.length - zipSearchBytes));
  if (tail.includes(zipEnd)) return 'it also holds a ZIP archive (a file of two types at once)';
  if (mime === 'application/pdf') return pdfProblem(bytes, text);
  if (text.includes('%PDF-')) return 'it also holds a PDF (a file of two types at once)';
  return imageEndProblem(bytes, mime);
}

/** Data after an image's own end is where a second file hides. */
function imageEndProblem(bytes: Buffer, mime: DocumentMimeType): string | null {
  const extra = 'it has data after the end of the image (a file of two types at once)';
  switch (mime) {
    case 'image/png': {
      const end = bytes.lastIndexOf(Buffer.from('IEND', 'latin1'));
      // The IEND chunk is its type and a 4-byte CRC, last in the file.
      return end < 0 || end + 8 !== bytes.length ? extra : null;
    }
    case 'image/gif':
      return bytes[bytes.length - 1] === 0x3b ? null : extra;
    case 'image/webp':
      // RIFF: the size after "RIFF" counts every byte after it (and a pad byte may follow an odd size).
      return bytes.length >= 8 && bytes.length - (bytes.readUInt32LE(4) + 8) <= 1 ? null : extra;
    case 'image/jpeg': {
      // Some encoders pad with zero bytes after the end-of-image marker.
      let end = bytes.length;
      while (end > 0 && bytes[end - 1] === 0) end--;
      return end >= 2 && bytes[end - 2] === 0xff && bytes[end - 1] === 0xd9 ? null : extra;
    }
    default:
      return null;
  }
}

function pdfProblem(bytes: Buffer, text: string): string | null {
  const end = text.lastIndexOf('%%EOF');
  if (end < 0 || text.slice(end + 5).trim() !== '') {
    return 'it has data after the end of the PDF (a file of two types at once)';
  }
  const inflated = inflatedStreams(bytes, text);
  if (inflated === null) return 'its compressed streams are too large to check';
  const active = activeNameIn(text) ?? activeNameIn(inflated);
  return active ? `it is a PDF with active content (/${active}), which could run when it is opened` : null;
}

/** The first active name in PDF source, with `#xx` escapes decoded (`/J#61vaScript` is /JavaScript). */
function activeNameIn(source: string): string | null {
  for (const [, raw] of source.matchAll(pdfNames)) {
    const name = (raw as string).replace(/#([0-9a-f]{2})/gi, (_, hex: string) =>
      String.fromCharCode(parseInt(hex, 16)),
    );
    if ((pdfActiveNames as readonly string[]).includes(name)) return name;
  }
  return null;
}

/**
 * The text of the file's Flate-compressed streams (object streams hide dictionaries there);
 * null past the cap (a small file that inflates to gigabytes is not read to its end).
 */
function inflatedStreams(bytes: Buffer, text: string): string | null {
  let out = '';
  for (const match of text.matchAll(pdfStreams)) {
    if (!/\/FlateDecode/.test(match[1] as string)) continue;
    const start = (match.index as number) + match[0].length;
    const stop = text.indexOf('endstream', start);
    if (stop < 0) continue;
    if (out.length >= maxInflatedBytes) return null;
    try {
      out += inflateSync(bytes.subarray(start, stop), { maxOutputLength: maxInflatedBytes - out.length }).toString(
        'latin1',
      );
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') return null;
      // A stream that is not valid Flate data holds no names a reader would act on.
    }
  }
  return out;
}
