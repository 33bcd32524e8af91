import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { forText } from './images';
import { findMrzLines, readMrz } from './mrz';
import { printedFields } from './printed-fields';
import { amelia as holder, renderDocument, td1, td3 } from './test/specimens';
import { TextReader } from './text-reader';

const today = '2026-12-06';
let reader: TextReader;

beforeAll(async () => {
  reader = await TextReader.load();
}, 60_000);
afterAll(() => reader.close());

async function read(page: Buffer) {
  const text = await reader.read(await forText(page, 'document image'));
  return { text, lines: findMrzLines(text.mrzText) ?? findMrzLines(text.text) };
}

describe('OCR of a rendered document', () => {
  it('reads a passport data page back exactly: the MRZ with every check digit passing', async () => {
    const mrz = td3({ ...holder, nationality: 'FRA' });
    const page = await renderDocument(
      ['PASSEPORT / PASSPORT', 'Nom / Surname: HARTMANN', 'Prénoms / Given names: AMELIA'],
      mrz,
    );
    const { text, lines } = await read(page);
    const { mrz: zone, fields } = readMrz(lines!, text.confidence, today);
    expect(zone.lines).toEqual(mrz);
    expect(zone.valid).toBe(true);
    expect(fields.name?.value).toBe('AMELIA HARTMANN');
    expect(fields.documentNumber?.value).toBe('L01X00T47');
    expect(text.text).toContain('HARTMANN');
  }, 60_000);

  it("reads an ID card's three-line zone (TD1)", async () => {
    const mrz = td1(holder);
    const { text, lines } = await read(await renderDocument(['BUNDESREPUBLIK DEUTSCHLAND'], mrz, 1100));
    expect(readMrz(lines!, text.confidence, today).mrz).toMatchObject({ lines: mrz, valid: true });
  }, 60_000);

  it('reads the labelled fields of a card without a zone, the labels bilingual as on European cards', async () => {
    const page = await renderDocument(
      [
        "IDENTITY CARD / CARTE D'IDENTITÉ",
        'Surname / Nom: HARTMANN',
        'Given names / Prénoms: AMELIA',
        'Date of birth / Date de naissance: 14.03.1988',
        'Nationality: DEU',
        'Document no: K7R2M9P41',
        'Issued: 02.11.2021   Expires: 01.06.2031',
      ],
      [],
    );
    const { text, lines } = await read(page);
    expect(lines).toBeNull();
    const values = Object.fromEntries(
      Object.entries(printedFields(text.text, text.confidence)).map(([field, value]) => [field, value.value]),
    );
    expect(values).toEqual({
      name: 'AMELIA HARTMANN',
      birthDate: '1988-03-14',
      expiry: '2031-06-01',
      nationality: 'DE',
      documentNumber: 'K7R2M9P41',
    });
  }, 60_000);

  it('reads the photo of an ID card taken on a textured background (the KYC fixture)', async () => {
    const { text } = await read(readFileSync('tests/fixtures/kyc/id-card-front.jpg'));
    const values = Object.fromEntries(
      Object.entries(printedFields(text.text, text.confidence)).map(([field, value]) => [field, value.value]),
    );
    expect(values).toMatchObject({ name: 'AMELIA HARTMANN', birthDate: '1988-03-14', nationality: 'DE' });
  }, 60_000);

  it('refuses bytes that are not an image, with a clear message', async () => {
    await expect(forText(Buffer.from('not an image at all'), 'document image')).rejects.toThrow(
      /^The document image could not be decoded: /,
    );
  });
});
