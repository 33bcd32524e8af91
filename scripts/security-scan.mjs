// `npm run security`: Doyensec's Electronegativity over the Electron shell (electron/) and the
// build (out/). Fails on any finding not explained in electronegativity-accepted.json, on an
// explanation that no longer matches a finding, and on any file the scanner could not parse.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import electronegativity from '@doyensec/electronegativity';
import { transformWithOxc } from 'vite';

const require = createRequire(import.meta.url);
const out = process.env.KYC_DESK_OUT ?? 'out';
const acceptedFile = 'scripts/electronegativity-accepted.json';
const accepted = JSON.parse(readFileSync(acceptedFile, 'utf8'));
const electronVersion = require('electron/package.json').version;

/**
 * The scanner (2021) cannot walk newer syntax such as class private fields, which the renderer's
 * bundle holds: the built JavaScript is scanned lowered to ES2020. Unit tests are not shipped.
 */
async function stage() {
  const folder = mkdtempSync(join(tmpdir(), 'kyc-desk-electronegativity-'));
  // package.json: the Electron version and the start scripts' arguments are checked too.
  cpSync('package.json', join(folder, 'package.json'));
  cpSync('electron', join(folder, 'electron'), { recursive: true, filter: (path) => !path.endsWith('.test.ts') });
  cpSync(out, join(folder, 'out'), { recursive: true });
  for (const entry of readdirSync(join(folder, 'out'), { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !/\.[cm]?js$/.test(entry.name)) continue;
    const file = join(entry.parentPath, entry.name);
    const { code } = await transformWithOxc(readFileSync(file, 'utf8'), file, { lang: 'js', target: 'es2020' });
    writeFileSync(file, code);
  }
  return folder;
}

const wildcard = (pattern) =>
  new RegExp(
    `^${pattern
      .split('*')
      .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
  );
const explains = (entry, finding) =>
  entry.check === finding.id &&
  wildcard(entry.file).test(finding.file) &&
  (!entry.code || (finding.sample ?? '').includes(entry.code));
const where = (finding) => `${finding.id} ${finding.file}${finding.location.line ? `:${finding.location.line}` : ''}`;

const folder = await stage();
let result;
try {
  result = await electronegativity({
    input: folder,
    isRelative: true,
    electronVersionOverride: electronVersion,
    excludeFromScan: accepted.excludedChecks.map((excluded) => excluded.check),
  });
} finally {
  rmSync(folder, { recursive: true, force: true });
}

const unexplained = result.issues.filter((finding) => !accepted.findings.some((entry) => explains(entry, finding)));
const stale = accepted.findings.filter((entry) => !result.issues.some((finding) => explains(entry, finding)));
const unparsed = result.errors;

console.log(
  `Electronegativity over electron/ and ${out}/ (Electron ${electronVersion}): ${result.issues.length} finding(s), ` +
    `${result.issues.length - unexplained.length} explained in ${acceptedFile}; checks left out: ` +
    accepted.excludedChecks.map((excluded) => excluded.check).join(', '),
);
for (const finding of result.issues) {
  const entry = accepted.findings.find((candidate) => explains(candidate, finding));
  if (entry) console.log(`  explained  ${where(finding)}: ${entry.reason}`);
}
for (const finding of unexplained)
  console.error(
    `  NEW        ${where(finding)}: ${finding.description} ${finding.shortenedURL ?? ''}\n             ${finding.sample ?? ''}`,
  );
for (const entry of stale)
  console.error(`  STALE      ${entry.check} ${entry.file}: explained, but no longer found; remove it`);
for (const error of unparsed) console.error(`  UNPARSED   ${error.file}: ${error.message}`);
if (unexplained.length + stale.length + unparsed.length > 0) process.exit(1);
