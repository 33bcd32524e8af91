import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { prepareZXingModule, readBarcodes } from 'zxing-wasm/reader';
import type { EngineRecord } from '../../../shared/document-reading/contract';
import { packageDir, packageVersion } from '../package-version';
import { parseAamva, type AamvaFields } from './aamva';

export interface LicenceBarcode {
  raw: string;
  aamvaVersion: number | null;
  issuer: string | null;
  fields: AamvaFields;
}

export const barcodeEngine: EngineRecord = { name: 'zxing-wasm', version: packageVersion('zxing-wasm') };

// The WebAssembly is read from the installed package: nothing is fetched (the default is a CDN).
prepareZXingModule({
  overrides: {
    wasmBinary: readFileSync(join(packageDir('zxing-wasm'), 'dist/reader/zxing_reader.wasm')).buffer as ArrayBuffer,
  },
  fireImmediately: true,
});

/** The PDF417 barcode of a driving licence (AAMVA) read off the image; null when it has none or it is not AAMVA. */
export async function readLicenceBarcode(image: Buffer): Promise<LicenceBarcode | null> {
  let pixels: { data: Buffer; info: { width: number; height: number } };
  try {
    pixels = await sharp(image, { failOn: 'error' }).rotate().ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  } catch (error) {
    throw new Error(`The document image could not be decoded: ${error instanceof Error ? error.message : error}`);
  }
  const { data, info } = pixels;
  const found = await readBarcodes(
    {
      data: new Uint8ClampedArray(data.buffer, data.byteOffset, data.length),
      width: info.width,
      height: info.height,
      colorSpace: 'srgb',
    },
    { formats: ['PDF417'], tryHarder: true, maxNumberOfSymbols: 1, textMode: 'Plain' },
  );
  const barcode = found.find((result) => result.isValid);
  const aamva = barcode ? parseAamva(barcode.text) : null;
  return barcode && aamva
    ? { raw: barcode.text, aamvaVersion: aamva.version, issuer: aamva.issuer, fields: aamva.fields }
    : null;
}
