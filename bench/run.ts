import { activityBench } from './activity';
import { activityIIBench } from './activity-ii';
import { customersBench } from './customers';
import { documentReadingBench } from './document-reading';
import { exportsBench } from './exports';
import type { BenchSection } from './harness';
import { importsBench } from './imports';
import { typingBench } from './typing';

/** Every benchmark section; `npm run bench -- NAME` runs only the named ones. */
const sections: readonly BenchSection[] = [
  customersBench,
  activityBench,
  activityIIBench,
  typingBench,
  importsBench,
  exportsBench,
  documentReadingBench,
];

const wanted = process.argv.slice(2);
const unknown = wanted.filter((name) => !sections.some((section) => section.name === name));
if (unknown.length > 0) {
  console.error(`Unknown section(s): ${unknown.join(', ')}. Sections: ${sections.map((s) => s.name).join(', ')}`);
  process.exit(2);
}
for (const section of sections) {
  if (wanted.length === 0 || wanted.includes(section.name)) await section.run();
}
