import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * Fonts of the PDF reports (resources/fonts, see its README). pdfkit draws a string in one
 * font, so text is cut into runs and each run gets a font that has its glyphs.
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
export type BaseFont = 'regular' | 'bold';
type ScriptFont = Exclude<FontName, BaseFont>;

/** The font drawn for each script, where it has the glyph (its shaping rules are for that script). */
const scripts: readonly (readonly [ScriptFont, RegExp])[] = [
  ['arabic', /\p{Script=Arabic}/u],
  ['hebrew', /\p{Script=Hebrew}/u],
  ['devanagari', /\p{Script=Devanagari}/u],
  ['thai', /\p{Script=Thai}/u],
  ['korean', /[\p{Script=Hangul}]/u],
  ['cjk', /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Bopomofo}\u3000-\u303F\uFF00-\uFFEF]/u],
];
/** Spaces, digits and punctuation stay in the font of the text before them when it has them. */
const neutral = /[\p{Z}\p{N}\p{P}\p{S}]/u;
/** Combining marks and joiners belong to the character before them, whatever they are. */
const attached = /\p{M}|[\u200C\u200D]|[\uFE00-\uFE0F]/u;
/** Tried in order for a character that neither its script's font nor the base font has. */
const fallbackOrder: readonly ScriptFont[] = ['cjk', 'korean', 'arabic', 'hebrew', 'devanagari', 'thai'];

/** Whether a font has a glyph for a code point (fontkit's cmap lookup). */
export type Covers = (font: FontName, codePoint: number) => boolean;

function scriptFontOf(char: string): ScriptFont | null {
  for (const [font, pattern] of scripts) if (pattern.test(char)) return font;
  return null;
}

/**
 * The font of each character (code point): its script's font, else the font of the text
 * before it for spaces, digits and punctuation, else the base font, else the first fallback
 * that has it. A character no font has gets the base font (and shows as a box).
 */
export function fontsOf(chars: readonly string[], base: BaseFont, covers: Covers): FontName[] {
  const fonts: FontName[] = [];
  for (const char of chars) {
    const codePoint = char.codePointAt(0) as number;
    const previous = fonts.at(-1);
    const preferred = scriptFontOf(char);
    let font: FontName | undefined;
    if (previous && attached.test(char)) font = previous;
    else if (preferred && covers(preferred, codePoint)) font = preferred;
    else if (previous && neutral.test(char) && covers(previous, codePoint)) font = previous;
    else if (covers(base, codePoint)) font = base;
    else font = fallbackOrder.find((candidate) => covers(candidate, codePoint)) ?? base;
    fonts.push(font);
  }
  return fonts;
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
