import {
  fakerAR,
  fakerCS_CZ,
  fakerDE,
  fakerEL,
  fakerEN_GB,
  fakerEN_IN,
  fakerEN_US,
  fakerES,
  fakerFR,
  fakerHU,
  fakerIT,
  fakerJA,
  fakerKO,
  fakerNB_NO,
  fakerPL,
  fakerPT_BR,
  fakerRU,
  fakerSV,
  fakerTR,
  fakerUK,
  fakerVI,
  fakerZH_CN,
  type Faker,
} from '@faker-js/faker';

/** A faker locale and the country (and its main time zone) whose customers it names. */
export interface SeedLocale {
  faker: Faker;
  country: string;
  timezone: string;
  /** Relative share of customers from this locale. */
  weight: number;
}

/**
 * Mostly Latin-script names, with accented (Czech, Polish, Hungarian, Vietnamese...) and
 * non-Latin ones (Cyrillic, Greek, Arabic, CJK) so search and sorting meet real-world text.
 */
export const seedLocales: readonly SeedLocale[] = [
  { faker: fakerEN_US, country: 'US', timezone: 'America/New_York', weight: 14 },
  { faker: fakerEN_GB, country: 'GB', timezone: 'Europe/London', weight: 10 },
  { faker: fakerDE, country: 'DE', timezone: 'Europe/Berlin', weight: 10 },
  { faker: fakerFR, country: 'FR', timezone: 'Europe/Paris', weight: 8 },
  { faker: fakerES, country: 'ES', timezone: 'Europe/Madrid', weight: 6 },
  { faker: fakerIT, country: 'IT', timezone: 'Europe/Rome', weight: 5 },
  { faker: fakerPL, country: 'PL', timezone: 'Europe/Warsaw', weight: 5 },
  { faker: fakerCS_CZ, country: 'CZ', timezone: 'Europe/Prague', weight: 3 },
  { faker: fakerHU, country: 'HU', timezone: 'Europe/Budapest', weight: 2 },
  { faker: fakerSV, country: 'SE', timezone: 'Europe/Stockholm', weight: 2 },
  { faker: fakerNB_NO, country: 'NO', timezone: 'Europe/Oslo', weight: 2 },
  { faker: fakerTR, country: 'TR', timezone: 'Europe/Istanbul', weight: 4 },
  { faker: fakerPT_BR, country: 'BR', timezone: 'America/Sao_Paulo', weight: 6 },
  { faker: fakerVI, country: 'VN', timezone: 'Asia/Ho_Chi_Minh', weight: 3 },
  { faker: fakerEN_IN, country: 'IN', timezone: 'Asia/Kolkata', weight: 5 },
  { faker: fakerRU, country: 'RU', timezone: 'Europe/Moscow', weight: 4 },
  { faker: fakerUK, country: 'UA', timezone: 'Europe/Kyiv', weight: 3 },
  { faker: fakerEL, country: 'GR', timezone: 'Europe/Athens', weight: 2 },
  { faker: fakerAR, country: 'AE', timezone: 'Asia/Dubai', weight: 2 },
  { faker: fakerJA, country: 'JP', timezone: 'Asia/Tokyo', weight: 2 },
  { faker: fakerKO, country: 'KR', timezone: 'Asia/Seoul', weight: 1 },
  { faker: fakerZH_CN, country: 'CN', timezone: 'Asia/Shanghai', weight: 1 },
];
