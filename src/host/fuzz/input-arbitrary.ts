import fc from 'fast-check';
import type { z } from 'zod';
import { hostileValue } from './hostile-values';

/** Text that real fields take (an email, a country, a phone, a date, a PNG as base64 ...), so some inputs pass. */
const plausibleText = fc.constantFrom(
  'Ada',
  'ada@example.com',
  'GB',
  'United Kingdom',
  '+44 20 7946 0958',
  '1990-02-03',
  'Europe/London',
  'https://example.com',
  'approved',
  'a good reason',
  '12.50',
  '3',
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
);

/** The parts of a zod 4 schema's definition the generator reads. */
interface Definition {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  in?: z.ZodType;
  options?: z.ZodType[];
  entries?: Record<string, string | number>;
  values?: unknown[];
  keyType?: z.ZodType;
  valueType?: z.ZodType;
}

function definitionOf(schema: z.ZodType): Definition {
  return (schema as unknown as { _zod: { def: Definition } })._zod.def;
}

/** An input shaped by the schema, each part of it sometimes replaced by a hostile value. */
function shaped(schema: z.ZodType, depth: number): fc.Arbitrary<unknown> {
  const def = definitionOf(schema);
  const child = (inner: z.ZodType) => inputArbitrary(inner, depth + 1);
  switch (def.type) {
    case 'object': {
      const shape = Object.fromEntries(Object.entries(def.shape ?? {}).map(([key, inner]) => [key, child(inner)]));
      const extraKey = fc.option(fc.tuple(fc.constantFrom('extra', 'id', '__proto__', 'constructor'), hostileValue));
      return fc
        .tuple(fc.record(shape, { requiredKeys: [] }), extraKey)
        .map(([value, extra]) => (extra ? { ...value, [extra[0]]: extra[1] } : value));
    }
    case 'array':
      return fc.array(child(def.element as z.ZodType), { maxLength: 4 });
    case 'optional':
    case 'nullable':
    case 'default':
      return fc.oneof(child(def.innerType as z.ZodType), fc.constantFrom(undefined, null));
    case 'pipe':
      return shaped(def.in as z.ZodType, depth);
    case 'union':
      return fc.oneof(...(def.options ?? []).map(child));
    case 'record':
      return fc.dictionary(fc.oneof(plausibleText, fc.string({ maxLength: 12 })), child(def.valueType as z.ZodType), {
        maxKeys: 3,
      });
    case 'enum':
      return fc.constantFrom(...Object.values(def.entries ?? {}));
    case 'literal':
      return fc.constantFrom(...(def.values ?? []));
    case 'string':
      return fc.oneof(plausibleText, fc.string({ maxLength: 30 }));
    case 'number':
      return fc.oneof(fc.integer({ min: -2, max: 6 }), fc.integer());
    case 'boolean':
      return fc.boolean();
    default:
      return fc.anything({ maxDepth: 2 });
  }
}

/**
 * Inputs for an operation, generated from its zod input schema: mostly the schema's own shape
 * (so validation is passed part way, and sometimes all the way), with hostile values anywhere.
 */
export function inputArbitrary(schema: z.ZodType, depth = 0): fc.Arbitrary<unknown> {
  if (depth > 6) return hostileValue;
  return fc.oneof({ arbitrary: shaped(schema, depth), weight: 5 }, { arbitrary: hostileValue, weight: 1 });
}
