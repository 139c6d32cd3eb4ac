import { createHash } from 'node:crypto';
import { badRequest } from '../errors.ts';

/** No mutation's input nests anywhere near this deep; deeper input is refused before any work. */
export const maxInputDepth = 32;

/**
 * The dotted path of the first value nested deeper than `max` levels, or null. Walks with its own
 * stack, so a hostile input nested a million levels deep costs a loop, not the call stack.
 */
export function tooDeepAt(value: unknown, max = maxInputDepth): string | null {
  const stack: { value: unknown; depth: number; path: string[] }[] = [{ value, depth: 0, path: [] }];
  while (stack.length) {
    const { value: current, depth, path } = stack.pop()!;
    if (current === null || typeof current !== 'object') continue;
    if (depth >= max) return path.join('.') || '(input)';
    for (const [k, child] of Object.entries(current))
      stack.push({ value: child, depth: depth + 1, path: [...path, k] });
  }
  return null;
}

/** Canonical JSON (sorted keys) so the same request always hashes the same. Only called on depth-checked input. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** The SHA-256 of a request's payload; BAD_REQUEST (naming where) when it nests absurdly deep. */
export function requestHashOf(payload: unknown): string {
  const deep = tooDeepAt(payload);
  if (deep !== null) throw badRequest(deep, `is nested deeper than ${maxInputDepth} levels`);
  return createHash('sha256').update(canonical(payload)).digest('hex');
}
