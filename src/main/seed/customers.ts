import type { Faker } from '@faker-js/faker';
import { customerStatuses, hundredthsToDecimal, type CustomerStatus } from '../../shared/customers/fields';
import { requiredChecks } from '../../shared/customers/lifecycle';
import type { CustomerData } from '../../shared/customers/schema';
import type { NewCustomer } from '../customers/planned-row';
import { isTimeZone } from '../../shared/reference/timezones';
import { seedLocales, type SeedLocale } from './locales';
import { PhoneMaker } from './phones';
import { seededRandom } from './random';

/** One generated customer: valid schema output and a past (status, times). */
export type SeedCustomer = Required<Pick<NewCustomer, 'data' | 'past'>>;

export interface SeedMonitors {
  active: readonly number[];
  inactive: readonly number[];
}

export const seedLabels = [
  'vip',
  'high-risk',
  'pep',
  'affiliate',
  'merchant',
  'dormant',
  'manual-review',
  'whale',
  'eu-resident',
  'chargeback',
  'referral',
  'newsletter-bounce',
] as const;

const emailDomains = [
  'gmail.com',
  'outlook.com',
  'yahoo.com',
  'icloud.com',
  'proton.me',
  'gmx.de',
  'web.de',
  'orange.fr',
  'libero.it',
  'wp.pl',
  'seznam.cz',
  'mail.ru',
  'yandex.ru',
  'qq.com',
  'naver.com',
  'example-corp.com',
];
const statusWeights: Record<CustomerStatus, number> = {
  approval_pending: 40,
  active: 45,
  locked: 8,
  restricted: 7,
};
const reasons: Partial<Record<CustomerStatus, readonly string[]>> = {
  active: ['All checks verified', 'Approved after review'],
  locked: ['Suspected fraud', 'Chargeback under review', 'Requested by the customer', 'Duplicate account'],
  restricted: ['Sanctions screening hit', 'Source of funds pending', 'Document expired'],
};
const documentPrefixes = ['P', 'ID', 'DL', 'X', 'C'];
const firstDay = Date.UTC(2019, 0, 1);

