import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Folders of the repository, for hosts run from source with tsx. */
export const migrationsFolder = fileURLToPath(new URL('../../drizzle', import.meta.url));
export const rendererFolder = process.env.KYC_DESK_OUT
  ? resolve(process.env.KYC_DESK_OUT, 'renderer')
  : fileURLToPath(new URL('../../out/renderer', import.meta.url));
