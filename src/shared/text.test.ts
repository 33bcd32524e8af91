import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { api } from './api';
import { multiLineText, text, textProblem } from './text';

type Def = z.core.$ZodTypeDef & Record<string, unknown>;

/** Every string schema inside a schema, with the path to it (formats such as base64 excluded: they admit only ASCII). */
function stringsOf(schema: z.core.$ZodType, path: string, found: { path: string; schema: z.ZodType }[]) {
  const def = schema._zod.def as Def;
  const walk = (inner: unknown, step: string) => stringsOf(inner as z.core.$ZodType, `${path}${step}`, found);
  switch (def.type) {
    case 'string':
      if (!def.format) found.push({ path, schema: schema as z.ZodType });
      break;
    case 'object':
      for (const [key, inner] of Object.entries(def.shape as Record<string, unknown>)) walk(inner, `.${key}`);
      break;
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'catch':
    case 'readonly':
    case 'nonoptional':
      walk(def.innerType, '');
      break;
    case 'pipe':
      walk(def.in, '');
      walk(def.out, '');
      break;
    case 'array':
      walk(def.element, '[]');
      break;
    case 'union':
      (def.options as unknown[]).forEach((option, index) => walk(option, `|${index}`));
      break;
    case 'intersection':
      walk(def.left, '');
      walk(def.right, '');
      break;
    case 'record':
      walk(def.keyType, '{key}');
      walk(def.valueType, '{value}');
      break;
    case 'lazy':
      walk((def.getter as () => unknown)(), '');
      break;
  }
  return found;
}

describe('the text rule', () => {
  it('refuses lone surrogates, control characters and bidi overrides; single lines refuse newline and tab', () => {
    for (const lines of ['single', 'multi'] as const) {
      expect(textProblem('a\uD800b', lines)).toMatch(/broken character \(U\+D800\)/);
      expect(textProblem('a\uDC00', lines)).toMatch(/broken character/);
      expect(textProblem('\u0000', lines)).toMatch(/control character \(U\+0000\)/);
      expect(textProblem('bell\u0007', lines)).toMatch(/U\+0007/);
      expect(textProblem('esc\u001b[31m', lines)).toMatch(/U\+001B/);
      expect(textProblem('cr\r', lines)).toMatch(/U\+000D/);
      expect(textProblem('\u0085', lines)).toMatch(/U\+0085/);
      expect(textProblem('evil\u202Egnp.exe', lines)).toMatch(/direction override \(U\+202E\)/);
      expect(textProblem('\u2066x\u2069', lines)).toMatch(/direction override/);
      expect(textProblem('Zoë 😀 שלום عربى', lines)).toBeNull();
    }
    expect(textProblem('two\nlines', 'single')).toMatch(/one line/);
    expect(textProblem('tab\there', 'single')).toMatch(/one line/);
    expect(textProblem('two\nlines\tand a tab', 'multi')).toBeNull();
    expect(text().safeParse('\uD83D').success).toBe(false);
    expect(multiLineText().parse('a\r\nb\rc')).toBe('a\nb\nc');
    expect(text().safeParse('a\r\nb').success).toBe(false);
  });

  // Derived from the contract, not a list: a new string input without the rule fails here.
  const inputs = Object.entries(api).flatMap(([name, operation]) =>
    stringsOf(operation.input, name, []).map((found) => ({ ...found, path: found.path })),
  );

  it('finds the strings of the contract', () => {
    expect(inputs.length).toBeGreaterThan(40);
  });

  it.each(inputs.map((input) => [input.path, input.schema] as const))(
    '%s refuses a lone surrogate, a control character and a bidi override',
    (_path, schema) => {
      for (const bad of ['ab\uD800cd', 'ab\u0007cd', 'ab\u202Ecd']) {
        const result = schema.safeParse(bad);
        expect(result.success).toBe(false);
        expect(result.error?.issues.map((issue) => issue.message).join(' ')).toMatch(
          /broken character|control character|direction override/,
        );
      }
    },
  );
});
