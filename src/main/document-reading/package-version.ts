import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

// Not named `require`: the bundle declares its own (electron-vite's ESM shim), and a second one is a syntax error.
const fromHere = createRequire(import.meta.url);

const manifest = (dir: string) =>
  JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: string; version: string };

/** The folder of an installed package, found from its main entry (some packages do not export package.json). */
export function packageDir(name: string): string {
  let dir = dirname(fromHere.resolve(name));
  while (!(existsSync(join(dir, 'package.json')) && manifest(dir).name === name)) {
    if (dirname(dir) === dir) throw new Error(`The package ${name} is not installed`);
    dir = dirname(dir);
  }
  return dir;
}

/** The installed version of a package, as a reading records which engine read a file. */
export function packageVersion(name: string): string {
  return manifest(packageDir(name)).version;
}
