import { describe, expect, it } from 'vitest';
import type { DocumentReading } from '../../shared/document-reading/contract';
import { compareWithProfile, namesAgree, type ProfileFacts } from './compare';
import { readMrz } from './mrz';
import { amelia as holder, td3 } from './test/specimens';

const today = '2026-12-06';
const mrzLines = td3(holder);

function reading(lines: string[]): DocumentReading {
  const { mrz, fields } = readMrz(lines, 9000, today);
  return {
    documentId: 1,
    slot: 'docFile1',
    state: 'read',
    startedAt: today,
    finishedAt: today,
    durationMs: 900,
    readBy: 'mia',
    error: null,
    engines: [],
    fields,
    mrz,
    barcode: null,
    text: null,
    face: null,
  };
}

const compare = (profile: ProfileFacts, lines = mrzLines) =>
  compareWithProfile(7, profile, { docFile1: reading(lines), docFile2: null, selfie: null }, today);

const amelia: ProfileFacts = {
  firstName: 'Amélia',
  lastName: 'Hartmann',
  birthDate: '1988-03-14',
  documentNumber: 'l01x00t47',
  country: 'DE',
};

describe('comparing the document with the profile', () => {
  it('agrees on every field when they match, accents and case aside', () => {
    const result = compare(amelia);
    expect(result.fields.map((row) => [row.field, row.verdict])).toEqual([
      ['name', 'agree'],
      ['birthDate', 'agree'],
      ['documentNumber', 'agree'],
      ['nationality', 'agree'],
      ['expiry', 'valid'],
    ]);
    expect(result.findings).toEqual([]);
  });

  it("flags each field of the issue's example that differs, with the document's value beside the profile's", () => {
    const result = compare({
      firstName: 'Nadine',
      lastName: 'Perrin',
      birthDate: '1995-02-27',
      documentNumber: 'X33697127',
      country: 'FR',
    });
    const byField = Object.fromEntries(result.fields.map((row) => [row.field, row]));
    expect(byField.name).toMatchObject({
      profile: 'Nadine Perrin',
      verdict: 'differ',
      document: { value: 'AMELIA HARTMANN' },
    });
    expect(byField.birthDate).toMatchObject({
      profile: '1995-02-27',
      verdict: 'differ',
      document: { value: '1988-03-14' },
    });
    expect(byField.documentNumber?.verdict).toBe('differ');
    expect(byField.nationality?.verdict).toBe('differ');
    expect(result.findings.map((finding) => [finding.check, finding.text])).toEqual([
      ['document', 'Name: differ'],
      ['document', 'Birth date: differ'],
      ['document', 'Document number: differ'],
      ['document', 'Nationality / country: differ'],
    ]);
  });

  it('says expired for a document past its date, and lists it as a finding', () => {
    const expired = td3({ ...holder, expiry: '240601' });
    const result = compare(amelia, expired);
    expect(result.fields.find((row) => row.field === 'expiry')).toMatchObject({
      verdict: 'expired',
      document: { value: '2024-06-01' },
    });
    expect(result.findings).toEqual([{ check: 'document', text: 'Expiry: expired' }]);
  });

  it('shows unreadable fields when nothing was read, and a field the profile lacks as such', () => {
    const empty = compareWithProfile(
      7,
      { ...amelia, documentNumber: null },
      { docFile1: null, docFile2: null, selfie: null },
      today,
    );
    expect(
      empty.fields.every((row) => row.verdict === 'unreadable' && row.detail === 'Not found on the document'),
    ).toBe(true);
    const noNumber = compare({ ...amelia, documentNumber: null });
    expect(noNumber.fields.find((row) => row.field === 'documentNumber')).toMatchObject({
      verdict: 'notOnProfile',
      detail: null,
    });
  });

  it('lists a failed MRZ check digit as a finding', () => {
    const [line1, line2] = mrzLines;
    const changed = `${line2.slice(0, 9)}${line2[9] === '1' ? '2' : '1'}${line2.slice(10)}`; // the number's check digit
    expect(compare(amelia, [line1, changed]).findings).toContainEqual({
      check: 'document',
      text: 'MRZ: Document number check digit failed',
    });
  });
});

describe('names', () => {
  it('agree across scripts, order, hyphens and a middle name the profile leaves out', () => {
    expect(namesAgree('Łukasz Żółć', 'LUKASZ ZOLC')).toBe(true);
    expect(namesAgree('Anna Eriksson', 'ANNA MARIA ERIKSSON')).toBe(true);
    expect(namesAgree('Hartmann-Müller Amélie', 'AMELIE HARTMANN MULLER')).toBe(true);
    expect(namesAgree('Дмитрий Иванов', 'DMITRII IVANOV')).toBe(true); // ICAO's "ii" for any-ascii's "iy"
    expect(namesAgree('Юлия Хабибуллина', 'IULIIA KHABIBULLINA')).toBe(true);
    expect(namesAgree('Anna Eriksson', 'ANNA LARSSON')).toBe(false);
  });
});
