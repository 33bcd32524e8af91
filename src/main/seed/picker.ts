/** The choices every sample-data maker makes, drawn from one seeded generator. */
export class Picker {
  constructor(readonly random: () => number) {}

  chance(p: number): boolean {
    return this.random() < p;
  }

  pick<T>(values: readonly T[]): T {
    return values[Math.floor(this.random() * values.length)] as T;
  }

  /** A whole number from `min` to `max`, both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.random() * (max - min + 1));
  }

  /** One value of a table of (value, relative weight). */
  weighted<T>(table: readonly (readonly [T, number])[]): T {
    let n = this.random() * table.reduce((sum, [, weight]) => sum + weight, 0);
    for (const [value, weight] of table) {
      n -= weight;
      if (n < 0) return value;
    }
    return (table[0] as readonly [T, number])[0];
  }

  /** An instant between two times (milliseconds), as an ISO string. */
  between(fromMs: number, toMs: number): string {
    return new Date(fromMs + this.random() * Math.max(0, toMs - fromMs)).toISOString();
  }
}

/** References unique per serial, scrambled as a platform's are: serial x odd constant mod 36^8. */
export function scrambledReference(prefix: string, serial: number): string {
  const scrambled = (BigInt(serial) * 2_654_435_761n) % 36n ** 8n;
  return `${prefix}${scrambled.toString(36).toUpperCase().padStart(8, '0')}`;
}

/** A customer being seeded, as the makers of their activity see them. */
export interface SeedSubject {
  id: number;
  joinedMs: number;
  status: string;
  country: string | null;
}

/** What each maker of one kind of activity is given: the choices, who acts for staff, and the seed's now. */
export abstract class ActivityPart {
  constructor(
    protected readonly picker: Picker,
    protected readonly actor: string,
    protected readonly now: number,
  ) {}
}
