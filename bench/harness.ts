import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openCore, type Core } from '../src/main/core';
import { seedDatabase, seedVersion } from '../src/main/seed/seed';

/** A benchmark section: a named group of measurements, run by `npm run bench [-- NAME...]`. */
export interface BenchSection {
  name: string;
  run(): Promise<void>;
}

/** Customers in the seeded database of the customers and exports sections; KYC_BENCH_CUSTOMERS changes it. */
export const benchCustomers = Number(process.env.KYC_BENCH_CUSTOMERS ?? 1_000_000);

export const migrationsFolder = fileURLToPath(new URL('../drizzle', import.meta.url));

export interface Timing {
  p50: number;
  p95: number;
  max: number;
  runs: number;
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;
}

/**
 * Runs `work` twice to warm caches, then up to `runs` times (fewer when a slow query
 * exceeds `budgetMs`, after at least 5 runs), and reports milliseconds.
 */
export async function measure(work: () => unknown, runs = 50, budgetMs = 3_000): Promise<Timing> {
  for (let i = 0; i < 2; i++) await work();
  const times: number[] = [];
  const started = performance.now();
  while (times.length < runs && (times.length < 5 || performance.now() - started < budgetMs)) {
    const start = performance.now();
    await work();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return {
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    max: times.at(-1) ?? Number.NaN,
    runs: times.length,
  };
}

export interface Row {
  name: string;
  core: Timing;
  /** The same question asked of SQLite directly, measured in the same run. */
  raw?: Timing;
  /** Rows returned or counted, so a fast answer can be told from an empty one. */
  rows?: number | string;
}

const ms = (value: number | undefined) => (value === undefined ? '' : value.toFixed(2));

/** Prints rows as an aligned table; marks core p95 over `targetMs` with "!". */
export function printTable(title: string, rows: readonly Row[], targetMs?: number): void {
  const header = ['', 'core p50', 'core p95', 'core max', 'raw p50', 'raw p95', 'raw max', 'rows'];
  const body = rows.map((row) => [
    row.name,
    ms(row.core.p50),
    `${ms(row.core.p95)}${targetMs !== undefined && row.core.p95 > targetMs ? ' !' : ''}`,
    ms(row.core.max),
    ms(row.raw?.p50),
    ms(row.raw?.p95),
    ms(row.raw?.max),
    row.rows === undefined ? '' : String(row.rows),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((cells) => (cells[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  ');
  console.log(`\n${title}${targetMs === undefined ? '' : ` (milliseconds; target: core p95 under ${targetMs} ms)`}`);
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const cells of body) console.log(line(cells));
}

/**
 * A data folder holding `customers` seeded customers. It is cached under the temp folder by
 * seed version and size, so later runs (of any section) reuse it; pending migrations still
 * apply when the core opens it.
 */
export async function seededDataDir(customers: number): Promise<string> {
  const dataDir = join(tmpdir(), 'kyc-desk-bench', `customers-v${seedVersion}-${customers}`);
  const ready = join(dataDir, 'seeded');
  if (existsSync(ready)) {
    console.log(`Reusing ${customers.toLocaleString('en')} seeded customers in ${dataDir} (seed v${seedVersion})`);
    return dataDir;
  }
  rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(dataDir, { recursive: true });
  console.log(`Seeding ${customers.toLocaleString('en')} customers into ${dataDir} (cached for later runs)...`);
  const core = await openCore({ dataDir, migrationsFolder, vaultPassphrase: benchVaultPassphrase });
  const started = performance.now();
  try {
    await seedDatabase(core.storage, {
      chain: core.decisionChain,
      customers,
      onProgress: (done, total) => {
        if (done % 100_000 === 0 || done === total) {
          console.log(`  ${done.toLocaleString('en')} (${((performance.now() - started) / 1000).toFixed(0)} s)`);
        }
      },
    });
  } finally {
    await core.close();
  }
  writeFileSync(ready, new Date().toISOString());
  return dataDir;
}

/** One operation through the core's router, as the app asks it; a failure stops the bench with its message. */
export async function callCore(core: Core, op: string, input: unknown): Promise<unknown> {
  const result = await core.router.call(op, input);
  if (!result.ok) throw new Error(`${op} ${JSON.stringify(input)}: ${result.error.message}`);
  return result.value;
}

/** Protects the vault key of the bench's cached data folder (the decision log is keyed from it). */
export const benchVaultPassphrase = 'kyc desk bench passphrase';

export function openBenchCore(dataDir: string): Promise<Core> {
  return openCore({
    dataDir,
    migrationsFolder,
    vaultPassphrase: benchVaultPassphrase,
    onInternalError: (error) => console.error(error),
  });
}
