import fc from 'fast-check';
import { declaredPaths, pathsOf, plausible, type JsonSchema } from './json-schema-arbitrary.ts';

/** A value nested `levels` deep, built without recursion. */
export function nested(levels: number, as: 'object' | 'array' = 'object'): unknown {
  let value: unknown = 'bottom';
  for (let i = 0; i < levels; i++) value = as === 'object' ? { a: value } : [value];
  return value;
}

const wrongTypes = fc.constantFrom<unknown>(
  null,
  true,
  false,
  0,
  1,
  -1,
  '',
  'x',
  '1',
  'true',
  [],
  {},
  [1, 2],
  { a: 1 },
  ['x'],
);

const odd = {
  text: [
    '\u0000',
    'a\u0000b',
    '\ud800',
    'x\udfffy',
    '\ud83d',
    '\u202eevil',
    '\ufeffBOM',
    'e\u0301\u0301\u0301',
    '😀👨‍👩‍👧',
    '\\u0000',
    '\u2028\u2029',
    '　full-width space',
    '𠜎𠜱𠝹',
  ],
  injection: [
    "' OR 1=1 --",
    "'; drop table claims; --",
    '"; select pg_sleep(5); --',
    '<script>alert(1)</script>',
    '${7*7}{{7*7}}',
    '../../../../etc/passwd',
    '%00%27',
    '\\',
    '__proto__',
    'constructor',
    '$where',
    '{"$gt":""}',
  ],
  dates: [
    '0000-01-01',
    '0001-01-01',
    '1899-12-31',
    '2024-02-30',
    '2023-02-29',
    '2024-13-01',
    '2024-00-10',
    '9999-12-31',
    '275760-09-13',
    '+010000-01-01',
    '2024-06-08T25:00:00Z',
    '0000-01-01T00:00:00Z',
    '9999-12-31T23:59:59+14:00',
    '2024-06-08T09:30:00',
    'yesterday',
    '2024-6-8',
  ],
  numbers: [
    -1,
    -0.5,
    0.5,
    1.5,
    -2147483649,
    2147483647,
    2147483648,
    4294967296,
    10_000_000_001,
    Number.MAX_SAFE_INTEGER,
    Number.MAX_SAFE_INTEGER + 2,
    -Number.MAX_SAFE_INTEGER - 2,
    1e21,
    1e308,
    -1e308,
    5e-324,
    Number.MIN_SAFE_INTEGER,
  ],
};

/** Strings, numbers and shapes that broke services before, and their kin. */
export const nastyValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: wrongTypes },
  { weight: 3, arbitrary: fc.constantFrom(...odd.text) },
  { weight: 2, arbitrary: fc.constantFrom(...odd.injection) },
  { weight: 3, arbitrary: fc.constantFrom(...odd.dates) },
  { weight: 3, arbitrary: fc.constantFrom(...odd.numbers) },
  { weight: 1, arbitrary: fc.constantFrom(5_000, 70_000).map((n) => 'x'.repeat(n)) },
  { weight: 1, arbitrary: fc.constantFrom(5_000, 70_000).map((n) => '\u0000'.repeat(n)) },
  { weight: 1, arbitrary: fc.constantFrom(50, 1_000, 10_000).map((n) => nested(n)) },
  { weight: 1, arbitrary: fc.constantFrom(50, 10_000).map((n) => nested(n, 'array')) },
  { weight: 1, arbitrary: fc.constant(Array.from({ length: 5_000 }, (_, i) => i)) },
  {
    weight: 1,
    arbitrary: fc.dictionary(fc.string({ maxLength: 6 }), fc.constantFrom<unknown>('\u0000', 1, null), { maxKeys: 4 }),
  },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
);

type Path = (string | number)[];

