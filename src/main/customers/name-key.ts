import anyAscii from 'any-ascii';

/**
 * The list's name sort key: last name, then first name, folded to plain lower-case letters
 * (Ávila beside Avila, Øster beside Oster, Łukasz beside Lukasz), so accented and non-Latin
 * names sort where a person looks for them rather than after "z". SQLite cannot fold
 * accents itself, so the key is stored (`name_key`) and written with every name change.
 */
export function nameKeyOf(firstName: string, lastName: string | null): string {
  return foldName(`${lastName ?? ''} ${firstName}`);
}

/** Text folded as the name key is: "Ł" as "l", "Ø" as "o". */
export function foldName(text: string): string {
  return anyAscii(text).toLowerCase();
}
