import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { createRouter, type Handlers, type Router } from './api';
import { osUser } from './actor';
import { customersHandlers } from './customers/handlers';
import { openDatabase, type Db } from './db/connection';
import { WriteTurn } from './db/sqlite/write-turn';
import { migrateDatabase, type UpgradeStep } from './db/migrate';
import { CoreEvents } from './events';
import { exportsHandlers } from './exports/handlers';
import { importsHandlers } from './imports/handlers';
import { historyFiles, markInterrupted } from './imports/history';
import { pruneOldFiles } from './jobs/files';
import { jobsHandlers } from './jobs/handlers';
import { JobRunner } from './jobs/runner';
import { readStoredDocument, type StoredDocument } from './kyc/documents';
import { kycHandlers } from './kyc/handlers';
import { monitorsHandlers } from './monitors/handlers';
import type { KeyProtector } from './vault/key-protector';
import { openVault } from './vault/open';
import type { VaultHooks } from './vault/store';

export interface CoreOptions {
  /** Folder that holds the database and the document vault. */
  dataDir: string;
  /** The drizzle/ folder of SQL migrations. */
  migrationsFolder: string;
  actor?: () => string;
  onInternalError?: (error: unknown) => void;
  /** How the vault key is protected at rest; default: a key file only the owner can read. */
  keyProtector?: KeyProtector;
  /** Hears the steps of a database upgrade when a new release brings migrations (they can take a while). */
  onUpgrade?: (step: UpgradeStep) => void;
  /** Test seams inside a vault write (crash tests). */
  vaultHooks?: VaultHooks;
}

export interface Core {
  db: Db;
  router: Router;
  events: CoreEvents;
  /** Background jobs in worker threads (imports, exports): see src/main/jobs/runner.ts. */
  jobs: JobRunner;
  /** A stored document's decrypted bytes, for the transports that serve files to the viewer. */
  readDocument(documentId: number): Promise<StoredDocument>;
  dataDir: string;
  close(): void;
}

export const databaseFileName = 'kyc-desk.sqlite';

/** Whether a process still runs (signal 0 only asks); EPERM: it runs as another user. */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Opens the data folder, migrates the database and wires every feature's handlers. */
export async function openCore(options: CoreOptions): Promise<Core> {
  mkdirSync(options.dataDir, { recursive: true });
  const db = openDatabase(join(options.dataDir, databaseFileName));
  await migrateDatabase(db, options.migrationsFolder, options.dataDir, options.onUpgrade);
  markInterrupted(db, isAlive);
  pruneOldFiles(options.dataDir, historyFiles(db));
  const actor = options.actor ?? osUser;
  const events = new CoreEvents();
  // Shared with the job workers, so an import's batches let the core's own writes in (write-turn.ts).
  const writeTurn = new WriteTurn();
  const jobs = new JobRunner(events, join(options.dataDir, databaseFileName), options.dataDir, writeTurn);
  const vault = openVault(db, options.dataDir, options.keyProtector, options.vaultHooks);
  const handlers: Handlers = {
    ...customersHandlers(db, actor),
    ...monitorsHandlers(db, actor),
    ...jobsHandlers(jobs),
    ...importsHandlers(db, actor, jobs, options.dataDir),
    ...kycHandlers(db, vault, actor, events),
    ...exportsHandlers({
      db,
      jobs,
      vault,
      dataDir: options.dataDir,
      migrationsFolder: options.migrationsFolder,
      actor,
    }),
  };
  const router = createRouter(handlers, options.onInternalError ?? ((error) => console.error(error)));
  return {
    db,
    router,
    events,
    jobs,
    readDocument: (documentId) => readStoredDocument(db, vault, documentId),
    dataDir: options.dataDir,
    close: () => {
      jobs.cancelAll();
      db.$client.pragma('optimize');
      db.$client.close();
    },
  };
}
