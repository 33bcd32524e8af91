import { join } from 'node:path';
import { createRouter, type Handlers, type Router } from './api';
import { osUser } from './actor';
import { customersHandlers } from './customers/handlers';
import { dashboardHandlers } from './dashboard/handlers';
import { sqliteCustomerRows } from './customers/sqlite-customer-rows';
import { sqliteCustomerLookups } from './customers/sqlite-lookups';
import { SqliteCustomerListing } from './customers/sqlite-list';
import { sqliteOf } from './db/sqlite/database';
import { WriteTurn } from './db/sqlite/write-turn';
import { migrateDatabase, type UpgradeStep } from './db/migrate';
import { openSqliteStorage, type SqliteStorage } from './db/sqlite/storage';
import { CoreEvents } from './events';
import { documentReadingHandlers } from './document-reading/handlers';
import { ReadingThread } from './document-reading/reading-thread';
import { DocumentReadingService } from './document-reading/service';
import { exchangesHandlers } from './exchanges/handlers';
import { exportsHandlers } from './exports/handlers';
import { fontsFolderBeside } from './exports/pdf/fonts';
import { importsHandlers } from './imports/handlers';
import { historyFiles, markInterrupted } from './imports/history';
import { lockDataFolder } from './files/data-lock';
import { isAlive } from './files/durable';
import { keepFilesPrivate, tightenTopLevel } from './files/private';
import { TrustedPaths } from './files/trusted-paths';
import { pruneOldFiles } from './jobs/files';
import { jobsHandlers } from './jobs/handlers';
import { JobRunner } from './jobs/runner';
import { readStoredDocument, type StoredDocument } from './kyc/documents';
import { headFileOf } from './kyc/decision-head';
import type { DecisionChain } from './kyc/decision-log';
import { kycHandlers } from './kyc/handlers';
import { upgradeDecisionLog } from './kyc/rechain';
import { sqliteDecisionLog } from './kyc/sqlite-decision-log';
import { sqliteVerificationQueue } from './kyc/sqlite-queue';
import { ledgerHandlers } from './ledger/handlers';
import { withdrawalsHandlers } from './ledger/withdrawals';
import { monitorsHandlers } from './monitors/handlers';
import { referralsHandlers } from './referrals/handlers';
import { reserveRequestsHandlers } from './reserve-requests/handlers';
import { reviewsHandlers } from './reviews/handlers';
import { sessionsHandlers } from './sessions/handlers';
import { ticketsHandlers } from './tickets/handlers';
import type { KeyProtector } from './vault/key-protector';
import { openVault } from './vault/open';
import type { VaultHooks } from './vault/store';
import { vaultHandlers } from './vault/handlers';

export interface CoreOptions {
  /** Folder that holds the database and the document vault. */
  dataDir: string;
  /** The drizzle/ folder of SQL migrations. */
  migrationsFolder: string;
  actor?: () => string;
  onInternalError?: (error: unknown) => void;
  /** How the vault key is protected at rest (Electron safeStorage, the OS keyring); without one, a passphrase. */
  keyProtector?: KeyProtector;
  /** The passphrase protecting the vault key when there is no keyProtector; else the desk stays locked until `vault.unlock`. */
  vaultPassphrase?: string;
  /** Hears the steps of a database upgrade when a new release brings migrations (they can take a while). */
  onUpgrade?: (step: UpgradeStep) => void;
  /** How long a write waits for another connection's write lock before BUSY; default 5 s. */
  busyTimeoutMs?: number;
  /** Test seams inside a vault write (crash tests). */
  vaultHooks?: VaultHooks;
}

export interface Core {
  storage: SqliteStorage;
  router: Router;
  events: CoreEvents;
  /** Background jobs in worker threads (imports, exports): see src/main/jobs/runner.ts. */
  jobs: JobRunner;
  /** A stored document's decrypted bytes, for the transports that serve files to the viewer. */
  readDocument(documentId: number): Promise<StoredDocument>;
  /** The decision log's HMAC key, derived from the vault key; fails as the vault key does when it is missing or wrong. */
  decisionLogKey(): Promise<Buffer>;
  /** The decision log's key and head file, for writers outside the router (the seed). */
  decisionChain: DecisionChain;
  dataDir: string;
  /** Files the core may read by path: trusted callers register what the person chose (trusted-paths.ts). */
  trustedPaths: TrustedPaths;
  /** Files being read in the background: tests and the CLI wait for them with `settled()`. */
  reading: DocumentReadingService;
  /** Cancels the jobs, waits for the transaction under way and closes the database. */
  close(): Promise<void>;
}

