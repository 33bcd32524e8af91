import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { parseAamva } from './aamva';
import { readLicenceBarcode } from './licence-barcode';
import { aamvaPayload as payload, renderLicence as licence } from '../test/specimens';

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
