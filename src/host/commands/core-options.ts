import { openCore, type Core } from '../../main/core';
import { defaultDataDir } from '../../main/data-dir';
import { migrationsFolder } from '../paths';
import { logUpgrade } from '../upgrade-log';

/** Opens the core on --data DIR (or the default data folder) for one CLI command. */
export function openCliCore(data: string | undefined): Promise<Core> {
  return openCore({ dataDir: data ?? defaultDataDir(), migrationsFolder, onUpgrade: logUpgrade() });
}
