import { restoreNeutralised } from '../exports/formula';
import { countryName } from '../reference/countries';
import { matchCountry } from '../reference/country-names';
import { importColumnByKey, listSeparator, type ImportColumn } from './columns';
import type { ImportMapping } from './mapping';

/** A cell's text as its value is looked up: trimmed, with an export's formula guard taken off. */
export function cellText(text: string): string {
  return restoreNeutralised(text.trim());
}

/**
 * Turns the text of a row's cells (keyed by column key) into customer input the way people
 * write it: the user's value mapping first, then country names to ISO codes, yes/no switches,
 * DD-MM-YYYY dates, "a; b" labels. Anything it cannot read is passed on as written, so the
 * customer schema's own message explains what is wrong.
 */
export function customerInputOf(
  cells: Readonly<Record<string, string>>,
  values: ImportMapping['values'] = {},
): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const [key, text] of Object.entries(cells)) {
    const column = importColumnByKey.get(key);
    if (!column) continue;
    const cell = cellText(text);
    const value = valueOf(column, values[key]?.[cell] ?? cell);
    if (value === undefined) continue;
    const [first, second] = column.path;
    if (second === undefined) input[first] = value;
    else input[first] = { ...((input[first] as Record<string, unknown> | undefined) ?? {}), [second]: value };
  }
  return input;
}

function valueOf({ kind, options }: ImportColumn, text: string): unknown {
  if (text === '') return kind === 'labels' || kind === 'keyValues' ? [] : undefined;
  switch (kind) {
    case 'country':
      return normaliseCountry(text);
    case 'switch':
      return normaliseSwitch(text);
    case 'enum':
      return options?.aliases[text.toLowerCase()] ?? text;
    case 'date':
      return normaliseDate(text);
    case 'number':
      return text.replace(/\s*%$/, '').replace(/^(\d+),(\d{1,2})$/, '$1.$2');
    case 'labels':
      return text.split(listSeparator).filter(Boolean);
    case 'keyValues':
      return (
        keyValuesJson(text) ??
        text
          .split(listSeparator)
          .filter(Boolean)
          .map((pair) => {
            const at = pair.indexOf('=');
            return at < 0 ? { key: pair, value: '' } : { key: pair.slice(0, at), value: pair.slice(at + 1) };
          })
      );
    case 'phone':
    case 'text':
    case 'monitor':
      return text;
  }
}

/** A desk's own export writes entries that "a=1; b=2" cannot hold as their JSON list. */
function keyValuesJson(text: string): { key: string; value: string }[] | null {
  if (!text.startsWith('[')) return null;
  try {
    const entries: unknown = JSON.parse(text);
    const isEntry = (entry: unknown) =>
      typeof entry === 'object' &&
      entry !== null &&
      typeof (entry as { key?: unknown }).key === 'string' &&
      typeof (entry as { value?: unknown }).value === 'string';
    return Array.isArray(entries) && entries.every(isEntry)
      ? entries.map(({ key, value }: { key: string; value: string }) => ({ key, value }))
      : null;
  } catch {
    return null;
  }
}

/**
 * What to tell the user of a country name that fits several countries and was not mapped:
 * the countries it may be, and where to choose. Null for any other value.
 */
export function ambiguousCountryProblem(text: string): string | null {
  const match = matchCountry(cellText(text));
  if (match.kind !== 'ambiguous') return null;
  const names = match.codes.map((code) => `${countryName(code)} (${code})`);
  const last = names.pop();
  return `"${cellText(text)}" could be ${names.join(', ')} or ${last}: choose one in the Values step, or write the ISO code`;
}

export function normaliseCountry(text: string): string {
  const match = matchCountry(text);
  return match.kind === 'country' ? match.code : text;
}

/**
 * Whether a value of a country, choice or yes/no column reads as one on its own; when it does
 * not, the countries it may stand for ("Congo": CG, CD), for the user to choose from.
 */
export function unresolved(column: ImportColumn, text: string): { candidates: string[] } | null {
  switch (column.kind) {
    case 'country': {
      const match = matchCountry(text);
      if (match.kind === 'country') return null;
      return { candidates: match.kind === 'ambiguous' ? match.codes : [] };
    }
    case 'enum': {
      const known = column.options?.aliases[text.toLowerCase()] ?? column.options?.values.includes(text);
      return known ? null : { candidates: [] };
    }
    case 'switch':
      return typeof normaliseSwitch(text) === 'boolean' ? null : { candidates: [] };
    default:
      return null;
  }
}

const yes = new Set(['yes', 'y', 'true', '1', 'on', 'x', 'ja', 'oui', 'si', 'sí']);
const no = new Set(['no', 'n', 'false', '0', 'off', 'nein', 'non']);

/** A switch the schema gets as boolean; an unknown word stays text so zod reports it. */
export function normaliseSwitch(text: string): boolean | string {
  const folded = text.toLowerCase();
  if (yes.has(folded)) return true;
  if (no.has(folded)) return false;
  return text;
}

/** DD-MM-YYYY, DD/MM/YYYY, DD.MM.YYYY and ISO (with or without time) to YYYY-MM-DD. */
export function normaliseDate(text: string): string {
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$/.exec(text);
  if (iso) return `${iso[1]}-${iso[2]!.padStart(2, '0')}-${iso[3]!.padStart(2, '0')}`;
  const dmy = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(text);
  if (dmy) return `${dmy[3]}-${dmy[2]!.padStart(2, '0')}-${dmy[1]!.padStart(2, '0')}`;
  return text;
}
