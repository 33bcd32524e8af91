import { openCore, type Core } from '../../main/core';
import { defaultDataDir } from '../../main/data-dir';
import { migrationsFolder } from '../paths';
import { logUpgrade } from '../upgrade-log';
import { hostVaultOptions } from '../vault-options';
import { internalErrorLog } from './error-line';

/** Opens the core on --data DIR (or the default data folder) for one CLI command. */
export async function openCliCore(data: string | undefined): Promise<Core> {
  const dataDir = data ?? defaultDataDir();
  return openCore({
    dataDir,
    migrationsFolder,
    onUpgrade: logUpgrade(),
    onInternalError: internalErrorLog(dataDir),
    ...(await hostVaultOptions()),
  });
}
