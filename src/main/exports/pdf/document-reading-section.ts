import type { DocumentComparison } from '../../../shared/document-reading/contract';
import { percent, shownValue } from '../../../shared/document-reading/display';
import { readableSlots, readSourceLabels, verdictLabels } from '../../../shared/document-reading/fields';
import { slotLabels } from '../../../shared/kyc/fields';
import { colors, type Report } from './report';

/** The report's "Document reading": the comparison as the review screen shows it, and which engine read each file. */
export function documentReadingSection(report: Report, comparison: DocumentComparison): void {
  report.heading('Document reading');
  const readings = readableSlots.flatMap((slot) => comparison.readings[slot] ?? []);
  if (readings.length === 0) {
    report.text('No identity document or selfie has been read.', { color: colors.muted });
    return;
  }
  report.table(
    ['Field', 'Profile', 'Document', 'Read from', 'Result'],
    comparison.fields.map((row) => [
      row.label,
      row.profile ? shownValue(row.field, row.profile) : '',
      row.document ? shownValue(row.field, row.document.value) : (row.detail ?? ''),
      row.document ? `${readSourceLabels[row.document.source]} (${percent(row.document.confidence)})` : '',
      verdictLabels[row.verdict],
    ]),
    [0.17, 0.22, 0.22, 0.25, 0.14],
  );
  const face = comparison.face;
  if (face?.similarity != null) {
    report.text(
      `Face: ${percent(face.similarity)} similar (same person from ${percent(face.threshold)}): ${face.same ? 'same face' : 'different face'}`,
    );
  }
  for (const finding of comparison.findings) report.text(`Finding: ${finding.text}`, { color: colors.muted });
  for (const reading of readings) {
    const engines = reading.engines.map((engine) => `${engine.name} ${engine.version}`).join(', ');
    const how =
      reading.state === 'failed' ? `not read: ${reading.error}` : `${reading.state}${engines ? ` by ${engines}` : ''}`;
    report.text(`${slotLabels[reading.slot]}: ${how}`, { size: 8, color: colors.muted });
  }
}
