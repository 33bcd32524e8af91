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
