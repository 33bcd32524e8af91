import { describe, expect, it } from 'vitest';
import { findMrzLines, readMrz } from './mrz';
import { amelia, td1, td3 } from './test/specimens';

const today = '2026-12-06';

describe('the machine-readable zone', () => {
  it('reads a passport (TD3) with every check digit passing', () => {
    const { mrz, fields } = readMrz(td3({ ...amelia, nationality: 'FRA' }), 9000, today);
    expect(mrz).toMatchObject({ format: 'TD3', valid: true, failedChecks: [] });
    expect(fields).toEqual({
      name: { value: 'AMELIA HARTMANN', source: 'mrz', confidence: 10_000 },
      birthDate: { value: '1988-03-14', source: 'mrz', confidence: 10_000 },
      documentNumber: { value: 'L01X00T47', source: 'mrz', confidence: 10_000 },
      nationality: { value: 'FR', source: 'mrz', confidence: 10_000 },
      expiry: { value: '2031-06-01', source: 'mrz', confidence: 10_000 },
    });
  });

  it("reads a German ID card (TD1), whose country code is ICAO's D", () => {
    const { mrz, fields } = readMrz(td1(amelia), 9000, today);
    expect(mrz.format).toBe('TD1');
    expect(mrz.valid).toBe(true);
    expect(fields.nationality?.value).toBe('DE');
    expect(fields.birthDate?.value).toBe('1988-03-14');
  });

  it('names the check digit that fails when one character changed, and trusts that field less', () => {
    const [line1, line2] = td3({ ...amelia, nationality: 'FRA' });
    const changed = `${line2.slice(0, 13)}${line2[13] === '5' ? '6' : '5'}${line2.slice(14)}`; // a birth date digit
    const { mrz, fields } = readMrz([line1, changed], 8100, today);
    expect(mrz.valid).toBe(false);
    expect(mrz.failedChecks).toContain('Birth date check digit');
    expect(fields.birthDate?.confidence).toBe(8100);
    expect(fields.documentNumber?.confidence).toBe(10_000);
  });

  it('finds the zone in OCR text, with the filler read as « or K and spaces inside the lines', () => {
    const [line1, line2] = td3({ ...amelia, nationality: 'FRA' });
    const ocr = `REPUBLIQUE FRANCAISE\nPASSEPORT\n${line1.replace('<<', '«').replace(/<{5}$/, ' <<<<<')}\n${line2.slice(0, 20)} ${line2.slice(20)}\n`;
    expect(findMrzLines(ocr)).toEqual([line1, line2]);
  });

  it('finds nothing in a page without a zone', () => {
    expect(findMrzLines('PROOF OF ADDRESS\nBritish Gas\n14 Mar 2026')).toBeNull();
  });
});
