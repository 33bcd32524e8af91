import { bidiLevels, reversedForDisplay, shapedRightToLeft, visualOrder } from './bidi';
import { fontsOf, type BaseFont, type Covers, type FontName } from './fonts';

/** What layout asks of the PDF library: glyph coverage, and the width of a run at the current size. */
export interface TextMeasure {
  covers: Covers;
  width(font: FontName, text: string): number;
}

/** One run of one font, ready to draw at `x` (from the line's left edge), left to right. */
export interface PlacedRun {
  font: FontName;
  text: string;
  x: number;
  width: number;
}

export interface LaidLine {
  runs: PlacedRun[];
  width: number;
}

export interface LayoutOptions {
  width: number;
  base: BaseFont;
  measure: TextMeasure;
}

/** A character of a paragraph with its font and bidi level. */
interface Styled {
  char: string;
  font: FontName;
  level: number;
}

const words = new Intl.Segmenter('en', { granularity: 'word' });
const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });
const space = /^\s+$/u;
const softBreakAfter = /[.@\-_/]/u;

/** Consecutive characters of one font and level, in logical order. */
function runsOf(chars: readonly Styled[]): { font: FontName; level: number; text: string }[] {
  const runs: { font: FontName; level: number; text: string }[] = [];
  for (const { char, font, level } of chars) {
    const last = runs.at(-1);
    if (last && last.font === font && last.level === level) last.text += char;
    else runs.push({ font, level, text: char });
  }
  return runs;
}

function widthOf(chars: readonly Styled[], measure: TextMeasure): number {
  return runsOf(chars).reduce((sum, run) => sum + measure.width(run.font, run.text), 0);
}

/**
 * Pieces a line may break between: words (ICU's dictionaries cut Thai, Chinese and Japanese
 * into words too), each with the spaces and punctuation after it.
 */
function piecesOf(paragraph: string, chars: readonly Styled[]): Styled[][] {
  const pieces: Styled[][] = [];
  let offset = 0;
  for (const { segment, isWordLike } of words.segment(paragraph)) {
    const length = Array.from(segment).length;
    const part = chars.slice(offset, offset + length);
    offset += length;
    const last = pieces.at(-1);
    if (last && !isWordLike) last.push(...part);
    else pieces.push([...part]);
  }
  return pieces;
}

/** A piece wider than the line, cut between graphemes. */
function cutToWidth(piece: readonly Styled[], width: number, measure: TextMeasure): Styled[][] {
  const text = piece.map((c) => c.char).join('');
  const parts: Styled[][] = [[]];
  let offset = 0;
  for (const { segment } of graphemes.segment(text)) {
    const length = Array.from(segment).length;
    const cluster = piece.slice(offset, offset + length);
    offset += length;
    const current = parts.at(-1) as Styled[];
    if (current.length > 0 && widthOf([...current, ...cluster], measure) > width) {
      // After the last dot, @, dash, underscore or slash when there is one ("name.|surname@|example.com").
      const after = current.findLastIndex((c) => softBreakAfter.test(c.char)) + 1;
      parts.push([...(after > 0 ? current.splice(after) : []), ...cluster]);
    } else current.push(...cluster);
  }
  return parts;
}

function withoutTrailingSpace(line: readonly Styled[]): Styled[] {
  let end = line.length;
  while (end > 0 && space.test((line[end - 1] as Styled).char)) end--;
  return line.slice(0, end);
}

/**
 * A right-to-left run as drawn: fontkit reverses the glyphs of each word it shapes but keeps
 * the words in order, so the words (and spaces) go in reverse order, and a word fontkit takes
 * for left to right (digits, punctuation) is reversed and mirrored here.
 */
function rightToLeftParts(text: string): string[] {
  return text
    .split(/(\s+)/u)
    .filter(Boolean)
    .reverse()
    .map((part) => (shapedRightToLeft(part) ? part : reversedForDisplay(part)));
}

/** The line's runs in display order, each placed after the one before. */
function placed(line: readonly Styled[], measure: TextMeasure): LaidLine {
  let x = 0;
  const runs = visualOrder(runsOf(line), (run) => run.level).flatMap((run) =>
    (run.level % 2 === 1 ? rightToLeftParts(run.text) : [run.text]).map((text) => {
      const width = measure.width(run.font, text);
      const result = { font: run.font, text, x, width };
      x += width;
      return result;
    }),
  );
  return { runs, width: x };
}

/**
 * Lays text out in lines no wider than `width`: each character in a font that has it, lines
 * broken between words (or inside a word longer than a line), right-to-left text in display
 * order. Every paragraph (line break in the text) starts a new line; an empty one keeps its line.
 */
export function layoutText(text: string, { width, base, measure }: LayoutOptions): LaidLine[] {
  const lines: LaidLine[] = [];
  for (const paragraph of text.split(/\r\n|\r|\n/)) {
    const chars = Array.from(paragraph);
    const fonts = fontsOf(chars, base, measure.covers);
    const { levels } = bidiLevels(chars);
    const styled = chars.map((char, i) => ({ char, font: fonts[i] as FontName, level: levels[i] as number }));
    let line: Styled[] = [];
    const flush = () => {
      lines.push(placed(withoutTrailingSpace(line), measure));
      line = [];
    };
    for (const piece of piecesOf(paragraph, styled)) {
      if (line.length > 0 && widthOf(withoutTrailingSpace([...line, ...piece]), measure) > width) flush();
      if (line.length === 0 && widthOf(withoutTrailingSpace(piece), measure) > width) {
        const parts = cutToWidth(piece, width, measure);
        parts.slice(0, -1).forEach((part) => {
          line = part;
          flush();
        });
        line = [...(parts.at(-1) as Styled[])];
      } else line.push(...piece);
    }
    flush();
  }
  return lines;
}
