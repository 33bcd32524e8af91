import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { createRouter, type Handlers, type Router } from './api';
import { osUser } from './actor';
import { customersHandlers } from './customers/handlers';
import { openDatabase, type Db } from './db/connection';
import { migrateDatabase } from './db/migrate';
import { CoreEvents } from './events';
import { monitorsHandlers } from './monitors/handlers';

export interface CoreOptions {
  /** Folder that holds the database and the document vault. */
  dataDir: string;
  /** The drizzle/ folder of SQL migrations. */
  migrationsFolder: string;
  actor?: () => string;
  onInternalError?: (error: unknown) => void;
}

export interface Core {
  db: Db;
  router: Router;
  events: CoreEvents;
  dataDir: string;
  close(): void;
}

export const databaseFileName = 'kyc-desk.sqlite';

/** Opens the data folder, migrates the database and wires every feature's handlers. */
export async function openCore(options: CoreOptions): Promise<Core> {
  mkdirSync(options.dataDir, { recursive: true });
  const db = openDatabase(join(options.dataDir, databaseFileName));
  await migrateDatabase(db, options.migrationsFolder, options.dataDir);
  const actor = options.actor ?? osUser;
  const events = new CoreEvents();
  const handlers: Handlers = {
    ...customersHandlers(db, actor),
    ...monitorsHandlers(db, actor),
  };
  const router = createRouter(handlers, options.onInternalError ?? ((error) => console.error(error)));
  return {
    db,
    router,
    events,
    dataDir: options.dataDir,
    close: () => {
      db.$client.pragma('optimize');
      db.$client.close();
    },
  };
}
