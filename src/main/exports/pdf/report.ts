import { join } from 'node:path';
import type { Writable } from 'node:stream';
import PDFDocument from 'pdfkit';
import { fontFiles, textRuns, type FontName } from './fonts';

export interface TextStyle {
  size?: number;
  bold?: boolean;
  color?: string;
  width?: number;
  align?: 'left' | 'right' | 'center';
  /** One line, cut with an ellipsis when too long (table cells). */
  oneLine?: boolean;
}

export const colors = {
  text: '#1f2933',
  muted: '#616e7c',
  rule: '#d3d9e0',
  accent: '#1c7ed6',
  band: '#f1f3f5',
} as const;

const margin = 50;

/**
 * A report page-flow over pdfkit: A4, embedded fonts for any script, headings, key/value
 * blocks, simple tables, and "page X of Y" footers. `end()` resolves once `out` has the file.
 */
export class Report {
  readonly doc: PDFKit.PDFDocument;
  readonly left = margin;
  readonly width: number;

  constructor(
    fontsFolder: string,
    private readonly out: Writable,
    private readonly title: string,
    /** Left of "page X of Y" in every footer; Latin text keeps the centred line simple. */
    private readonly footer: string = title,
  ) {
    this.doc = new PDFDocument({
      size: 'A4',
      margin,
      bufferPages: true,
      font: join(fontsFolder, fontFiles.regular),
      info: { Title: title, Creator: 'KYC Desk' },
    });
    for (const [name, file] of Object.entries(fontFiles)) this.doc.registerFont(name, join(fontsFolder, file));
    this.doc.pipe(out);
    this.width = this.doc.page.width - 2 * margin;
  }

  get y(): number {
    return this.doc.y;
  }

  /** Writes text at x, y (by default the left margin, below what came before) in as many fonts as its scripts need. */
  text(text: string, style: TextStyle = {}, x: number = this.left, y?: number): void {
    const { doc } = this;
    const runs = textRuns(text === '' ? ' ' : text, style.bold ? 'bold' : 'regular');
    doc.fontSize(style.size ?? 10).fillColor(style.color ?? colors.text);
    const options: PDFKit.Mixins.TextOptions = {
      width: style.width ?? this.width - (x - this.left),
      align: style.align ?? 'left',
      ...(style.oneLine ? { lineBreak: false, ellipsis: true, height: (style.size ?? 10) * 1.4 } : {}),
    };
    runs.forEach((run, index) => {
      doc.font(run.font satisfies FontName);
      const continued = index < runs.length - 1;
      if (index === 0) doc.text(run.text, x, y ?? doc.y, { ...options, continued });
      else doc.text(run.text, { ...options, continued });
    });
  }

  /** Starts a new page when fewer than `height` points are left on this one. */
  ensureSpace(height: number): void {
    if (this.doc.y + height > this.doc.page.height - margin - 20) this.doc.addPage();
  }

  titleBlock(subtitle: string): void {
    this.text(this.title, { size: 20, bold: true });
    this.text(subtitle, { size: 9, color: colors.muted });
    this.doc.moveDown(0.8);
  }

  heading(text: string): void {
    this.ensureSpace(60);
    this.doc.moveDown(0.6);
    this.text(text, { size: 13, bold: true, color: colors.accent });
    const y = this.doc.y + 2;
    this.doc
      .moveTo(this.left, y)
      .lineTo(this.left + this.width, y)
      .lineWidth(0.5)
      .strokeColor(colors.rule)
      .stroke();
    this.doc.y = y + 6;
  }

  /** Rows of label and value in two columns. */
  keyValues(pairs: readonly (readonly [string, string])[], labelWidth = 150): void {
    for (const [label, value] of pairs) {
      this.ensureSpace(16);
      const y = this.doc.y;
      this.text(label, { color: colors.muted, width: labelWidth - 10 }, this.left, y);
      const labelBottom = this.doc.y;
      this.text(value || '—', { width: this.width - labelWidth }, this.left + labelWidth, y);
      this.doc.y = Math.max(this.doc.y, labelBottom) + 3;
    }
  }

  /**
   * A table; `widths` are fractions of the page width. `wrap` names the columns whose text
   * may take several lines (reasons, notes); the others are cut to one line.
   */
  table(
    headers: readonly string[],
    rows: readonly (readonly string[])[],
    widths: readonly number[],
    wrap: readonly number[] = [],
  ): void {
    const size = 9;
    const lineHeight = 16;
    const widthOf = (i: number) => (widths[i] ?? 0) * this.width;
    const draw = (cells: readonly string[], bold: boolean, band: boolean) => {
      this.doc.font(bold ? 'bold' : 'regular').fontSize(size);
      const height = Math.max(
        lineHeight,
        ...wrap.map((i) => this.doc.heightOfString(cells[i] || ' ', { width: widthOf(i) - 6 }) + 5),
      );
      this.ensureSpace(height);
      const y = this.doc.y;
      if (band) this.doc.rect(this.left, y - 2, this.width, height).fill(colors.band);
      let x = this.left;
      cells.forEach((cell, i) => {
        this.text(cell, { bold, size, width: widthOf(i) - 6, oneLine: !wrap.includes(i) }, x + 3, y + 1);
        x += widthOf(i);
      });
      this.doc.y = y + height;
    };
    draw(headers, true, true);
    rows.forEach((row, i) => draw(row, false, i % 2 === 1));
    this.doc.moveDown(0.5);
  }

  /** Writes the footers and ends the document; resolves when `out` holds the whole file. */
  async end(): Promise<void> {
    const { doc } = this;
    const range = doc.bufferedPageRange();
    for (let i = range.start; i < range.start + range.count; i++) {
      doc.switchToPage(i);
      const y = doc.page.height - margin + 10;
      doc.page.margins.bottom = 0;
      this.text(
        `${this.footer} · page ${i - range.start + 1} of ${range.count}`,
        {
          size: 8,
          color: colors.muted,
          align: 'center',
          width: this.width,
          oneLine: true,
        },
        this.left,
        y,
      );
    }
    const finished = new Promise<void>((resolve, reject) => {
      this.out.once('finish', resolve);
      this.out.once('error', reject);
    });
    doc.end();
    await finished;
  }
}
