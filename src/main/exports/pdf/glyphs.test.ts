import { execFileSync, spawnSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fontFiles, fontsFolderBeside } from './fonts';
import { Report } from './report';
import { addressesInEveryScript } from '../test-customers';
import type { PlacedRun } from './text-layout';

/**
 * Glyph coverage and shaping of the report fonts, checked by rendering: every run of an
 * address is drawn by the report writer (pdfkit, shaped by fontkit) and by HarfBuzz's hb-view
 * (the shaper of browsers and LibreOffice) in the same font, both rasterised by pdftoppm, and
 * the pictures compared.
 */
const tools = ['hb-view', 'pdftoppm'].filter((tool) => spawnSync(tool, ['--version'], { stdio: 'ignore' }).error);
const title = tools.length
  ? `PDF glyphs (SKIPPED: ${tools.join(', ')} not found; apt-get install libharfbuzz-bin poppler-utils)`
  : 'PDF glyphs';

const fontsFolder = fontsFolderBeside(join(process.cwd(), 'drizzle'));
const size = 40;
const work = mkdtempSync(join(tmpdir(), 'kyc-glyphs-'));
let files = 0;

/** fontkit's font behind pdfkit's current one, for its glyph lookups. */
interface WithCurrentFont {
  _font: { font: { layout(text: string): { glyphs: { id: number }[] } } };
}

interface Picture {
  width: number;
  height: number;
  ink: boolean[];
}

/** Rasterises the first page in grey (PGM) and crops it to the ink above `below` (72 dpi: pixels are points). */
function picture(pdf: string, below = Infinity): Picture {
  const base = join(work, `page-${++files}`);
  execFileSync('pdftoppm', ['-r', '72', '-gray', '-f', '1', '-l', '1', '-singlefile', pdf, base]);
  const data = readFileSync(`${base}.pgm`);
  const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(data.toString('latin1', 0, 40));
  if (!header) throw new Error('pdftoppm did not write a PGM');
  const width = Number(header[1]);
  const height = Math.min(Number(header[2]), below);
  const pixels = data.subarray(header[0].length);
  let [left, top, right, bottom] = [width, height, -1, -1];
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++)
      if ((pixels[y * width + x] as number) < 128) {
        [left, top, right, bottom] = [Math.min(left, x), Math.min(top, y), Math.max(right, x), Math.max(bottom, y)];
      }
  const crop = { width: right - left + 1, height: bottom - top + 1 };
  const ink: boolean[] = [];
  for (let y = top; y <= bottom; y++)
    for (let x = left; x <= right; x++) ink.push((pixels[y * width + x] as number) < 128);
  return { ...crop, ink };
}

function inkAt(picture: Picture, x: number, y: number): boolean {
  return x >= 0 && y >= 0 && x < picture.width && y < picture.height && (picture.ink[y * picture.width + x] as boolean);
}

/**
 * Share of one picture's ink with no ink of the other within two pixels, laid over each other
 * at the top left (the worse of the two ways): anti-aliasing and rounding of advances move
 * edges by a pixel or two, a wrong, missing or misplaced glyph or dot moves whole strokes.
 */
function difference(a: Picture, b: Picture): number {
  const unmatched = (from: Picture, to: Picture) => {
    let ink = 0;
    let alone = 0;
    for (let y = 0; y < from.height; y++)
      for (let x = 0; x < from.width; x++) {
        if (!inkAt(from, x, y)) continue;
        ink++;
        let near = false;
        for (let dy = -2; dy <= 2 && !near; dy++)
          for (let dx = -2; dx <= 2 && !near; dx++) near = inkAt(to, x + dx, y + dy);
        if (!near) alone++;
      }
    return alone / Math.max(1, ink);
  };
  return Math.max(unmatched(a, b), unmatched(b, a));
}

/** Lays an address out as the reports do and returns its runs, the report and the file it ends in. */
function laidOut(text: string): { runs: PlacedRun[]; report: Report; file: string } {
  const file = join(work, `report-${++files}.pdf`);
  const report = new Report(fontsFolder, createWriteStream(file), 'Glyphs');
  const lines = report.lines(text, { size, width: 5000 });
  expect(lines).toHaveLength(1);
  return { runs: lines[0]?.runs ?? [], report, file };
}

async function ourRendering(run: PlacedRun): Promise<Picture> {
  const { report, file } = laidOut(run.text);
  report.drawLines([{ runs: [{ ...run, x: 0 }], width: run.width }], { size, width: run.width }, 20, 20);
  await report.end();
  // Above the footer that every report page has, far below the word.
  return picture(file, 400);
}

function referenceRendering(run: PlacedRun): Picture {
  const file = join(work, `reference-${++files}.pdf`);
  const fontFile = join(fontsFolder, fontFiles[run.font]);
  execFileSync('hb-view', [
    `--font-file=${fontFile}`,
    `--font-size=${size}`,
    '--margin=20',
    '-O',
    'pdf',
    '-o',
    file,
    run.text,
  ]);
  return picture(file);
}

describe.skipIf(tools.length > 0)(title, () => {
  it.each(Object.entries(addressesInEveryScript))(
    '%s: every character has a glyph in the font of its run',
    async (_script, [, address]) => {
      const { runs, report } = laidOut(address);
      const missing = runs.flatMap((run) => {
        report.doc.font(run.font);
        const { glyphs } = (report.doc as unknown as WithCurrentFont)._font.font.layout(run.text);
        return glyphs.some((glyph) => glyph.id === 0) ? [`${run.font}: ${run.text}`] : [];
      });
      expect(missing).toEqual([]);
      await report.end();
    },
  );

  it.each(Object.entries(addressesInEveryScript))(
    '%s: each run looks as HarfBuzz draws it in that font',
    async (_script, [, address]) => {
      const { runs, report } = laidOut(address);
      await report.end();
      // Word by word: shaping happens inside words, and a word fits the page at this size.
      const words = runs.flatMap((run) =>
        run.text
          .split(/\s+/u)
          .filter(Boolean)
          .map((text) => ({ ...run, text })),
      );
      for (const run of words) {
        const ours = await ourRendering(run);
        const reference = referenceRendering(run);
        const where = `${run.font}: ${run.text} (${ours.width}x${ours.height}, HarfBuzz ${reference.width}x${reference.height})`;
        expect(Math.abs(ours.width - reference.width), where).toBeLessThanOrEqual(3);
        expect(Math.abs(ours.height - reference.height), where).toBeLessThanOrEqual(3);
        expect(difference(ours, reference), where).toBeLessThan(0.05);
      }
    },
  );

  it('tells boxes from glyphs: digits in the CJK font (no Latin digits) are not the digits HarfBuzz draws', async () => {
    const boxes = await ourRendering({ font: 'cjk', text: '100', x: 0, width: size * 2 });
    const digits = referenceRendering({ font: 'regular', text: '100', x: 0, width: size * 2 });
    expect(difference(boxes, digits)).toBeGreaterThan(0.3);
  });
});