export const databaseFileName = 'kyc-desk.sqlite';

/** Opens the data folder, migrates the database and wires every feature's handlers. */
export async function openCore(options: CoreOptions): Promise<Core> {
  keepFilesPrivate();
  tightenTopLevel(options.dataDir);
  const unlock = lockDataFolder(options.dataDir);
  try {
    return await openLocked(options, unlock);
  } catch (error) {
    unlock();
    throw error;
  }
}

async function openLocked(options: CoreOptions, unlock: () => void): Promise<Core> {
  // Shared with the job workers, so an import's batches let the core's own writes in (write-turn.ts).
  const writeTurn = new WriteTurn();
  const storage = await openSqliteStorage(join(options.dataDir, databaseFileName), {
    busyTimeoutMs: options.busyTimeoutMs,
    writeTurn,
    beforeReads: (writer) => migrateDatabase(writer, options.migrationsFolder, options.dataDir, options.onUpgrade),
  });
  await storage.withTransaction((tx) => markInterrupted(sqliteOf(tx), isAlive), { what: 'opening the data folder' });
  pruneOldFiles(options.dataDir, await storage.read((db) => historyFiles(sqliteOf(db))));
  const actor = options.actor ?? osUser;
  const onInternalError = options.onInternalError ?? ((error: unknown) => console.error(error));
  const events = new CoreEvents();
  const vault = await openVault(
    storage,
    options.dataDir,
    { protector: options.keyProtector, passphrase: options.vaultPassphrase },
    options.vaultHooks,
  );
  // The last key loaded, handed to job workers (they cannot unlock the vault key themselves).
  let chainKey: Buffer | null = null;
  const chain: DecisionChain = {
    key: async () => (chainKey = await vault.subkey('decision-log')),
    headFile: headFileOf(options.dataDir),
  };
  await upgradeDecisionLog(storage, sqliteDecisionLog, chain, actor());
  const jobs = new JobRunner(events, join(options.dataDir, databaseFileName), options.dataDir, writeTurn, {
    onInternalError,
    decisionLogKey: () => chainKey,
  });
  // The SQLite implementations of the feature ports (another engine brings its own).
  const listing = new SqliteCustomerListing();
  const trustedPaths = new TrustedPaths(options.dataDir);
  const readingThread = new ReadingThread();
  const reading = new DocumentReadingService(storage, vault, readingThread, events, actor, onInternalError);
  await reading.resume();
  const handlers: Handlers = {
    ...customersHandlers(storage, { listing, lookups: sqliteCustomerLookups, rows: sqliteCustomerRows, chain }, actor),
    ...monitorsHandlers(storage, actor),
    ...jobsHandlers(jobs),
    ...importsHandlers(storage, actor, jobs, options.dataDir, trustedPaths),
    ...kycHandlers(
      storage,
      { queue: sqliteVerificationQueue, decisionLog: sqliteDecisionLog, chain },
      vault,
      actor,
      events,
      reading,
    ),
    ...documentReadingHandlers(reading),
    ...exportsHandlers({
      storage,
      listing,
      jobs,
      vault,
      reading,
      dataDir: options.dataDir,
      migrationsFolder: options.migrationsFolder,
      actor,
    }),
    ...vaultHandlers(storage, vault),
    ...dashboardHandlers(storage),
    ...exchangesHandlers(storage, actor),
    ...ledgerHandlers(storage, actor, {
      dataDir: options.dataDir,
      fontsFolder: fontsFolderBeside(options.migrationsFolder),
    }),
    ...withdrawalsHandlers(storage, actor),
    ...referralsHandlers(storage),
    ...reviewsHandlers(storage, actor),
    ...reserveRequestsHandlers(storage, actor),
    ...ticketsHandlers(storage, actor),
    ...sessionsHandlers(storage, actor),
  };
  const router = createRouter(handlers, onInternalError);
  let closing: Promise<void> | null = null;
  return {
    storage,
    router,
    events,
    jobs,
    reading,
    readDocument: (documentId) => readStoredDocument(storage, vault, documentId),
    decisionLogKey: chain.key,
    decisionChain: chain,
    dataDir: options.dataDir,
    trustedPaths,
    // Once: a second call (a quit after a test's own close) waits for the first.
    close: () => {
      closing ??=
        (jobs.cancelAll(),
        reading
          .settled()
          .then(() => readingThread.close())
          .then(() => storage.close())
          .finally(unlock));
      return closing;
    },
  };
}
