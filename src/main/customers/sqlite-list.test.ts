import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  customerFilters,
  customerListInput,
  customerSortKeys,
  type CustomerListInput,
} from '../../shared/customers/contract';
import type { CustomerSummary } from '../../shared/customers/schema';
import { seedDatabase } from '../seed/seed';
import { newCustomer, ok, openTestCore } from '../test-support';
import { roughly, SqliteCustomerListing } from './sqlite-list';
import { nameKeyOf } from './name-key';
import { customerName } from '../../shared/customers/display';

type TestCore = Awaited<ReturnType<typeof openTestCore>>;

/** Every id of a list, page by page, following nextCursor. */
async function allPages(core: TestCore, input: CustomerListInput): Promise<number[]> {
  const ids: number[] = [];
  let cursor: string | undefined;
  for (let pages = 0; pages < 1000; pages++) {
    const page = await ok(core, 'customers.list', { ...input, cursor });
    ids.push(...page.items.map((item) => item.id));
    if (!page.nextCursor) return ids;
    cursor = page.nextCursor;
  }
  throw new Error('The list never ended');
}

describe('customer list', () => {
  let core: TestCore;
  const ids: Record<string, number> = {};

  const people = [
    {
      key: 'zoe',
      firstName: 'Zoë',
      lastName: 'Müller',
      email: 'zoe.mueller@example.de',
      country: 'DE',
      phone: '+49 1512 3456789',
    },
    {
      key: 'jurgen',
      firstName: 'Jürgen',
      lastName: 'Müller',
      email: 'jm@example.de',
      country: 'DE',
      labels: ['vip'],
    },
    {
      key: 'ana',
      firstName: 'Ana',
      lastName: 'García',
      email: 'ana@example.es',
      country: 'ES',
      documentNumber: 'X1234567L',
    },
    {
      key: 'jose',
      firstName: 'José',
      lastName: 'Álvarez',
      email: 'jose@example.es',
      country: 'ES',
      labels: ['vip', 'pep'],
    },
    { key: 'ivan', firstName: 'Иван', lastName: 'Петров', email: 'ivan@example.ru', country: 'RU' },
    { key: 'li', firstName: 'Wei', lastName: 'Li', email: 'wei.li@example.cn', country: 'CN' },
    {
      key: 'lin',
      firstName: 'Lina',
      lastName: 'Lindqvist',
      email: 'lina@example.se',
      country: 'SE',
      referenceId: 'ACC-77/B',
    },
    {
      key: 'ada',
      firstName: 'Ada',
      lastName: 'Lovelace',
      email: 'ada@example.com',
      phone: '07911 123456',
      verifiedEmail: true,
    },
    {
      key: 'grace',
      firstName: 'Grace',
      lastName: null,
      email: 'grace@navy.mil',
      country: 'US',
      companyName: 'Hopper Labs',
    },
    { key: 'ann', firstName: 'Ann', lastName: 'Smith', email: 'ann.smith@example.com', country: 'US' },
    { key: 'anne', firstName: 'Anne', lastName: 'Smith', email: 'anne.smith@example.com', country: 'US' },
  ];

  beforeAll(async () => {
    core = await openTestCore();
    for (const { key, ...fields } of people) {
      const customer = await ok(core, 'customers.create', newCustomer(fields));
      ids[key] = customer.id;
    }
    await ok(core, 'customers.block', { id: ids.ivan as number, reason: 'Suspected fraud' });
    await ok(core, 'customers.block', { id: ids.ann as number, reason: 'Duplicate account' });
    // Complete verification cannot be reached from the form (document checks need KYC review).
    core.storage.writer.$client.prepare('UPDATE customers SET verification_progress = 100 WHERE id = ?').run(ids.grace);
  });
  afterAll(() => core.dispose());

  const search = async (text: string, extra: Partial<CustomerListInput> = {}) =>
    (await ok(core, 'customers.list', { search: text, ...extra })).items.map((item) => item.id).sort((a, b) => a - b);
  const idsOf = (...keys: string[]) => keys.map((key) => ids[key] as number).sort((a, b) => a - b);

  it('finds customers by name prefix, ignoring accents and case', async () => {
    expect(await search('mül')).toEqual(idsOf('zoe', 'jurgen'));
    expect(await search('MUL')).toEqual(idsOf('zoe', 'jurgen'));
    expect(await search('zoe mull')).toEqual(idsOf('zoe'));
    expect(await search('alvarez')).toEqual(idsOf('jose'));
    expect(await search('garc')).toEqual(idsOf('ana'));
    expect(await search('Пет')).toEqual(idsOf('ivan'));
    expect(await search('hopper')).toEqual(idsOf('grace'));
  });

  it('matches every word as a prefix from two letters, one letter as the start of the name', async () => {
    expect(await search('li')).toEqual(idsOf('li', 'lin'));
    expect(await search('lin')).toEqual(idsOf('lin'));
    expect(await search('ann')).toEqual(idsOf('ann', 'anne'));
    expect(await search('—')).toEqual([]);
    // One letter: every customer whose name, as the list sorts it, starts with it (accents folded).
    const namesFrom = (letter: string) =>
      idsOf(...people.filter((p) => nameKeyOf(p.firstName, p.lastName ?? null).startsWith(letter)).map((p) => p.key));
    for (const letter of ['l', 's', 'm', 'z']) expect(await search(letter)).toEqual(namesFrom(letter));
    expect(await search('L')).toEqual(namesFrom('l'));
    expect(await search('Ł')).toEqual(namesFrom('l'));
    // Beside other words a letter being typed narrows nothing yet.
    expect(await search('ann s')).toEqual(idsOf('ann', 'anne'));
    expect(await search('a', { status: ['locked'] })).toEqual(idsOf('ann'));
  });

  it('finds customers by email, phone as people type it, reference ID and document number', async () => {
    expect(await search('ann.smith@example.com')).toEqual(idsOf('ann'));
    expect(await search('Zoe.Mueller@Example.de')).toEqual(idsOf('zoe'));
    expect(await search('07911 123 456')).toEqual(idsOf('ada'));
    expect(await search('+44 7911-123456')).toEqual(idsOf('ada'));
    expect(await search('7911123')).toEqual(idsOf('ada'));
    expect(await search('01512 3456789')).toEqual(idsOf('zoe'));
    expect(await search('ACC-77/B')).toEqual(idsOf('lin'));
    expect(await search('x1234567l')).toEqual(idsOf('ana'));
  });

  it('filters by status, country, label and verification, alone and with a search', async () => {
    expect(await search('', { status: ['locked'] })).toEqual(idsOf('ivan', 'ann'));
    expect(await search('smith', { status: ['locked'] })).toEqual(idsOf('ann'));
    expect(await search('smith', { status: ['approval_pending', 'restricted'] })).toEqual(idsOf('anne'));
    expect(await search('', { country: 'de' })).toEqual(idsOf('zoe', 'jurgen'));
    expect(await search('', { label: 'vip' })).toEqual(idsOf('jurgen', 'jose'));
    expect(await search('mül', { label: 'vip' })).toEqual(idsOf('jurgen'));
    expect(await search('', { label: 'pep', country: 'ES' })).toEqual(idsOf('jose'));
    expect(await search('', { verification: 'complete' })).toEqual(idsOf('grace'));
    expect(await search('', { verification: 'incomplete' })).toEqual(idsOf('ada'));
    expect((await search('', { verification: 'none' })).length).toBe(9);
    const exact = { capped: false, estimated: false };
    expect(await ok(core, 'customers.count', { label: 'vip' })).toEqual({ total: 2, ...exact });
    expect(await ok(core, 'customers.count', { search: 'smith', status: ['locked'] })).toEqual({ total: 1, ...exact });
    expect(await ok(core, 'customers.count', {})).toEqual({ total: 11, ...exact });
  });

  it('sorts by every key in both directions, ties broken by id', async () => {
    const all = (await ok(core, 'customers.list', { limit: 500 })).items;
    expect(all).toHaveLength(11);
    const fold = (c: CustomerSummary) => nameKeyOf(c.firstName, c.lastName);
    const keyOf: Record<(typeof customerSortKeys)[number], (c: CustomerSummary) => (string | number)[]> = {
      name: (c) => [fold(c)],
      email: (c) => [c.email],
      country: (c) => [c.country, fold(c)],
      status: (c) => [c.status, fold(c)],
      createdAt: (c) => [c.createdAt],
      verificationProgress: (c) => [c.verificationProgress],
    };
    const compare = (a: (string | number)[], b: (string | number)[]) => {
      for (let i = 0; i < a.length; i++) {
        const x = a[i] as string | number;
        const y = b[i] as string | number;
        const order =
          typeof x === 'number' ? x - (y as number) : Buffer.compare(Buffer.from(x), Buffer.from(String(y)));
        if (order !== 0) return order;
      }
      return 0;
    };
    for (const sort of customerSortKeys) {
      for (const direction of ['asc', 'desc'] as const) {
        const sign = direction === 'asc' ? 1 : -1;
        const expected = [...all]
          .sort((a, b) => sign * (compare(keyOf[sort](a), keyOf[sort](b)) || a.id - b.id))
          .map((c) => c.id);
        const page = await ok(core, 'customers.list', { sort, direction, limit: 500 });
        expect(
          page.items.map((c) => c.id),
          `${sort} ${direction}`,
        ).toEqual(expected);
      }
    }
  });

  it('sorts names as the column shows them, first name first, accents folded, other scripts by their Latin spelling', async () => {
    const names = async (direction: 'asc' | 'desc', limit: number) => {
      const shown: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await ok(core, 'customers.list', { sort: 'name', direction, limit, cursor });
        shown.push(...page.items.map(customerName));
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      return shown;
    };
    const ascending = [
      'Ada Lovelace',
      'Ana García',
      'Ann Smith',
      'Anne Smith',
      // Without a last name, in its place by first name (not pinned before everyone).
      'Grace',
      'Иван Петров',
      'José Álvarez',
      'Jürgen Müller',
      'Lina Lindqvist',
      'Wei Li',
      'Zoë Müller',
    ];
    expect(await names('asc', 500)).toEqual(ascending);
    // Page by page through the keyset cursor, the same order, both ways.
    expect(await names('asc', 3)).toEqual(ascending);
    expect(await names('desc', 3)).toEqual([...ascending].reverse());
  });

  it('pages with a keyset cursor that visits every customer exactly once', async () => {
    for (const sort of customerSortKeys) {
      for (const direction of ['asc', 'desc'] as const) {
        const seen = await allPages(core, { sort, direction, limit: 2 });
        expect(new Set(seen).size, `${sort} ${direction}`).toBe(11);
        expect(seen).toHaveLength(11);
      }
    }
    expect(await allPages(core, { search: 'smith', sort: 'status', direction: 'desc', limit: 1 })).toHaveLength(2);
    expect(await ok(core, 'customers.list', { cursor: 'not-a-cursor' }).catch((e: Error) => e.message)).toMatch(
      /VALIDATION/,
    );
  });

  it('returns the summary row the grid shows', async () => {
    const page = await ok(core, 'customers.list', { search: 'jose@example.es' });
    expect(page.items).toEqual([
      expect.objectContaining({
        id: ids.jose,
        firstName: 'José',
        lastName: 'Álvarez',
        labels: ['pep', 'vip'],
        status: 'approval_pending',
      }),
    ]);
  });
});

