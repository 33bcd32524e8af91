import { getExampleNumber, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import mobileExamples from 'libphonenumber-js/mobile/examples';

export interface SeedPhone {
  /** E.164, as the schema stores it */
  e164: string;
  /** National significant number, as the search index stores it */
  national: string;
}

/**
 * Makes valid mobile numbers for one country from libphonenumber's example number, varying
 * its last digits. Checking every generated number would cost a parse each; instead, the
 * number of digits that may vary is found once, by checking many variants of each width.
 */
export class PhoneMaker {
  private readonly callingCode: string;
  private readonly stem: string;
  private readonly width: number;

  constructor(country: string, random: () => number) {
    const example = getExampleNumber(country as CountryCode, mobileExamples);
    if (!example) throw new Error(`libphonenumber has no example mobile number for ${country}`);
    this.callingCode = example.countryCallingCode;
    const national = example.nationalNumber;
    this.width = [4, 3, 2, 1].find((width) => this.allValid(national, width, random)) ?? 0;
    this.stem = national.slice(0, national.length - this.width);
  }

  private allValid(national: string, width: number, random: () => number): boolean {
    const stem = national.slice(0, national.length - width);
    for (let i = 0; i < 60; i++) {
      const number = `+${this.callingCode}${stem}${digits(width, random)}`;
      if (!parsePhoneNumberFromString(number)?.isValid()) return false;
    }
    return true;
  }

  make(random: () => number): SeedPhone {
    const national = `${this.stem}${digits(this.width, random)}`;
    return { e164: `+${this.callingCode}${national}`, national };
  }
}

function digits(width: number, random: () => number): string {
  return width === 0 ? '' : String(Math.floor(random() * 10 ** width)).padStart(width, '0');
}
