import { homedir } from 'node:os';
import { join } from 'node:path';

export const appName = 'KYC Desk';

/**
 * Where the database and vault live when no --data is given: KYC_DESK_DATA, else the same
 * per-user folder Electron's app.getPath('userData') uses, so every host sees the same data.
 */
export function defaultDataDir(): string {
  if (process.env.KYC_DESK_DATA) return process.env.KYC_DESK_DATA;
  const home = homedir();
  if (process.platform === 'darwin') return join(home, 'Library', 'Application Support', appName);
  if (process.platform === 'win32') return join(process.env.APPDATA ?? join(home, 'AppData', 'Roaming'), appName);
  return join(process.env.XDG_CONFIG_HOME ?? join(home, '.config'), appName);
}