/** Email local part in ASCII: accents dropped, other scripts replaced by a neutral word. */
function asciiWord(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

function canonicalTimeZone(zone: string): string | null {
  const resolved = new Intl.DateTimeFormat('en', { timeZone: zone }).resolvedOptions().timeZone;
  return isTimeZone(resolved) ? resolved : null;
}

interface LocaleMaker {
  locale: SeedLocale;
  phones: PhoneMaker;
  timezone: string | null;
}

/**
 * Realistic customers, deterministic for a seed. `serial` makes emails, reference IDs and
 * document numbers unique, so a database can be seeded again without collisions.
 */
export class CustomerMaker {
  private readonly random: () => number;
  private readonly locales: LocaleMaker[];
  private readonly totalWeight: number;
  private readonly now = Date.now();

  constructor(
    seed: number,
    private readonly monitors: SeedMonitors,
  ) {
    this.random = seededRandom(seed);
    this.locales = seedLocales.map((locale, index) => {
      locale.faker.seed(seed * 100 + index);
      return {
        locale,
        phones: new PhoneMaker(locale.country, this.random),
        timezone: canonicalTimeZone(locale.timezone),
      };
    });
    this.totalWeight = seedLocales.reduce((sum, locale) => sum + locale.weight, 0);
  }

  private chance(p: number): boolean {
    return this.random() < p;
  }

  private pick<T>(values: readonly T[]): T {
    return values[Math.floor(this.random() * values.length)] as T;
  }

  private pickLocale(): LocaleMaker {
    let n = this.random() * this.totalWeight;
    for (const maker of this.locales) {
      n -= maker.locale.weight;
      if (n < 0) return maker;
    }
    return this.locales[0] as LocaleMaker;
  }

  private pickStatus(): CustomerStatus {
    let n = this.random() * 100;
    for (const status of customerStatuses) {
      n -= statusWeights[status];
      if (n < 0) return status;
    }
    return 'approval_pending';
  }

  private labels(): string[] {
    const roll = this.random();
    const count = roll < 0.6 ? 0 : roll < 0.9 ? 1 : roll < 0.98 ? 2 : 3;
    // Squaring skews towards the first labels, so some are common and some rare.
    return [
      ...new Set(
        Array.from({ length: count }, () => seedLabels[Math.floor(this.random() ** 2 * seedLabels.length)] as string),
      ),
    ];
  }

  private isoDay(ms: number): string {
    return new Date(ms).toISOString().slice(0, 10);
  }

  make(serial: number): SeedCustomer {
    const { locale, phones, timezone } = this.pickLocale();
    const f: Faker = locale.faker;
    const sex = this.chance(0.5) ? 'female' : 'male';
    const gender = this.chance(0.03) ? 'other' : sex;
    const firstName = f.person.firstName(sex);
    const lastName = this.chance(0.03) ? null : f.person.lastName(sex);
    const email = `${[asciiWord(firstName), asciiWord(lastName ?? '')].filter(Boolean).join('.') || 'client'}.${serial}@${this.pick(emailDomains)}`;
    const phone = this.chance(0.9) ? phones.make(this.random) : null;
    const status = this.pickStatus();
    const verified = this.verification(status, phone !== null);
    const street = this.chance(0.8) ? f.location.streetAddress() : null;
    const city = street ? f.location.city() : null;
    const postalCode = street ? f.location.zipCode().slice(0, 20) : null;
    const state = street && this.chance(0.5) ? f.location.state() : null;
    const companyName = this.chance(0.12) ? f.company.name().slice(0, 200) : null;
    const postal = street
      ? {
          name: [firstName, lastName].filter(Boolean).join(' '),
          companyName,
          street,
          city,
          state,
          postalCode,
          country: locale.country,
        }
      : null;
    const createdMs = firstDay + this.random() * (this.now - firstDay);
    const updatedMs = this.chance(0.5) ? createdMs : createdMs + this.random() * (this.now - createdMs);
    const data: CustomerData = {
      firstName,
      lastName,
      email,
      telegramChatId: this.chance(0.2) ? String(100_000_000 + Math.floor(this.random() * 900_000_000)) : null,
      address: street && this.chance(0.5) ? `${street}, ${postalCode} ${city}` : null,
      gender,
      newsletter: this.chance(0.35),
      country: locale.country,
      timezone: this.chance(0.7) ? timezone : null,
      phone: phone?.e164 ?? null,
      phoneExtension: phone && this.chance(0.02) ? String(10 + Math.floor(this.random() * 990)) : null,
      discount: this.chance(0.7) ? 0 : 5 * Math.ceil(this.random() * 5),
      exchangeMonitorId: this.monitor(),
      affiliateProfitShare: hundredthsToDecimal(this.chance(0.6) ? 0 : Math.floor(this.random() * 3001)),
      birthDate: this.chance(0.85) ? this.isoDay(f.date.birthdate({ mode: 'age', min: 18, max: 85 }).getTime()) : null,
      ...verified.flags,
      verificationProgress: verified.progress,
      documentNumber: this.chance(0.6)
        ? `${this.pick(documentPrefixes)}${String((serial * 7_919 + 104_729) % 100_000_000).padStart(8, '0')}`
        : null,
      referenceId: this.chance(0.5) ? `ACC-${String(serial).padStart(7, '0')}` : null,
      companyName,
      street,
      city,
      state,
      postalCode,
      labels: this.labels(),
      billing: postal && this.chance(0.1) ? postal : null,
      shipping: postal && this.chance(0.05) ? postal : null,
      customFields: this.chance(0.05)
        ? [{ key: 'Source', value: this.pick(['Partner portal', 'Walk-in', 'Web signup', 'Referral']) }]
        : [],
      metadata: this.chance(0.05) ? [{ key: 'crm_id', value: `CRM-${serial}` }] : [],
    };
    const reason = reasons[status];
    return {
      data,
      past: {
        status,
        statusReason: reason && status !== 'approval_pending' ? this.pick(reason) : null,
        createdAt: new Date(createdMs).toISOString(),
        updatedAt: new Date(updatedMs).toISOString(),
      },
    };
  }

  private monitor(): number | null {
    const roll = this.random();
    if (roll < 0.15 && this.monitors.active.length > 0) return this.pick(this.monitors.active);
    if (roll < 0.17 && this.monitors.inactive.length > 0) return this.pick(this.monitors.inactive);
    return null;
  }

  /** Active customers passed every required check; others are somewhere along the way. */
  private verification(status: CustomerStatus, hasPhone: boolean) {
    const required = requiredChecks({ phone: hasPhone ? 'yes' : null });
    const done = new Set(status === 'active' ? required : required.filter(() => this.chance(0.5)));
    return {
      flags: {
        verifiedEmail: done.has('email'),
        verifiedPhone: done.has('phone'),
        verifiedDocument: done.has('document'),
        verifiedSelfie: done.has('selfie'),
        verifiedAddress: done.has('address'),
      },
      progress: Math.round((100 * done.size) / required.length),
    };
  }
}
