import { countryName } from '../../shared/reference/countries';
import type { WritableDB } from '../db/handles';
import { preparedPerConnection } from '../db/sqlite/prepared';
import { ActivityPart, type SeedSubject } from './picker';

/** Cities of the seeded customers' countries: where their IP addresses place them. */
const cities: Record<string, readonly string[]> = {
  US: ['New York', 'Los Angeles', 'Chicago', 'Houston', 'Miami'],
  GB: ['London', 'Manchester', 'Birmingham', 'Leeds'],
  DE: ['Berlin', 'Hamburg', 'Munich', 'Cologne', 'Frankfurt'],
  FR: ['Paris', 'Lyon', 'Marseille', 'Toulouse'],
  ES: ['Madrid', 'Barcelona', 'Valencia', 'Seville'],
  IT: ['Rome', 'Milan', 'Naples', 'Turin'],
  PL: ['Warsaw', 'Kraków', 'Wrocław', 'Gdańsk'],
  CZ: ['Prague', 'Brno', 'Ostrava'],
  HU: ['Budapest', 'Debrecen', 'Szeged'],
  SE: ['Stockholm', 'Gothenburg', 'Malmö'],
  NO: ['Oslo', 'Bergen', 'Trondheim'],
  TR: ['Istanbul', 'Ankara', 'İzmir', 'Antalya'],
  BR: ['São Paulo', 'Rio de Janeiro', 'Belo Horizonte', 'Curitiba'],
  VN: ['Hanoi', 'Ho Chi Minh City', 'Da Nang'],
  IN: ['Mumbai', 'Delhi', 'Bengaluru', 'Hyderabad'],
  RU: ['Moscow', 'Saint Petersburg', 'Novosibirsk', 'Kazan'],
  UA: ['Kyiv', 'Lviv', 'Kharkiv', 'Odesa'],
  GR: ['Athens', 'Thessaloniki', 'Patras'],
  AE: ['Dubai', 'Abu Dhabi', 'Sharjah'],
  JP: ['Tokyo', 'Osaka', 'Yokohama', 'Sapporo'],
  KR: ['Seoul', 'Busan', 'Incheon'],
  CN: ['Shanghai', 'Beijing', 'Shenzhen', 'Guangzhou'],
  NL: ['Amsterdam', 'Rotterdam', 'Utrecht'],
};
/** Where a sign-in from abroad comes from: travel, or someone else. */
const abroad = ['NL', 'DE', 'US', 'AE', 'TR', 'GB'];
const devices: readonly [string, number][] = [
  ['Chrome 131 on Windows 11', 22],
  ['Chrome 131 on Android 15', 16],
  ['Safari 18 on iPhone (iOS 18)', 16],
  ['Edge 131 on Windows 11', 7],
  ['Firefox 133 on Windows 10', 5],
  ['Safari 18 on macOS 15', 7],
  ['Chrome 130 on macOS 14', 5],
  ['Samsung Internet 26 on Android 14', 4],
  ['Firefox 133 on Ubuntu 24.04', 2],
  ['Exchange app 4.2 on iPhone (iOS 18)', 8],
  ['Exchange app 4.2 on Android 15', 8],
];
/** Why staff ended a session the customer had not. */
const staffReasons = [
  'Sign-in from a new country, customer did not recognise it',
  'Customer reported a lost phone',
  'Password reset requested by the customer',
];
/** When a blocked customer's sessions were ended with the block. */
const blockReason = 'Customer blocked';
const dayMs = 86_400_000;
const minuteMs = 60_000;

const statements = preparedPerConnection((db) => ({
  session: db.$client.prepare(
    `INSERT INTO customer_sessions (customer_id, device, ip_address, place, signed_in_at, last_seen_at, ended_at,
       ended_by, end_reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ),
}));

/**
 * Devices signed in to customers' accounts: a history of ended sessions (most signed out by
 * the customer, some ended by staff) and, for customers who may sign in, one to three still
 * active. A locked or restricted customer has none active: blocking ended them.
 */
export class SessionMaker extends ActivityPart {
  private ip(): string {
    const p = this.picker;
    if (p.chance(0.12)) {
      const group = () => p.int(0, 0xffff).toString(16);
      return `2a02:${group()}:${group()}:${group()}::${group()}`;
    }
    // Public ranges only: no private, loopback or multicast first octet.
    const first = p.pick([31, 37, 46, 62, 77, 78, 81, 85, 91, 95, 109, 151, 176, 185, 188, 193, 212, 217]);
    return `${first}.${p.int(0, 255)}.${p.int(0, 255)}.${p.int(1, 254)}`;
  }

  private place(country: string | null): string | null {
    const p = this.picker;
    if (p.chance(0.05)) return null;
    const where = country === null || p.chance(0.06) ? p.pick(abroad) : country;
    const city = cities[where];
    return city ? `${p.pick(city)}, ${countryName(where)}` : countryName(where);
  }

  add(tx: WritableDB, customer: SeedSubject): void {
    const p = this.picker;
    if (p.chance(0.15)) return;
    const blocked = customer.status === 'locked' || customer.status === 'restricted';
    const active = blocked
      ? 0
      : p.weighted<number>([
          [0, 30],
          [1, 45],
          [2, 18],
          [3, 7],
        ]);
    const ended = p.int(0, 4);
    const from = Math.max(customer.joinedMs, this.now - 365 * dayMs);
    const insert = statements(tx).session;
    for (let n = 0; n < active + ended; n += 1) {
      const isActive = n < active;
      const signedInMs = Date.parse(p.between(isActive ? Math.max(from, this.now - 30 * dayMs) : from, this.now));
      const lastSeenMs = Math.min(
        this.now,
        signedInMs + (isActive ? p.random() * (this.now - signedInMs) : p.random() * 2 * dayMs),
      );
      const endedMs = Math.min(this.now, lastSeenMs + p.random() * 30 * minuteMs);
      const byStaff = !isActive && (blocked ? n === active + ended - 1 : p.chance(0.05));
      insert.run(
        customer.id,
        p.weighted(devices),
        this.ip(),
        this.place(customer.country),
        new Date(signedInMs).toISOString(),
        new Date(lastSeenMs).toISOString(),
        isActive ? null : new Date(endedMs).toISOString(),
        isActive ? null : byStaff ? this.actor : 'customer',
        byStaff ? (blocked ? blockReason : p.pick(staffReasons)) : null,
      );
    }
  }
}
