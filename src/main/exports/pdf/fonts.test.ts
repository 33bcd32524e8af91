import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bidiLevels, visualOrder } from './bidi';
import { fontFiles, fontsFolderBeside, fontsOf, type Covers, type FontName } from './fonts';
import { layoutText, type TextMeasure } from './text-layout';

/** Coverage like the real fonts': the script fonts lack Latin digits, the Latin ones lack CJK. */
const covers: Covers = (font, codePoint) => {
  const char = String.fromCodePoint(codePoint);
  if (font === 'regular' || font === 'bold')
    return (
      /[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{Z}\p{N}\p{P}]/u.test(char) &&
      !/\p{Script=Arabic}/u.test(char)
    );
  if (font === 'cjk') return /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303F]/u.test(char);
  if (font === 'korean') return /[\p{Script=Hangul} ]/u.test(char);
  if (font === 'arabic') return /[\p{Script=Arabic} 0-9،]/u.test(char);
  return /[\p{Script=Hebrew}\p{Script=Devanagari}\p{Script=Thai} ]/u.test(char);
};
const measure: TextMeasure = { covers, width: (_font, text) => Array.from(text).length * 5 };

function runsOf(text: string): { font: FontName; text: string }[] {
  const chars = Array.from(text);
  const fonts = fontsOf(chars, 'regular', covers);
  const runs: { font: FontName; text: string }[] = [];
  chars.forEach((char, i) => {
    const last = runs.at(-1);
    if (last && last.font === fonts[i]) last.text += char;
    else runs.push({ font: fonts[i] as FontName, text: char });
  });
  return runs;
}

function shown(text: string, width = 1000): string[] {
  return layoutText(text, { width, base: 'regular', measure }).map((line) =>
    line.runs.map((run) => run.text).join('|'),
  );
}

describe('fontsOf', () => {
  it('keeps Latin, Greek and Cyrillic in the base font', () => {
    expect(runsOf('Zoë Дмитрий Γιώργος')).toEqual([{ font: 'regular', text: 'Zoë Дмитрий Γιώργος' }]);
  });

  it('gives each script its font and digits a font that has them', () => {
    expect(runsOf('〒100-0001 東京都千代田区1-1')).toEqual([
      { font: 'cjk', text: '〒' },
      { font: 'regular', text: '100-0001 ' },
      { font: 'cjk', text: '東京都千代田区' },
      { font: 'regular', text: '1-1' },
    ]);
    expect(runsOf('Anna 김민준')).toEqual([
      { font: 'regular', text: 'Anna ' },
      { font: 'korean', text: '김민준' },
    ]);
    expect(runsOf('רחוב הרצל 12')).toEqual([
      { font: 'hebrew', text: 'רחוב הרצל ' },
      { font: 'regular', text: '12' },
    ]);
    // Arabic digits are in the Arabic font: a number in an Arabic address stays in it.
    expect(runsOf('برج 12')).toEqual([{ font: 'arabic', text: 'برج 12' }]);
  });

  it('keeps combining marks with the letter before them', () => {
    expect(runsOf('नई दिल्ली').map((run) => run.font)).toEqual(['devanagari']);
  });
});

describe('bidi', () => {
  it('keeps numbers left to right inside right-to-left text', () => {
    expect(bidiLevels(Array.from('برج 12، دبي')).levels.join('')).toBe('11112211111');
    // The space before the number goes with the Hebrew: numbers count as right to left for neutrals (N1).
    expect(bidiLevels(Array.from('Tel Aviv תל אביב 5')).levels.join('')).toBe('000000000111111112');
  });

  it('reorders a line by levels', () => {
    expect(visualOrder(['a', 'b', 'c', 'd'], (x) => ({ a: 0, b: 1, c: 2, d: 1 })[x] as number)).toEqual([
      'a',
      'd',
      'c',
      'b',
    ]);
  });
});

describe('layoutText', () => {
  it('draws a right-to-left line word by word from the right, numbers as written', () => {
    expect(shown('شارع الشيخ زايد، برج 12، دبي')).toEqual(['دبي| |،|12| |برج| |زايد،| |الشيخ| |شارع']);
    expect(shown('רחוב הרצל 12, תל אביב')).toEqual(['אביב| |תל| |,|12| |הרצל| |רחוב']);
  });

  it('breaks lines between words, Thai and Japanese words too, and cuts a word longer than a line', () => {
    for (const line of shown('ถนนสุขุมวิท แขวงคลองเตย เขตคลองเตย กรุงเทพมหานคร', 60)) {
      expect(Array.from(line.replaceAll('|', '')).length * 5).toBeLessThanOrEqual(60);
    }
    expect(shown('東京都千代田区千代田一丁目', 30).length).toBeGreaterThan(1);
    // A long name or address is cut after its dots, dashes and @ where it can be.
    expect(shown('before-migration-reviewer@example.com', 50)).toEqual([
      'before-',
      'migration-',
      'reviewer@',
      'example.',
      'com',
    ]);
    expect(shown('a\n\nb')).toEqual(['a', '', 'b']);
  });
});

describe('fontsFolderBeside', () => {
  it('finds resources/fonts beside the migrations folder, with every font the reports use', () => {
    const folder = fontsFolderBeside(join(process.cwd(), 'drizzle'));
    for (const file of Object.values(fontFiles)) expect(existsSync(join(folder, file)), file).toBe(true);
  });
});
