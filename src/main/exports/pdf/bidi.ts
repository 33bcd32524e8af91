/**
 * The parts of the Unicode bidirectional algorithm (UAX #9) that addresses and names need:
 * paragraph direction from the first strong character, numbers kept left to right inside
 * right-to-left text (W7), spaces and punctuation taking the direction around them (N1, N2),
 * implicit levels (I1, I2) and reordering a line by levels (L2). No explicit embeddings.
 */
const rightToLeftLetter = /[\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;
const letter = /[\p{L}\p{M}]/u;
const digit = /\p{Nd}/u;

type Direction = 'L' | 'R';
type BidiClass = Direction | 'EN' | 'N';

function classOf(char: string): BidiClass {
  if (rightToLeftLetter.test(char) && letter.test(char)) return 'R';
  if (letter.test(char)) return 'L';
  if (digit.test(char)) return 'EN';
  return 'N';
}

export interface BidiParagraph {
  /** Embedding level of each character: even left to right, odd right to left. */
  levels: number[];
  rightToLeft: boolean;
}

/** Resolves the level of each character (code point) of one paragraph. */
export function bidiLevels(chars: readonly string[]): BidiParagraph {
  const classes = chars.map(classOf);
  const first = classes.find((c): c is Direction => c === 'L' || c === 'R');
  const base: Direction = first ?? 'L';
  // W7: a number after left-to-right text (or at the start of a left-to-right paragraph) is left to right.
  let lastStrong: Direction = base;
  const resolved: BidiClass[] = classes.map((c) => {
    if (c === 'L' || c === 'R') lastStrong = c;
    return c === 'EN' && lastStrong === 'L' ? 'L' : c;
  });
  // N1, N2: a run of neutrals between two of one direction takes it (numbers count as right to
  // left); otherwise the paragraph's direction.
  const strongAt = (i: number): Direction => {
    const c = resolved[i];
    return c === 'L' ? 'L' : c === 'R' || c === 'EN' ? 'R' : base;
  };
  for (let i = 0; i < resolved.length;) {
    if (resolved[i] !== 'N') {
      i++;
      continue;
    }
    let end = i;
    while (resolved[end] === 'N') end++;
    const before = i === 0 ? base : strongAt(i - 1);
    const after = end === resolved.length ? base : strongAt(end);
    resolved.fill(before === after ? before : base, i, end);
    i = end;
  }
  // I1, I2.
  const levels = resolved.map((c) => (base === 'L' ? (c === 'L' ? 0 : c === 'R' ? 1 : 2) : c === 'R' ? 1 : 2));
  return { levels, rightToLeft: base === 'R' };
}

/** L2: from the highest level down to the lowest odd one, reverses every run at that level or higher. */
export function visualOrder<T>(items: readonly T[], levelOf: (item: T) => number): T[] {
  const order = [...items];
  const levels = order.map(levelOf);
  const highest = Math.max(0, ...levels);
  const lowestOdd = Math.min(...levels.map((level) => (level % 2 === 1 ? level : Infinity)));
  for (let level = highest; level >= lowestOdd; level--) {
    for (let i = 0; i < order.length;) {
      if ((levels[i] as number) < level) {
        i++;
        continue;
      }
      let end = i;
      while (end < order.length && (levels[end] as number) >= level) end++;
      order.splice(i, end - i, ...order.slice(i, end).reverse());
      levels.splice(i, end - i, ...levels.slice(i, end).reverse());
      i = end;
    }
  }
  return order;
}

const mirrored: Readonly<Record<string, string>> = {
  '(': ')',
  ')': '(',
  '[': ']',
  ']': '[',
  '{': '}',
  '}': '{',
  '<': '>',
  '>': '<',
  '«': '»',
  '»': '«',
};

/** Whether the shaper (fontkit) lays this text out right to left by itself: it does when it holds a right-to-left letter. */
export function shapedRightToLeft(text: string): boolean {
  return rightToLeftLetter.test(text);
}

/** A right-to-left run the shaper would draw left to right (spaces, punctuation): reversed and mirrored by hand. */
export function reversedForDisplay(text: string): string {
  return Array.from(text)
    .reverse()
    .map((char) => mirrored[char] ?? char)
    .join('');
}
