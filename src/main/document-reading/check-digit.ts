/** ICAO 9303 check digit: weights 7, 3, 1 over the characters' values (digits, A=10 ... Z=35, filler 0). */
export function checkDigit(field: string): string {
  const value = (c: string) => (c === '<' ? 0 : /\d/.test(c) ? Number(c) : c.charCodeAt(0) - 55);
  return String([...field].reduce((sum, c, i) => sum + value(c) * [7, 3, 1][i % 3]!, 0) % 10);
}

/** Characters OCR mistakes for one another in an MRZ font. */
const lookalikes: Record<string, string> = {
  O: '0',
  '0': 'O',
  I: '1',
  '1': 'I',
  S: '5',
  '5': 'S',
  B: '8',
  '8': 'B',
  Z: '2',
  '2': 'Z',
  G: '6',
  '6': 'G',
};
/** 2^8 variants at most: beyond that one that passes could be chance. */
const maxAmbiguous = 8;

/**
 * The ways a field could read with look-alike characters swapped (O and 0, I and 1, ...), fewest
 * swaps first. Document numbers mix letters and digits, so only check digits can tell L01X00T47
 * from LO1XOOT47; the caller keeps a variant only when every check digit of the zone passes.
 */
export function lookalikeVariants(field: string): string[] {
  const positions = [...field].flatMap((c, i) => (lookalikes[c] ? [i] : []));
  if (positions.length > maxAmbiguous) return [];
  const variants: { value: string; swaps: number }[] = [];
  for (let mask = 1; mask < 2 ** positions.length; mask++) {
    const chars = [...field];
    positions.forEach((position, bit) => {
      if (mask & (1 << bit)) chars[position] = lookalikes[chars[position]!]!;
    });
    variants.push({ value: chars.join(''), swaps: mask.toString(2).replace(/0/g, '').length });
  }
  return variants.sort((a, b) => a.swaps - b.swaps).map((variant) => variant.value);
}