describe('customer list reading paths', () => {
  let core: TestCore;
  beforeAll(async () => {
    core = await openTestCore();
    await seedDatabase(core.storage, { chain: core.decisionChain, customers: 1500, seed: 3 });
  });
  afterAll(() => core.dispose());

  const cases: CustomerListInput[] = [
    {},
    { search: 'mar' },
    { search: 'm' },
    { search: 'a', sort: 'createdAt', direction: 'desc' },
    { search: 's', status: ['active'], sort: 'name', direction: 'desc' },
    { search: 'ma', country: 'US' },
    { search: 'com', sort: 'createdAt', direction: 'desc' },
    { status: ['locked', 'restricted'], sort: 'email' },
    { status: ['active'], search: 'gmail', sort: 'name', direction: 'desc' },
    { country: 'US', sort: 'verificationProgress' },
    { country: 'DE', status: ['approval_pending'] },
    { label: 'vip', sort: 'country', direction: 'desc' },
    { label: 'high-risk', search: 'example', sort: 'status' },
    { verification: 'incomplete', country: 'FR', sort: 'createdAt' },
    { verification: 'complete', label: 'vip', status: ['active'] },
  ];

  it('reads the same pages whether a filter drives the query or the sort index is walked (a search read whole or looked up)', async () => {
    const driven = new SqliteCustomerListing({ driveLimit: Number.MAX_SAFE_INTEGER });
    const walked = new SqliteCustomerListing({ driveLimit: 0 });
    // Walked, with every broad words search looked up row by row.
    const lookedUp = new SqliteCustomerListing({ driveLimit: 0, lookupUs: 0 });
    for (const input of cases) {
      const parsed = customerListInput.parse({ ...input, limit: 37 });
      const read = (lists: SqliteCustomerListing) =>
        core.storage.read(async (db) => {
          const ids: number[] = [];
          let cursor: string | undefined;
          do {
            const page = await lists.page(db, { ...parsed, cursor });
            ids.push(...page.items.map((item) => item.id));
            cursor = page.nextCursor ?? undefined;
          } while (cursor);
          return ids;
        });
      const byDriving = await read(driven);
      expect(byDriving, JSON.stringify(input)).toEqual(await read(walked));
      expect(byDriving, JSON.stringify(input)).toEqual(await read(lookedUp));
      expect(new Set(byDriving).size).toBe(byDriving.length);
      expect(await core.storage.read((db) => driven.count(db, parsed))).toBe(byDriving.length);
      // Counted up to a cap, except with no filter at all: that count is exact and cheap.
      const filtered = Object.keys(input).some((key) => key !== 'sort' && key !== 'direction');
      expect(await core.storage.read((db) => walked.countUpTo(db, parsed, 10))).toEqual(
        filtered
          ? { total: Math.min(10, byDriving.length), capped: byDriving.length > 10, estimated: false }
          : { total: 1500, capped: false, estimated: false },
      );
    }
  });

  it('estimates the count of several broad filters from a sample of the narrowest, labelled as such', async () => {
    const several = cases.filter(
      (input) => Object.keys(input).filter((key) => key in customerFilters.shape).length > 1,
    );
    expect(several.length).toBeGreaterThan(4);
    // A sample of every row: the estimate is the exact count, to two digits.
    const whole = new SqliteCustomerListing({ exactCountRows: 0, sampleRows: Number.MAX_SAFE_INTEGER });
    // About a fifth of the narrowest filter's rows.
    const fifth = new SqliteCustomerListing({ exactCountRows: 0, sampleRows: 60 });
    for (const input of several) {
      const filters = customerListInput.parse(input);
      const exact = await core.storage.read((db) => whole.count(db, filters));
      expect(await core.storage.read((db) => whole.countUpTo(db, filters, 10)), JSON.stringify(input)).toEqual({
        total: roughly(exact),
        capped: false,
        estimated: true,
      });
      const sampled = await core.storage.read((db) => fifth.countUpTo(db, filters, 10));
      expect(sampled.estimated).toBe(true);
      expect(
        Math.abs(sampled.total - exact),
        `${JSON.stringify(input)}: ${sampled.total} for ${exact}`,
      ).toBeLessThanOrEqual(Math.max(0.5 * exact, 20));
    }
    // A narrow filter among broad ones is counted exactly: the narrowest drives, whatever the others.
    const parse = (input: CustomerListInput) => customerListInput.parse(input);
    const exactOf = (input: CustomerListInput) => core.storage.read((db) => whole.count(db, parse(input)));
    const narrowRows = await exactOf({ search: 'smith' });
    expect(await exactOf({ status: ['active'] })).toBeGreaterThan(narrowRows);
    const listing = new SqliteCustomerListing({ exactCountRows: narrowRows });
    const countOf = (input: CustomerListInput) =>
      core.storage.read((db) => listing.countUpTo(db, parse(input), 10_000));
    expect(await countOf({ search: 'smith', status: ['active'] })).toEqual({
      total: await exactOf({ search: 'smith', status: ['active'] }),
      capped: false,
      estimated: false,
    });
    // Two broad ones, past the same limit, are estimated.
    expect((await countOf({ search: 'com', status: ['active'] })).estimated).toBe(true);
  });
});
