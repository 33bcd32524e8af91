import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * Fonts of the PDF reports (resources/fonts, see its README). pdfkit draws a string in one
 * font, so text is cut into runs by script and each run gets the font that has its glyphs.
 */
export const fontFiles = {
  regular: 'NotoSans-Regular.ttf',
  bold: 'NotoSans-Bold.ttf',
  arabic: 'NotoSansArabic-Regular.ttf',
  hebrew: 'NotoSansHebrew-Regular.ttf',
  devanagari: 'NotoSansDevanagari-Regular.ttf',
  thai: 'NotoSansThai-Regular.ttf',
  korean: 'NanumSquareR.ttf',
  cjk: 'DroidSansFallbackFull.ttf',
} as const;
export type FontName = keyof typeof fontFiles;
type ScriptFont = Exclude<FontName, 'regular' | 'bold'>;

const scripts: readonly (readonly [ScriptFont, RegExp])[] = [
  ['arabic', /\p{Script=Arabic}/u],
  ['hebrew', /\p{Script=Hebrew}/u],
  ['devanagari', /\p{Script=Devanagari}/u],
  ['thai', /\p{Script=Thai}/u],
  ['korean', /\p{Script=Hangul}/u],
  ['cjk', /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Bopomofo}\u3000-\u303F\uFF00-\uFFEF]/u],
];
/** Spaces, digits and punctuation belong to whichever script surrounds them. */
const neutral = /[\p{Z}\p{N}\p{P}\p{S}]/u;

export interface TextRun {
  font: FontName;
  text: string;
}

function scriptFontOf(char: string): ScriptFont | null {
  for (const [font, pattern] of scripts) if (pattern.test(char)) return font;
  return null;
}

const rightToLeft: ReadonlySet<FontName> = new Set(['arabic', 'hebrew']);

/**
 * Cuts text into runs of one font each, in the order to draw them left to right; `base` is
 * the Latin font (regular or bold). pdfkit lays words out left to right and fontkit shapes and
 * mirrors one word at a time, so a right-to-left run is drawn word by word in reverse order.
 */
export function textRuns(text: string, base: 'regular' | 'bold' = 'regular'): TextRun[] {
  const runs: TextRun[] = [];
  for (const char of text) {
    const last = runs.at(-1);
    const font = scriptFontOf(char) ?? (last && neutral.test(char) ? last.font : base);
    if (last && last.font === font) last.text += char;
    else runs.push({ font, text: char });
  }
  return runs.flatMap((run) =>
    rightToLeft.has(run.font)
      ? run.text
          .split(/(\s+)/)
          .filter(Boolean)
          .reverse()
          .map((part) => ({ font: run.font, text: part }))
      : [run],
  );
}

/**
 * The fonts folder: `resources/fonts` beside `drizzle/` when running from the repository,
 * `fonts` beside `drizzle` in the packaged app (electron-builder's extraResources).
 */
export function fontsFolderBeside(migrationsFolder: string): string {
  const root = dirname(migrationsFolder);
  const candidates = [join(root, 'resources', 'fonts'), join(root, 'fonts')];
  const found = candidates.find((folder) => existsSync(join(folder, fontFiles.regular)));
  if (!found) throw new Error(`The report fonts are missing; looked in ${candidates.join(' and ')}`);
  return found;
}
