/** The IANA time zones this runtime knows (Intl), plus UTC, which Intl lists separately. */
export const timeZoneList: readonly string[] = [...new Set(['UTC', ...Intl.supportedValuesOf('timeZone')])].sort();

const known = new Set(timeZoneList);

/**
 * A zone in the list, or any IANA name this runtime's Intl accepts: lists lag behind renames
 * (an older ICU lists Asia/Calcutta yet accepts Asia/Kolkata), so both spellings are valid.
 */
export function isTimeZone(value: string): boolean {
  if (known.has(value)) return true;
  if (!/^[A-Z][A-Za-z_]*(\/[A-Za-z0-9_+-]+)+$/.test(value)) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}
