import { z } from 'zod';

/**
 * The base string type of every input of the contract: text is valid Unicode (a lone UTF-16
 * surrogate cannot be stored as UTF-8, and so could never be hashed as it was typed), without
 * control characters, and without the bidi overrides that make a name or file name read
 * differently from what it is. Multi-line text may also hold newlines (CRLF and CR become
 * newlines) and tabs.
 */
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/** C0 (but newline and tab), DEL and C1 controls: finding them is the point. */
// eslint-disable-next-line no-control-regex
const control = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;
const lineBreakOrTab = /[\n\t]/;
/** Embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069). */
const bidiControl = /[\u202A-\u202E\u2066-\u2069]/;

function codePoint(text: string, pattern: RegExp): string {
  const found = pattern.exec(text)?.[0] ?? '';
  return `U+${(found.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Why a text is refused, or null when it is acceptable. */
export function textProblem(text: string, lines: 'single' | 'multi'): string | null {
  if (loneSurrogate.test(text)) return `Text contains a broken character (${codePoint(text, loneSurrogate)})`;
  if (control.test(text)) return `Text contains a control character (${codePoint(text, control)})`;
  if (lines === 'single' && lineBreakOrTab.test(text)) return 'Text must be on one line, without tabs';
  if (bidiControl.test(text)) return `Text contains a direction override (${codePoint(text, bidiControl)})`;
  return null;
}

type StringParams = Parameters<typeof z.string>[0];

function checkedText(lines: 'single' | 'multi', params?: StringParams) {
  const base = z.string(params);
  // Windows and old Mac line breaks (a spreadsheet's CRLF inside a cell) are newlines.
  return (lines === 'multi' ? base.overwrite((value) => value.replace(/\r\n?/g, '\n')) : base).superRefine(
    (value, ctx) => {
      const problem = textProblem(value, lines);
      if (problem) ctx.addIssue({ code: 'custom', message: problem, abort: true });
    },
  );
}

/** One line of text: a name, an id, a file name, a search. */
export function text(params?: StringParams) {
  return checkedText('single', params);
}

/** Text that may span lines: notes, reasons, addresses. */
export function multiLineText(params?: StringParams) {
  return checkedText('multi', params);
}
