/** The IANA time zones this runtime knows (Intl), plus UTC, which Intl lists separately. */
export const timeZoneList: readonly string[] = [
  ...new Set(['UTC', ...Intl.supportedValuesOf('timeZone')]),
].sort();

const known = new Set(timeZoneList);

export function isTimeZone(value: string): boolean {
  return known.has(value);
}
