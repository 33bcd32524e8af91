/**
 * Turns what a person types into an FTS5 query: every word a prefix, all words required.
 * A phone number typed with spaces, dashes or a trunk 0 becomes one run of digits, so
 * "+44 7911 123-456" and "07911 123456" both find +447911123456.
 */
export function ftsQuery(text: string): string | null {
  const trimmed = text.trim();
  if (/^\+?[\d\s().-]+$/.test(trimmed)) {
    const digits = trimmed.replace(/\D/g, '').replace(/^0+/, '');
    if (digits.length >= 3) return `"${digits}"*`;
  }
  const words = trimmed
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .slice(0, 8);
  if (words.length === 0) return null;
  return words.map((word) => `"${word}"*`).join(' ');
}
