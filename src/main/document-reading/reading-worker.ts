import { parentPort } from 'node:worker_threads';
import { barcodeEngine, readLicenceBarcode } from './barcode/licence-barcode';
import { licenceFields } from './licence-fields';
import { faceEngine, FaceMatcher, faceMatchThreshold } from './face/face-matcher';
import { readImage, type Engines } from './read-image';
import type { ReadingAnswer, ReadingAsk } from './reading-protocol';
import { TextReader } from './text-reader';

/**
 * Entry of the reading thread: the OCR, barcode and face engines load once, on the first file,
 * and read every file after it; the main thread (and so every window) never waits on them.
 */
const port = parentPort;
if (!port) throw new Error('reading-worker.ts runs only as a worker thread');

let engines: Promise<Engines> | null = null;
const loadEngines = async (): Promise<Engines> => {
  const [text, face] = await Promise.all([TextReader.load(), FaceMatcher.load()]);
  return {
    text,
    barcode: {
      engine: barcodeEngine,
      read: async (image) => {
        const barcode = await readLicenceBarcode(image);
        return barcode && { issuer: barcode.issuer, fields: licenceFields(barcode) };
      },
    },
    face: {
      engine: faceEngine,
      threshold: Math.round(faceMatchThreshold * 10_000),
      compare: async (document, selfie) => {
        const result = await face.compare(document, selfie);
        return { ...result, similarity: result.similarity === null ? null : Math.round(result.similarity * 10_000) };
      },
    },
  };
};

port.on('message', async ({ id, today, request }: ReadingAsk) => {
  const answer = (message: ReadingAnswer) => port.postMessage(message);
  try {
    engines ??= loadEngines();
    answer({ id, ok: true, result: await readImage(await engines, request, today) });
  } catch (error) {
    answer({ id, ok: false, message: error instanceof Error ? error.message : String(error) });
  }
});
