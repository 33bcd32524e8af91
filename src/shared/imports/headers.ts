/** The column's name in a spreadsheet: A, B, ... Z, AA ... (1-based). */
export function columnLetter(position: number): string {
  let letters = '';
  for (let n = position; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/**
 * The header row as the import uses it, or why it cannot be used: every column needs a name
 * that no other column has, since the mapping picks columns by name. Nameless columns at the
 * end (a trailing separator, cells formatted but empty) are dropped; a row with a value there
 * is then wider than the header, which the reader refuses.
 */
export function checkHeaders(raw: readonly string[]): { headers: string[] } | { problem: string } {
  const names = raw.map((name) => name.trim());
  while (names.length > 0 && names[names.length - 1] === '') names.pop();
  if (names.length === 0) return { problem: 'The first row (the header) has no column names' };
  const nameless = names.findIndex((name) => name === '');
  if (nameless >= 0) {
    const position = nameless + 1;
    return {
      problem: `Column ${columnLetter(position)} (column ${position}) of the header has no name: give every column a name`,
    };
  }
  const seen = new Map<string, number>();
  for (const [index, name] of names.entries()) {
    const first = seen.get(name.toLowerCase());
    if (first !== undefined) {
      return {
        problem: `The header names "${name}" twice (columns ${columnLetter(first + 1)} and ${columnLetter(index + 1)}): rename or remove one, since the mapping picks columns by name`,
      };
    }
    seen.set(name.toLowerCase(), index);
  }
  return { headers: names };
}
