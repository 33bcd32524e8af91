import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { readFileSync } from 'node:fs';
import { readLicenceBarcode } from '../src/main/document-reading/barcode/licence-barcode';
import { FaceMatcher } from '../src/main/document-reading/face/face-matcher';
import { forText, upright } from '../src/main/document-reading/images';
import type { ReadRequest } from '../src/main/document-reading/read-image';
import { ReadingThread } from '../src/main/document-reading/reading-thread';
import { aamvaPayload, amelia, renderDocument, renderLicence, td3 } from '../src/main/document-reading/test/specimens';
import { TextReader } from '../src/main/document-reading/text-reader';
import { measure, printTable, type BenchSection, type Row } from './harness';

/** The target: a document read in under 5 s on two cores. */
const targetMs = 5_000;
const runs = 8;
const today = new Date().toISOString().slice(0, 10);

const samplePhoto = join(
  dirname(createRequire(import.meta.url).resolve('@vladmandic/human')),
  '..',
  'assets',
  'screenshot-facedetect.jpg',
);

const peakMegabytes = () => Math.round(process.resourceUsage().maxRSS / 1024);

/**
 * Seconds per document for each engine: "core" is a file read as the desk reads it (on the
 * reading thread, the bytes sent over, every engine of its slot), "raw" the engine alone in
 * this process. The first read of a fresh thread (the engines loading) is printed apart.
 */
export const documentReadingBench: BenchSection = {
  name: 'document-reading',
  async run() {
    const passport = await renderDocument(['PASSPORT', 'Surname: HARTMANN', 'Given names: AMELIA'], td3(amelia));
    const licence = await renderLicence(aamvaPayload);
    const photo = readFileSync(samplePhoto);
    const asked = (slot: ReadRequest['slot'], bytes: Buffer, against: Buffer | null = null): ReadRequest => ({
      slot,
      bytes,
      mimeType: 'image/jpeg',
      against: against && { documentId: 1, bytes: against },
    });

    const thread = new ReadingThread();
    const started = performance.now();
    await thread.read(asked('docFile1', passport), today);
    const coldMs = performance.now() - started;
    const text = await TextReader.load();
    const faces = await FaceMatcher.load();
    try {
      const rows: Row[] = [
        {
          name: 'passport: OCR + MRZ + barcode (raw: OCR alone)',
          core: await measure(() => thread.read(asked('docFile1', passport), today), runs, 30_000),
          raw: await measure(async () => text.read(await forText(passport, 'passport')), runs, 30_000),
        },
        {
          name: 'licence: OCR + barcode (raw: barcode alone)',
          core: await measure(() => thread.read(asked('docFile1', licence), today), runs, 30_000),
          raw: await measure(() => readLicenceBarcode(licence), runs, 30_000),
        },
        {
          name: 'selfie against the document photo (raw: face compare)',
          core: await measure(() => thread.read(asked('selfie', photo, photo), today), runs, 30_000),
          raw: await measure(
            async () => faces.compare(await upright(photo, 'document'), await upright(photo, 'selfie')),
            runs,
            30_000,
          ),
        },
      ];
      printTable('Document reading, one file', rows, targetMs);
      console.log(`first file of a fresh reading thread, engines loading: ${coldMs.toFixed(0)} ms`);
      console.log(`peak memory of the process (reading thread included): ${peakMegabytes()} MB`);
    } finally {
      await Promise.all([thread.close(), text.close()]);
      faces.close();
    }
  },
};
