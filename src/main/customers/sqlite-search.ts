import { foldName } from './name-key';

/** Digits typed as a phone number find customers from this many on. */
export const minPhoneDigits = 3;

/**
 * What a search becomes: an FTS5 query, or (one letter typed) the customers whose name, as the
 * list sorts it, starts with that letter, read from the name index. Null: nothing can match.
 */
export type SearchPlan = { kind: 'words'; match: string } | { kind: 'nameStart'; from: string; to: string } | null;

/**
 * Turns what a person types into a search: all words required, each a prefix; an email as a
 * phrase of its words. A phone number typed with spaces, dashes or a trunk 0 becomes one run of
 * digits, so "+44 7911 123-456" and "07911 123456" both find +447911123456. One letter is the
 * start of the search as you type: it finds names that start with it (the FTS index keeps
 * prefixes of two and three letters only, and "m" is in a third of a million customers),
 * and beside other words it narrows nothing the next key will not, so it is left out.
 */
export function searchPlan(text: string): SearchPlan {
  const trimmed = text.trim();
  if (/^\+?[\d\s().-]+$/.test(trimmed)) {
    const digits = trimmed.replace(/\D/g, '').replace(/^0+/, '');
    if (digits.length >= minPhoneDigits) return { kind: 'words', match: `"${digits}"*` };
  }
  const words = trimmed
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .slice(0, 8);
  if (words.length === 0) return null;
  // Something with an @ is (part of) an email: its words in that order, the last one a prefix,
  // so "ann.smith@example.com" does not also find anne.smith@example.com.
  if (trimmed.includes('@')) return { kind: 'words', match: `email : "${words.join(' ')}"*` };
  const [only] = words;
  if (words.length === 1 && only && [...only].length === 1) {
    const from = foldName(only);
    // A letter with no plain-letter spelling keeps to the words index.
    if (/^[a-z]$/.test(from)) return { kind: 'nameStart', from, to: String.fromCharCode(from.charCodeAt(0) + 1) };
  }
  const longer = words.filter((word) => [...word].length > 1);
  return { kind: 'words', match: (longer.length > 0 ? longer : words).map((word) => `"${word}"*`).join(' ') };
}
