import { TRPCError } from '@trpc/server';
import { ZodRealError } from 'zod';

/** Deeper than any input a procedure accepts; deeper values are refused before anything walks them recursively. */
export const maxInputDepth = 32;

interface Fault {
  path: PropertyKey[];
  message: string;
}

/**
 * Text Postgres cannot store, or that breaks JSON columns: the NUL character (refused in text and
 * jsonb alike) and unpaired UTF-16 surrogates (not Unicode; jsonb refuses their escapes).
 */
export function textFault(text: string): string | null {
  if (text.includes('\u0000')) return 'must not contain the NUL character (\\u0000)';
  if (!text.isWellFormed()) return 'must not contain unpaired surrogate characters';
  return null;
}

/** The first fault of a raw JSON input: too deep, or a string or key Postgres cannot store. Iterative: no recursion. */
export function inputFault(input: unknown): Fault | null {
  const stack: { value: unknown; path: PropertyKey[] }[] = [{ value: input, path: [] }];
  while (stack.length) {
    const { value, path } = stack.pop()!;
    if (typeof value === 'string') {
      const message = textFault(value);
      if (message) return { path, message };
      continue;
    }
    if (!value || typeof value !== 'object') continue;
    if (path.length >= maxInputDepth)
      return { path, message: `is nested too deeply (at most ${maxInputDepth} levels)` };
    if (Array.isArray(value)) {
      value.forEach((item, i) => stack.push({ value: item, path: [...path, i] }));
      continue;
    }
    for (const [key, item] of Object.entries(value)) {
      const message = textFault(key);
      if (message) return { path: [...path, key], message: `field name ${message}` };
      stack.push({ value: item, path: [...path, key] });
    }
  }
  return null;
}

/** Throws the BAD_REQUEST a ZodError would, naming the field, when the raw input has a fault. */
export function assertStorableInput(input: unknown) {
  const fault = inputFault(input);
  if (!fault) return;
  // ZodRealError, not ZodError: only the former is an Error, which tRPC keeps as the cause the formatter reads.
  const cause = new ZodRealError([{ code: 'custom', path: fault.path, message: fault.message, input: undefined }]);
  throw new TRPCError({ code: 'BAD_REQUEST', message: fault.message, cause });
}
