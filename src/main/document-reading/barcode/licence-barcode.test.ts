import bwipjs from 'bwip-js/node';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { parseAamva } from './aamva';
import { readLicenceBarcode } from './licence-barcode';

/** A version 10 payload as a US state prints it: header, subfile directory, then the DL subfile. */
const payload = [
  '@',
  '\x1e\rANSI 636014100002DL00410278ZC03190008DL',
  'DAQD1234562',
  'DCSHARTMANN',
  'DACAMELIA',
  'DADROSE',
  'DBB03141988',
  'DBA06012031',
  'DBC2',
  'DCGUSA',
  'DAU066 in',
  'DAJCA',
  '\r',
].join('\n');

/** A licence card: some printed lines and the PDF417 barcode, as the back of a US licence looks. */
async function licence(text: string, damage = false): Promise<Buffer> {
  const code: Buffer = await bwipjs.toBuffer({
    bcid: 'pdf417',
    text,
    scale: 3,
    backgroundcolor: 'FFFFFF',
    padding: 20,
  });
  const meta = await sharp(code).metadata();
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1400" height="900"><rect width="100%" height="100%" fill="#eef2f6"/><text x="60" y="90" font-family="DejaVu Sans" font-size="40">DRIVER LICENSE</text>${damage ? `<rect x="${80 + (meta.width ?? 0) * 0.25}" y="160" width="${(meta.width ?? 0) * 0.5}" height="${meta.height}" fill="#333"/>` : ''}</svg>`;
  const card = sharp(Buffer.from(svg)).composite([{ input: code, left: 80, top: 160 }]);
  if (!damage) return card.jpeg({ quality: 80 }).toBuffer();
  // Painted over after the barcode is laid down.
  const laid = await card.png().toBuffer();
  return sharp(laid)
    .composite([{ input: Buffer.from(svg), left: 0, top: 0, blend: 'over' }])
    .png()
    .toBuffer();
}

describe('the licence barcode (PDF417, AAMVA)', () => {
  it('reads every field back exactly from a JPEG of the card', async () => {
    const read = await readLicenceBarcode(await licence(payload));
    expect(read).toMatchObject({
      issuer: '636014',
      aamvaVersion: 10,
      fields: {
        firstName: 'AMELIA',
        middleName: 'ROSE',
        lastName: 'HARTMANN',
        birthDate: '1988-03-14',
        expiry: '2031-06-01',
        documentNumber: 'D1234562',
        country: 'US',
        sex: 'female',
      },
    });
  }, 60_000);

  it('finds nothing on a page without a barcode, or with one painted over', async () => {
    const page = await sharp({ create: { width: 800, height: 500, channels: 3, background: '#fff' } })
      .png()
      .toBuffer();
    expect(await readLicenceBarcode(page)).toBeNull();
    expect(await readLicenceBarcode(await licence(payload, true))).toBeNull();
  }, 60_000);

  it('refuses bytes that are not an image with a clear message', async () => {
    await expect(readLicenceBarcode(Buffer.from('GIF89a but not really'))).rejects.toThrow(
      /^The document image could not be decoded: /,
    );
  });
});

describe('AAMVA payloads', () => {
  it('reads Canadian dates year first and an old DAA full name', () => {
    const canadian = parseAamva(
      '@\n\x1e\rANSI 636012020102DL00410200DLDAAMARTIN,LUC,ANDRE\nDBB19790521\nDBA20290521\nDAQM1234-56789-79052\nDCGCAN\nDBC1\r',
    );
    expect(canadian?.fields).toEqual({
      firstName: 'LUC',
      middleName: 'ANDRE',
      lastName: 'MARTIN',
      birthDate: '1979-05-21',
      expiry: '2029-05-21',
      documentNumber: 'M1234-56789-79052',
      country: 'CA',
      sex: 'male',
    });
  });

  it('keeps an impossible date out, and refuses what is not AAMVA', () => {
    expect(parseAamva('@\n\x1e\rANSI 636014080002DL00410278DLDBB13452020\nDCGUSA\r')?.fields.birthDate).toBeNull();
    expect(parseAamva('https://example.com/ticket/12345')).toBeNull();
  });
});
