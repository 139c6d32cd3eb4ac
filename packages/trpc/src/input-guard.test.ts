import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inputFault, maxInputDepth, textFault } from './input-guard.ts';

const deep = (levels: number) => {
  let value: unknown = 'x';
  for (let i = 0; i < levels; i++) value = { a: value };
  return value;
};

describe('input Postgres could not store', () => {
  it.each([
    ['NUL', { note: 'a\u0000b' }, 'note', /NUL/],
    ['a lone high surrogate', { lines: [{ note: 'x\ud800' }] }, 'lines.0.note', /surrogate/],
    ['a lone low surrogate in a key', { terms: { '\udfff': 1 } }, 'terms.\udfff', /field name .*surrogate/],
    ['ten thousand levels', deep(10_000), 'a', /nested too deeply/],
  ])('%s is named by its path', (_, input, path, message) => {
    const fault = inputFault(input)!;
    expect(fault.message).toMatch(message);
    expect(fault.path.join('.').startsWith(path)).toBe(true);
  });

  it('lets ordinary input through, whatever its text', () => {
    expect(
      inputFault({ note: '中文 😀 e\u0301 \u202e', nested: deep(maxInputDepth - 1), n: [1, null, true] }),
    ).toBeNull();
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (text) => textFault(text) === null));
  });

  it('finds every NUL and lone surrogate, wherever in the text', () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.string(),
        fc.constantFrom('\u0000', '\ud800', '\udbff', '\udc00', '\udfff'),
        (a, b, bad) => {
          // Joining may pair a lone surrogate with a neighbour; only assert on what is really malformed.
          const text = `${a}${bad}${b}`;
          return textFault(text) !== null || (text.isWellFormed() && !text.includes('\u0000'));
        },
      ),
    );
  });
});
