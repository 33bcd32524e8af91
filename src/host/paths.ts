import { fileURLToPath } from 'node:url';

/** Folders of the repository, for hosts run from source with tsx. */
export const migrationsFolder = fileURLToPath(new URL('../../drizzle', import.meta.url));
export const rendererFolder = fileURLToPath(new URL('../../out/renderer', import.meta.url));
