import anyAscii from 'any-ascii';
import { customerName } from '../../shared/customers/display';

/**
 * The list's name sort key: the name as the list shows it ("Ada Lovelace", or "Ada" without a
 * last name), so "Name ↑" reads in order down the column. It is folded to plain lower-case
 * letters (Ávila beside Avila, Øster beside Oster, Łukasz beside Lukasz), so accented and
 * non-Latin names sort where a person looks for them rather than after "z". SQLite cannot fold
 * accents itself, so the key is stored (`name_key`) and written with every name change.
 */
export function nameKeyOf(firstName: string, lastName: string | null): string {
  return foldName(customerName({ firstName, lastName }));
}

/** Text folded as the name key is: "Ł" as "l", "Ø" as "o". */
export function foldName(text: string): string {
  return anyAscii(text).toLowerCase();
}