function setAt(target: unknown, path: Path, value: unknown, remove: boolean): unknown {
  if (path.length === 0) return remove ? undefined : value;
  const root = structuredClone(target) as Record<string | number, unknown>;
  let cursor = (root && typeof root === 'object' ? root : {}) as Record<string | number, unknown>;
  const top = cursor;
  for (const [i, key] of path.entries()) {
    if (i === path.length - 1) {
      if (remove) delete cursor[key];
      else cursor[key] = value;
      break;
    }
    const next = cursor[key];
    if (!next || typeof next !== 'object') cursor[key] = typeof path[i + 1] === 'number' ? [] : {};
    cursor = cursor[key] as Record<string | number, unknown>;
  }
  return top;
}

/** One way of breaking a request, with a name for the failure report. */
export interface BadInput {
  how: string;
  input: unknown;
  /** Sent as this raw text instead of JSON of `input` (NaN, Infinity, broken JSON). */
  rawBody?: string;
}

/** Raw bodies JSON cannot even carry. */
const rawTexts = [
  '{"a":NaN}',
  '{"a":Infinity}',
  '{"a":1e999}',
  '{"a":',
  '{"a":"\\ud800"}',
  '{"a":"\\u0000"}',
  '['.repeat(20_000) + ']'.repeat(20_000),
  'null',
  '"',
  '{"__proto__":{"admin":true}}',
];

/**
 * Bad requests for a procedure whose input has this JSON Schema: a plausible request with one field
 * broken (wrong type, nasty value, removed, or an extra field beside it), or the whole input replaced.
 */
export function badInputs(schema: JsonSchema | undefined): fc.Arbitrary<BadInput> {
  const base = plausible(schema);
  const declared = declaredPaths(schema);
  const onePath = base.chain((value) => {
    const paths = [...pathsOf(value), ...declared];
    return fc.tuple(fc.constant(value), fc.constantFrom(...paths));
  });
  const broken = fc.oneof(
    {
      weight: 6,
      arbitrary: fc.tuple(onePath, nastyValue).map(([[value, path], nasty]) => ({
        how: `${path.join('.') || '(input)'} := nasty`,
        input: setAt(value, path, nasty, false),
      })),
    },
    {
      weight: 2,
      arbitrary: onePath.map(([value, path]) => ({
        how: `${path.join('.') || '(input)'} removed`,
        input: setAt(value, path, undefined, true),
      })),
    },
    {
      weight: 1,
      arbitrary: fc
        .tuple(
          onePath,
          nastyValue,
          fc.constantFrom('extra', '__proto__', 'constructor', 'idempotencyKey', 'role', 'providerId', '$gt'),
        )
        .map(([[value, path], nasty, key]) => ({
          how: `extra ${key} beside ${path.join('.') || '(input)'}`,
          input: setAt(value, [...path.slice(0, -1), key], nasty, false),
        })),
    },
    { weight: 1, arbitrary: nastyValue.map((input) => ({ how: '(input) replaced', input })) },
    {
      weight: 1,
      arbitrary: fc.constantFrom(...rawTexts).map((rawBody) => ({ how: 'raw text', input: undefined, rawBody })),
    },
  );
  return broken;
}

/** JSON text of a value of any depth (JSON.stringify recurses and overflows on deeply nested values). */
export function toJson(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  const out: string[] = [];
  const stack: ({ text: string } | { value: unknown })[] = [{ value }];
  while (stack.length) {
    const item = stack.pop()!;
    if ('text' in item) {
      out.push(item.text);
      continue;
    }
    const v = item.value;
    if (Array.isArray(v)) {
      out.push('[');
      stack.push({ text: ']' });
      for (let i = v.length - 1; i >= 0; i--) {
        stack.push({ value: v[i] === undefined ? null : v[i] });
        if (i > 0) stack.push({ text: ',' });
      }
    } else if (v && typeof v === 'object') {
      const entries = Object.entries(v).filter(([, x]) => x !== undefined);
      out.push('{');
      stack.push({ text: '}' });
      for (let i = entries.length - 1; i >= 0; i--) {
        stack.push({ value: entries[i]![1] });
        stack.push({ text: `${JSON.stringify(entries[i]![0])}:` });
        if (i > 0) stack.push({ text: ',' });
      }
    } else {
      out.push(JSON.stringify(v) ?? 'null');
    }
  }
  return out.join('');
}
