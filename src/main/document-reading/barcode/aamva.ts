/** The fields of a driving licence's AAMVA barcode that the desk compares. */
export interface AamvaFields {
  firstName: string | null;
  middleName: string | null;
  lastName: string | null;
  /** ISO yyyy-mm-dd */
  birthDate: string | null;
  /** ISO yyyy-mm-dd */
  expiry: string | null;
  documentNumber: string | null;
  /** ISO 3166 alpha-2 */
  country: string | null;
  sex: 'male' | 'female' | null;
}

export interface AamvaData {
  /** The issuer identification number (IIN), e.g. 636014 for California. */
  issuer: string | null;
  version: number | null;
  fields: AamvaFields;
}

const countries: Record<string, string> = { USA: 'US', CAN: 'CA', MEX: 'MX' };

/** AAMVA dates: MMDDCCYY in the United States, CCYYMMDD in Canada; null when not a real date. */
function isoDate(value: string | undefined, canadian: boolean): string | null {
  if (!value || !/^\d{8}$/.test(value)) return null;
  const [y, m, d] = canadian
    ? [value.slice(0, 4), value.slice(4, 6), value.slice(6, 8)]
    : [value.slice(4, 8), value.slice(0, 2), value.slice(2, 4)];
  const iso = `${y}-${m}-${d}`;
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === iso ? iso : null;
}

const none = (value: string | undefined) => (value && !/^(NONE|unavl)$/i.test(value) ? value : null);

/**
 * The AAMVA DL/ID card design standard's payload: "@", the record and segment separators, "ANSI "
 * (or "AAMVA"), the issuer's number, the version, then the DL or ID subfile of three-letter element
 * ids (DCS last name, DAC first, DAD middle, DBB birth, DBA expiry, DAQ number, DCG country, DBC
 * sex; versions 1 and 2 put the whole name in DAA as LAST,FIRST,MIDDLE). Null when it is not one.
 */
export function parseAamva(raw: string): AamvaData | null {
  // The header's separators are control characters (LF, RS, CR): matched as \s and a class of their code.
  // eslint-disable-next-line no-control-regex -- the AAMVA header is made of them
  const header = /^@\s*\n?\x1e?\r?\s*(?:ANSI |AAMVA)(\d{6})(\d{2})/.exec(raw);
  if (!header) return null;
  const elements = new Map<string, string>();
  // eslint-disable-next-line no-control-regex -- elements end at LF, CR or the record separator
  for (const line of raw.split(/[\n\r\x1e]+/)) {
    // The first element of a subfile follows its "DL"/"ID" designator on the same line.
    const element = /(?:^|DL|ID)(D[A-Z]{2})(.*)$/.exec(line.trim());
    if (element && !elements.has(element[1]!)) elements.set(element[1]!, element[2]!.trim());
  }
  const country = none(elements.get('DCG'));
  const canadian = country === 'CAN';
  const [oldLast, oldFirst, oldMiddle] = (elements.get('DAA') ?? '')
    .split(/[,$]/)
    .map((part) => part.trim() || undefined);
  const sex = elements.get('DBC');
  return {
    issuer: header[1] ?? null,
    version: header[2] ? Number(header[2]) : null,
    fields: {
      firstName: none(elements.get('DAC') ?? elements.get('DCT')?.split(/[ ,]/)[0] ?? oldFirst),
      middleName: none(elements.get('DAD') ?? oldMiddle),
      lastName: none(elements.get('DCS') ?? elements.get('DAB') ?? oldLast),
      birthDate: isoDate(elements.get('DBB'), canadian),
      expiry: isoDate(elements.get('DBA'), canadian),
      documentNumber: none(elements.get('DAQ')),
      country: country ? (countries[country] ?? null) : null,
      sex: sex === '1' || sex === 'M' ? 'male' : sex === '2' || sex === 'F' ? 'female' : null,
    },
  };
}
