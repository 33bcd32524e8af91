import { randomBytes } from 'node:crypto';

/**
 * Names of an export: unique inside the downloads folder (several exports a day never clash)
 * and a plain one to offer in a save dialog.
 */
export function exportFileNames(
  base: string,
  extension: string,
  now: Date = new Date(),
): {
  downloadName: string;
  suggestedName: string;
} {
  const day = now.toISOString().slice(0, 10);
  const time = now.toISOString().slice(11, 19).replaceAll(':', '');
  return {
    downloadName: `${base}-${day}-${time}-${randomBytes(3).toString('hex')}.${extension}`,
    suggestedName: `${base}-${day}.${extension}`,
  };
}
