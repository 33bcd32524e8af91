import { join } from 'node:path';
import { createWorker, PSM, type Worker } from 'tesseract.js';
import type { EngineRecord } from '../../shared/document-reading/contract';
import { packageDir, packageVersion } from './package-version';

/** The trained data shipped as an npm package: the integer "best" model, nothing fetched at run time. */
const languages = 'eng';
const langPath = join(packageDir('@tesseract.js-data/eng'), '4.0.0_best_int');
const mrzAlphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<';

export const textEngine: EngineRecord = {
  name: 'tesseract.js',
  version: `${packageVersion('tesseract.js')} (${languages} ${packageVersion('@tesseract.js-data/eng')})`,
};

export interface TextRead {
  text: string;
  /** Mean word confidence, in hundredths of a percent. */
  confidence: number;
  /** The same image read with the MRZ's alphabet only: O and 0, filler and K are told apart far better. */
  mrzText: string;
}

/** OCR with tesseract.js, which runs its WebAssembly on a thread of its own; one engine per process. */
export class TextReader {
  private constructor(
    private readonly text: Worker,
    private readonly mrz: Worker,
  ) {}

  static async load(): Promise<TextReader> {
    const options = { langPath, cacheMethod: 'none', gzip: true };
    const [text, mrz] = await Promise.all([createWorker(languages, 1, options), createWorker(languages, 1, options)]);
    await mrz.setParameters({ tessedit_char_whitelist: mrzAlphabet, tessedit_pageseg_mode: PSM.SINGLE_BLOCK });
    return new TextReader(text, mrz);
  }

  /** `image`: PNG bytes, upright and grey (see images.ts). Both passes run at once, on two threads. */
  async read(image: Buffer): Promise<TextRead> {
    const [text, mrz] = await Promise.all([this.text.recognize(image), this.mrz.recognize(image)]);
    return {
      text: text.data.text,
      confidence: Math.round(Math.max(0, Math.min(100, text.data.confidence)) * 100),
      mrzText: mrz.data.text,
    };
  }

  async close(): Promise<void> {
    await Promise.all([this.text.terminate(), this.mrz.terminate()]);
  }
}
