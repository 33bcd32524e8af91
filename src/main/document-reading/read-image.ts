import type { DocumentReading, EngineRecord, ReadValue } from '../../shared/document-reading/contract';
import type { DocumentField, ReadableSlot } from '../../shared/document-reading/fields';
import { forText, upright } from './images';
import { findMrzLines, readMrz } from './mrz';
import { printedFields } from './printed-fields';
import { textEngine, type TextReader } from './text-reader';

/** What one file gave: the reading without its bookkeeping (who, when, how long). */
export type ReadResult = Pick<DocumentReading, 'engines' | 'fields' | 'mrz' | 'barcode' | 'text' | 'face'>;

export interface BarcodeRead {
  issuer: string | null;
  fields: Partial<Record<DocumentField, ReadValue>>;
}

/** The engines a reading uses, loaded once per process (see read-worker.ts). */
export interface Engines {
  text: TextReader;
  barcode: { engine: EngineRecord; read(image: Buffer): Promise<BarcodeRead | null> };
  face: {
    engine: EngineRecord;
    threshold: number;
    compare(
      document: Buffer,
      selfie: Buffer,
    ): Promise<{ documentFace: boolean; selfieFace: boolean; similarity: number | null; same: boolean | null }>;
  };
}

export interface ReadRequest {
  slot: ReadableSlot;
  bytes: Buffer;
  mimeType: string;
  /** A selfie is read against the identity document's front: its id and bytes. */
  against: { documentId: number; bytes: Buffer } | null;
}

const maxText = 4000;

/** The printed text's fields where the MRZ or barcode did not give them. */
function withFallback(
  fields: Partial<Record<DocumentField, ReadValue>>,
  fallback: Partial<Record<DocumentField, ReadValue>>,
) {
  return { ...fallback, ...fields };
}

async function readIdentitySide(engines: Engines, bytes: Buffer, today: string): Promise<ReadResult> {
  const image = await forText(bytes, 'document image');
  const [text, barcode] = await Promise.all([engines.text.read(image), engines.barcode.read(image)]);
  const lines = findMrzLines(text.mrzText) ?? findMrzLines(text.text);
  const mrz = lines ? readMrz(lines, text.confidence, today) : null;
  const read = withFallback(barcode?.fields ?? {}, printedFields(text.text, text.confidence));
  return {
    engines: [textEngine, engines.barcode.engine],
    fields: withFallback(mrz?.fields ?? {}, read),
    mrz: mrz?.mrz ?? null,
    barcode: barcode ? { format: 'PDF417', issuer: barcode.issuer } : null,
    text: { content: text.text.slice(0, maxText), confidence: text.confidence },
    face: null,
  };
}

async function readSelfie(engines: Engines, request: ReadRequest): Promise<ReadResult> {
  const selfie = await upright(request.bytes, 'selfie');
  const face = request.against
    ? {
        againstDocumentId: request.against.documentId,
        threshold: engines.face.threshold,
        ...(await engines.face.compare(await upright(request.against.bytes, 'document image'), selfie)),
      }
    : null;
  return { engines: [engines.face.engine], fields: {}, mrz: null, barcode: null, text: null, face };
}

/** Reads one stored file: OCR, MRZ and licence barcode for the identity document, the face for a selfie. */
export function readImage(engines: Engines, request: ReadRequest, today: string): Promise<ReadResult> {
  if (request.mimeType === 'application/pdf') {
    throw new Error('A PDF is not read: upload a photo or a scan of the document as an image to compare it');
  }
  return request.slot === 'selfie' ? readSelfie(engines, request) : readIdentitySide(engines, request.bytes, today);
}
