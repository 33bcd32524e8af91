import type { Writable } from 'node:stream';
import type { CustomerSummaryData } from '../summary';
import { barChart } from './chart';
import { Report } from './report';

const statusColor = '#2f9e44';
const checkColor = '#f08c00';
const othersColor = '#adb5bd';

/** The summary report: customers by status, verification state and country, each as a bar chart. */
export async function renderSummaryReport(
  summary: CustomerSummaryData,
  out: Writable,
  fontsFolder: string,
  generatedAt: Date = new Date(),
): Promise<void> {
  const report = new Report(fontsFolder, out, 'Customer summary');
  report.titleBlock(`Generated ${generatedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC by KYC Desk`);
  report.keyValues([
    ['Customers', summary.total.toLocaleString('en')],
    ['Filters', summary.filters.length ? summary.filters.join(' · ') : 'None: every customer'],
    ['Countries', summary.countries.toLocaleString('en')],
  ]);

  report.heading('By status');
  barChart(
    report,
    summary.byStatus.map((s) => ({ label: s.label, value: s.count })),
    summary.total,
    statusColor,
  );

  report.heading('By verification');
  barChart(
    report,
    summary.byVerification.map((s) => ({ label: s.label, value: s.count })),
    summary.total,
  );
  report.text('Checks completed', { bold: true, size: 10 });
  report.doc.moveDown(0.3);
  barChart(
    report,
    summary.byCheck.map((s) => ({ label: s.label, value: s.count })),
    summary.total,
    checkColor,
  );

  report.heading(summary.countries > summary.byCountry.length ? 'By country (largest first)' : 'By country');
  const others = summary.countries > summary.byCountry.length ? summary.byCountry.at(-1) : undefined;
  barChart(
    report,
    summary.byCountry.map((s) => ({ label: s.label, value: s.count, ...(s === others ? { color: othersColor } : {}) })),
    summary.total,
  );

  await report.end();
}
