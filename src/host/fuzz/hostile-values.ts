import fc from 'fast-check';

/** Nested arrays `depth` deep: parsers and validators that recurse must not fall over. */
function nested(depth: number): unknown {
  let value: unknown = 1;
  for (let i = 0; i < depth; i++) value = [value];
  return value;
}

/**
 * Values no field of the contract should take as they are: wrong types, ids that only look
 * like ids, huge and broken text, extra keys and deep nesting. All survive JSON, so both the
 * router and the HTTP transport see the same input.
 */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(
    null,
    true,
    false,
    0,
    -1,
    1.5,
    2 ** 53 + 2,
    -0,
    '',
    '1',
    ' 1 ',
    '1e3',
    [1],
    [],
    {},
    'x'.repeat(200_000),
    '\u0000'.repeat(10_000),
    '\uD800',
    'a\uDC00b',
    'name\u0000\u001b[31m\u0007\u202Eevil',
    '../../../../etc/passwd',
    '%E0%A4%A',
    '<script>alert(1)</script>',
    "'; DROP TABLE customers; --",
    { __proto__: { admin: true }, constructor: { prototype: { polluted: true } } },
    nested(2_000),
  ),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.array(fc.anything({ maxDepth: 2 }), { maxLength: 4 }),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.anything({ maxDepth: 2 }), { maxKeys: 4 }),
);
