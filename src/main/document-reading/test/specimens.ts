import bwipjs from 'bwip-js/node';
import sharp from 'sharp';
import { checkDigit } from '../check-digit';

const fill = (text: string, length: number) =>
  text.toUpperCase().replace(/[\s-]/g, '<').padEnd(length, '<').slice(0, length);

export interface Holder {
  surname: string;
  givenNames: string;
  /** ICAO alpha-3 ("D" for Germany). */
  nationality: string;
  /** YYMMDD */
  birth: string;
  sex: 'M' | 'F';
  /** YYMMDD */
  expiry: string;
  number: string;
}

/** The holder of the issue's example: Amelia Hartmann, German, born 14 Mar 1988, document L01X00T47, valid to 1 Jun 2031. */
export const amelia: Holder = {
  surname: 'HARTMANN',
  givenNames: 'AMELIA',
  nationality: 'D',
  birth: '880314',
  sex: 'F',
  expiry: '310601',
  number: 'L01X00T47',
};

/** The two lines of a passport's (TD3) MRZ, every check digit computed. */
export function td3(holder: Holder): [string, string] {
  const line1 = fill(`P<${fill(holder.nationality, 3)}${holder.surname}<<${holder.givenNames}`, 44);
  const number = fill(holder.number, 9);
  const personal = fill('', 14);
  const parts = [
    number + checkDigit(number),
    fill(holder.nationality, 3),
    holder.birth + checkDigit(holder.birth),
    holder.sex,
    holder.expiry + checkDigit(holder.expiry),
    personal + checkDigit(personal),
  ];
  const composite = parts[0]! + parts[2]! + parts[4]! + parts[5]!;
  return [line1, parts.join('') + checkDigit(composite)];
}

/** The three lines of an ID card's (TD1) MRZ. */
export function td1(holder: Holder): [string, string, string] {
  const number = fill(holder.number, 9);
  const line1 = fill(`I<${fill(holder.nationality, 3)}${number}${checkDigit(number)}`, 30);
  const line2start = `${holder.birth}${checkDigit(holder.birth)}${holder.sex}${holder.expiry}${checkDigit(holder.expiry)}${fill(holder.nationality, 3)}`;
  const line2 = fill(line2start, 29);
  const composite = line1.slice(5, 30) + line2.slice(0, 7) + line2.slice(8, 15) + line2.slice(18, 29);
  return [line1, line2 + checkDigit(composite), fill(`${holder.surname}<<${holder.givenNames}`, 30)];
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A document page drawn as a scan looks: printed lines at the top, the MRZ in monospace at the bottom. */
export function renderDocument(printed: string[], mrz: readonly string[], width = 1500): Promise<Buffer> {
  const height = 120 + printed.length * 56 + mrz.length * 64 + 80;
  const text = printed
    .map(
      (line, i) =>
        `<text x="60" y="${110 + i * 56}" font-family="DejaVu Sans, sans-serif" font-size="34">${escape(line)}</text>`,
    )
    .join('');
  const zone = mrz
    .map(
      (line, i) =>
        `<text x="60" y="${height - 60 - (mrz.length - 1 - i) * 64}" font-family="DejaVu Sans Mono, monospace" font-size="${Math.round((width - 120) / 44)}">${escape(line)}</text>`,
    )
    .join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="100%" height="100%" fill="#f3eee4"/><rect x="20" y="20" width="${width - 40}" height="${height - 40}" rx="24" fill="none" stroke="#9ab" stroke-width="4"/>${text}${zone}</svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality: 88 }).toBuffer();
}

/** A licence card: some printed lines and the PDF417 barcode, as the back of a US licence looks. */
export async function renderLicence(text: string, damage = false): Promise<Buffer> {
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

/** A version 10 payload as a US state prints it: header, subfile directory, then the DL subfile. */
export const aamvaPayload = [
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
