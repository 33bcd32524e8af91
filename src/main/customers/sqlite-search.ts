/**
 * Words shorter than this match whole words only ("Li", "Ng", "李"); longer ones match word
 * beginnings. A one- or two-letter prefix matches a large share of a million customers, and
 * search as you type asks again at the next keystroke anyway.
 */
export const minPrefixLength = 3;

/**
 * Turns what a person types into an FTS5 query: all words required, each a prefix (or a whole
 * word when short); an email as a phrase of its words. A phone number typed with spaces, dashes or a trunk 0 becomes one run of
 * digits, so "+44 7911 123-456" and "07911 123456" both find +447911123456.
 */
export function ftsQuery(text: string): string | null {
  const trimmed = text.trim();
  if (/^\+?[\d\s().-]+$/.test(trimmed)) {
    const digits = trimmed.replace(/\D/g, '').replace(/^0+/, '');
    if (digits.length >= minPrefixLength) return `"${digits}"*`;
  }
  const words = trimmed
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .slice(0, 8);
  if (words.length === 0) return null;
  // Something with an @ is (part of) an email: its words in that order, the last one a prefix,
  // so "ann.smith@example.com" does not also find anne.smith@example.com.
  if (trimmed.includes('@')) return `email : "${words.join(' ')}"*`;
  return words.map((word) => (word.length < minPrefixLength ? `"${word}"` : `"${word}"*`)).join(' ');
}
