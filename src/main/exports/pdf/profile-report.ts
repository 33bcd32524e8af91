import type { Writable } from 'node:stream';
import { statusLabels } from '../../../shared/customers/fields';
import { checkLabels, checkStateLabels, outcomeLabels, reasonLabels } from '../../../shared/kyc/fields';
import { profileOf } from '../../../shared/customers/profile-lines';
import type { CustomerProfileData } from '../profile';
import { colors, Report } from './report';
import { documentReadingSection } from './document-reading-section';

const thumbnail = { width: 150, height: 110, gap: 12 };

function when(iso: string | null): string {
  return iso ? `${iso.slice(0, 10)} ${iso.slice(11, 16)}` : '';
}

function yesNo(value: boolean): string {
  return value ? 'Yes' : 'No';
}

/** The KYC profile report of one customer: profile data, checks, files, decisions and history. */
export async function renderProfileReport(
  profile: CustomerProfileData,
  out: Writable,
  fontsFolder: string,
  generatedAt: Date = new Date(),
): Promise<void> {
  const { customer } = profile;
  const name = [customer.firstName, customer.lastName].filter(Boolean).join(' ');
  const report = new Report(fontsFolder, out, `KYC profile: ${name}`, `KYC profile of customer #${customer.id}`);
  report.titleBlock(`Customer #${customer.id} · generated ${when(generatedAt.toISOString())} UTC by KYC Desk`);

  report.heading('Customer');
  report.keyValues([
    ['Name', name],
    ['Status', [statusLabels[customer.status], customer.statusReason].filter(Boolean).join(' · ')],
    // The field's own label: on one list, "Phone" would name both the number and its check.
    ...profileOf(customer, profile.monitorName).flatMap(({ lines }) =>
      lines.map((line) => [line.field.label, line.text ?? ''] as const),
    ),
    ['Created', when(customer.createdAt)],
    ['Updated', when(customer.updatedAt)],
  ]);

  report.heading('Verification checks');
  report.table(
    ['Check', 'State', 'Required', 'Decided', 'By', 'Reason'],
    profile.checks.map((check) => [
      checkLabels[check.check],
      checkStateLabels[check.state],
      yesNo(check.required),
      when(check.decidedAt),
      check.decidedBy ?? '',
      [check.reason && reasonLabels[check.reason], check.note].filter(Boolean).join(': '),
    ]),
    [0.15, 0.14, 0.1, 0.17, 0.17, 0.27],
  );

  report.ensureSpace(thumbnail.height + 90);
  report.heading('Documents');
  if (profile.documents.length === 0) report.text('No files uploaded.', { color: colors.muted });
  const { doc } = report;
  const perRow = Math.max(1, Math.floor((report.width + thumbnail.gap) / (thumbnail.width + thumbnail.gap)));
  profile.documents.forEach((file, index) => {
    const column = index % perRow;
    if (column === 0) report.ensureSpace(thumbnail.height + 40);
    const top = column === 0 ? doc.y : doc.y - thumbnail.height - 36;
    const x = report.left + column * (thumbnail.width + thumbnail.gap);
    doc.rect(x, top, thumbnail.width, thumbnail.height).lineWidth(0.5).strokeColor(colors.rule).stroke();
    if (file.image) {
      doc.image(file.image, x + 2, top + 2, {
        fit: [thumbnail.width - 4, thumbnail.height - 4],
        align: 'center',
        valign: 'center',
      });
    } else {
      report.text(
        `${file.kind}: open it in KYC Desk to see it`,
        { size: 8, color: colors.muted, width: thumbnail.width - 12, align: 'center' },
        x + 6,
        top + 45,
      );
    }
    report.text(
      file.slot,
      { size: 8, bold: true, width: thumbnail.width, oneLine: true },
      x,
      top + thumbnail.height + 4,
    );
    report.text(
      `${file.fileName} · ${when(file.uploadedAt)}`,
      { size: 7, color: colors.muted, width: thumbnail.width, oneLine: true },
      x,
      top + thumbnail.height + 16,
    );
    doc.y = top + thumbnail.height + 36;
  });
  doc.y += 6;

  documentReadingSection(report, profile.comparison);

  report.heading('Decisions');
  if (profile.decisions.length === 0) report.text('No decisions yet.', { color: colors.muted });
  else {
    report.table(
      ['When', 'Check', 'Outcome', 'Reviewer', 'Reason'],
      profile.decisions.map((decision) => [
        when(decision.at),
        checkLabels[decision.check],
        outcomeLabels[decision.outcome],
        decision.reviewer,
        [decision.reason && reasonLabels[decision.reason], decision.note].filter(Boolean).join(': '),
      ]),
      [0.17, 0.15, 0.15, 0.19, 0.34],
    );
  }

  report.heading('History');
  if (profile.history.length === 0) report.text('No changes recorded.', { color: colors.muted });
  else {
    report.table(
      ['When', 'Action', 'By', 'Fields', 'Reason'],
      profile.history.map((entry) => [
        when(entry.at),
        entry.action,
        entry.actor,
        Object.keys(entry.changes).join(', '),
        entry.reason ?? '',
      ]),
      [0.17, 0.17, 0.15, 0.26, 0.25],
    );
  }

  await report.end();
}
