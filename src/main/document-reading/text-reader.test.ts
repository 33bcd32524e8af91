import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { forText } from './images';
import { findMrzLines, readMrz } from './mrz';
import { printedDates } from './printed-dates';
import { renderDocument, td1, td3, type Holder } from './test/specimens';
import { TextReader } from './text-reader';

const today = '2026-12-06';
const holder: Holder = {
  surname: 'HARTMANN',
  givenNames: 'AMELIA',
  nationality: 'D',
  birth: '880314',
  sex: 'F',
  expiry: '310601',
  number: 'L01X00T47',
};
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

  it('reads the printed dates of a card without a zone', async () => {
    const page = await renderDocument(
      ['IDENTITY CARD', 'HARTMANN, AMELIA', 'Date of birth 14.03.1988', 'Date of expiry 01.06.2031'],
      [],
    );
    const { text, lines } = await read(page);
    expect(lines).toBeNull();
    const dates = printedDates(text.text, text.confidence, today);
    expect(dates.birthDate?.value).toBe('1988-03-14');
    expect(dates.expiry?.value).toBe('2031-06-01');
  }, 60_000);

  it('refuses bytes that are not an image, with a clear message', async () => {
    await expect(forText(Buffer.from('not an image at all'), 'document image')).rejects.toThrow(
      /^The document image could not be decoded: /,
    );
  });
});
