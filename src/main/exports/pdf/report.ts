import { join } from 'node:path';
import type { Writable } from 'node:stream';
import PDFDocument from 'pdfkit';
import { fontFiles, type FontName } from './fonts';
import { layoutText, type LaidLine, type TextMeasure } from './text-layout';

export interface TextStyle {
  size?: number;
  bold?: boolean;
  color?: string;
  width?: number;
  align?: 'left' | 'right' | 'center';
  /** One line, cut with an ellipsis when too long (captions, chart labels). */
  oneLine?: boolean;
}

/** fontkit's font behind pdfkit's current font: pdfkit has no public glyph lookup. */
interface WithCurrentFont {
  _font: { font: { hasGlyphForCodePoint(codePoint: number): boolean } };
}

export const colors = {
  text: '#1f2933',
  muted: '#616e7c',
  rule: '#d3d9e0',
  accent: '#1c7ed6',
  band: '#f1f3f5',
} as const;

const margin = 50;
/** One line box for every font, so runs of different scripts share a baseline and a height. */
const lineHeightPerSize = 1.45;
const baselinePerSize = 1.1;
const ellipsis = '…';
const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

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
      info: { Title: title, Creator: 'KYC Desk' },
    });
    for (const [name, file] of Object.entries(fontFiles)) this.doc.registerFont(name, join(fontsFolder, file));
    // Opened by its registered name first: pdfkit caches a font under the first name it is opened
    // by, and opening one file by path and by name would read and parse it again on every switch.
    this.doc.font('regular');
    this.doc.pipe(out);
    this.width = this.doc.page.width - 2 * margin;
  }

  get y(): number {
    return this.doc.y;
  }

  /** The height of a line of text at this size. */
  lineHeight(size = 10): number {
    return size * lineHeightPerSize;
  }

  /** Writes text at x, y (by default the left margin, below what came before), each character in a font that has it. */
  text(text: string, style: TextStyle = {}, x: number = this.left, y?: number): void {
    const width = style.width ?? this.width - (x - this.left);
    this.drawLines(this.lines(text, { ...style, width }), { ...style, width }, x, y ?? this.doc.y);
  }

  /** Lays text out in lines for `style` (its width by default the rest of the line from the left margin). */
  lines(text: string, style: TextStyle & { width: number }): LaidLine[] {
    const options = {
      width: style.width,
      base: style.bold ? 'bold' : 'regular',
      measure: this.measure(style.size ?? 10),
    } as const;
    const lines = layoutText(text, options);
    if (!style.oneLine || lines.length <= 1) return lines.slice(0, style.oneLine ? 1 : undefined);
    const clusters = Array.from(graphemes.segment(text.replace(/\s+/g, ' ')), (part) => part.segment);
    for (let keep = clusters.length - 1; keep > 0; keep--) {
      const cut = layoutText(clusters.slice(0, keep).join('').trimEnd() + ellipsis, options);
      if (cut.length === 1) return cut;
    }
    return layoutText(ellipsis, options);
  }

  /** Draws laid-out lines from `top` down and leaves the cursor below them. */
  drawLines(lines: readonly LaidLine[], style: TextStyle & { width: number }, x: number, top: number): void {
    const { doc } = this;
    const size = style.size ?? 10;
    doc.fillColor(style.color ?? colors.text);
    let y = top;
    for (const line of lines) {
      const free = style.width - line.width;
      const start = x + (style.align === 'right' ? free : style.align === 'center' ? free / 2 : 0);
      for (const run of line.runs) {
        doc
          .font(run.font satisfies FontName)
          .fontSize(size)
          .text(run.text, start + run.x, y + size * baselinePerSize, { lineBreak: false, baseline: 'alphabetic' });
      }
      y += this.lineHeight(size);
    }
    doc.x = this.left;
    doc.y = y;
  }

  private readonly coverage = new Map<string, boolean>();

  private measure(size: number): TextMeasure {
    const { doc } = this;
    return {
      covers: (font, codePoint) => {
        const key = `${font} ${codePoint}`;
        let has = this.coverage.get(key);
        if (has === undefined) {
          doc.font(font);
          has = (doc as unknown as WithCurrentFont)._font.font.hasGlyphForCodePoint(codePoint);
          this.coverage.set(key, has);
        }
        return has;
      },
      width: (font, text) => doc.font(font).fontSize(size).widthOfString(text),
    };
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
    // Room for the heading and the first lines of what follows it (a table's header and first row).
    this.ensureSpace(110);
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

  /** Rows of label and value in two columns; a value takes as many lines as it needs. */
  keyValues(pairs: readonly (readonly [string, string])[], labelWidth = 150): void {
    const labelStyle = { color: colors.muted, width: labelWidth - 10 };
    const valueStyle = { width: this.width - labelWidth };
    for (const [label, value] of pairs) {
      const labelLines = this.lines(label, labelStyle);
      const valueLines = this.lines(value || '—', valueStyle);
      this.ensureSpace(Math.max(labelLines.length, valueLines.length) * this.lineHeight());
      const y = this.doc.y;
      this.drawLines(labelLines, labelStyle, this.left, y);
      const labelBottom = this.doc.y;
      this.drawLines(valueLines, valueStyle, this.left + labelWidth, y);
      this.doc.y = Math.max(this.doc.y, labelBottom) + 3;
    }
  }

  /** The lowest y that content may reach on a page (the footer sits below). */
  private get bottom(): number {
    return this.doc.page.height - margin - 20;
  }

  /**
   * A table; `widths` are fractions of the page width. Every cell wraps, so nothing is cut: a
   * row is as tall as its tallest cell, moves to the next page when it does not fit, and is
   * split across pages only when it is taller than a page. The header repeats on every page.
   */
  table(headers: readonly string[], rows: readonly (readonly string[])[], widths: readonly number[]): void {
    const size = 9;
    const padX = 3;
    const padY = 3;
    const lineHeight = this.lineHeight(size);
    const cellStyle = (i: number, bold: boolean) => ({ size, bold, width: (widths[i] ?? 0) * this.width - 2 * padX });
    const laid = (cells: readonly string[], bold: boolean) =>
      cells.map((cell, i) => this.lines(cell, cellStyle(i, bold)));
    const header = laid(headers, true);
    const pageLines = (top: number) => Math.floor((this.bottom - top - 2 * padY) / lineHeight);
    const draw = (cells: readonly LaidLine[][], bold: boolean, band: boolean, from: number, count: number) => {
      const top = this.doc.y;
      if (band) this.doc.rect(this.left, top, this.width, count * lineHeight + 2 * padY).fill(colors.band);
      let x = this.left;
      cells.forEach((lines, i) => {
        this.drawLines(lines.slice(from, from + count), cellStyle(i, bold), x + padX, top + padY);
        x += (widths[i] ?? 0) * this.width;
      });
      this.doc.y = top + count * lineHeight + 2 * padY;
    };
    const headerLines = Math.max(...header.map((lines) => lines.length));
    const drawHeader = () => draw(header, true, true, 0, headerLines);
    const linesOnFreshPage = pageLines(this.doc.page.margins.top + headerLines * lineHeight + 2 * padY);
    const laidRows = rows.map((row) => laid(row, false));
    const linesOf = (cells: readonly LaidLine[][]) => Math.max(1, ...cells.map((lines) => lines.length));
    // The header stays with the first row (or as much of it as a page holds).
    const firstRow = Math.min(linesOnFreshPage, laidRows[0] ? linesOf(laidRows[0]) : 0);
    this.ensureSpace((headerLines + firstRow) * lineHeight + 4 * padY);
    drawHeader();
    laidRows.forEach((cells, index) => {
      const total = linesOf(cells);
      for (let done = 0; done < total;) {
        const room = pageLines(this.doc.y);
        const rest = total - done;
        if (room < 1 || (rest > room && rest <= linesOnFreshPage)) {
          this.doc.addPage();
          drawHeader();
          continue;
        }
        const count = Math.min(rest, room);
        draw(cells, false, index % 2 === 1, done, count);
        done += count;
      }
    });
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
