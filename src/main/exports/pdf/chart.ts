import { colors, type Report } from './report';

export interface Bar {
  label: string;
  value: number;
  /** Overrides the chart's colour, e.g. for an "others" bar. */
  color?: string;
}

const barHeight = 14;
const gap = 5;
const labelWidth = 140;
const valueWidth = 95;

function percent(value: number, total: number): string {
  return total > 0 ? `${((value / total) * 100).toFixed(1)} %` : '0 %';
}

/**
 * A horizontal bar chart drawn with vector graphics: one bar per item, scaled to the largest,
 * with the count and its share of `total` after the bar.
 */
export function barChart(report: Report, bars: readonly Bar[], total: number, color: string = colors.accent): void {
  const { doc } = report;
  const max = Math.max(1, ...bars.map((bar) => bar.value));
  const barArea = report.width - labelWidth - valueWidth;
  report.ensureSpace(Math.min(bars.length, 6) * (barHeight + gap));
  for (const bar of bars) {
    report.ensureSpace(barHeight + gap);
    const y = doc.y;
    report.text(bar.label, { size: 9, width: labelWidth - 8, oneLine: true }, report.left, y + 1);
    const x = report.left + labelWidth;
    doc.rect(x, y, barArea, barHeight).fill(colors.band);
    const length = (bar.value / max) * barArea;
    if (length > 0) doc.rect(x, y, Math.max(length, 1), barHeight).fill(bar.color ?? color);
    report.text(
      `${bar.value.toLocaleString('en')} (${percent(bar.value, total)})`,
      { size: 9, width: valueWidth - 6, align: 'right', oneLine: true },
      x + barArea + 6,
      y + 1,
    );
    doc.y = y + barHeight + gap;
  }
  doc.moveDown(0.4);
}
