/**
 * The input with its first value (depth first, `idempotencyKey` aside) changed and nothing added:
 * a number plus one, a string with a suffix, a boolean flipped, a null made a string. For showing
 * that a key replayed with another *value* is refused, not only one with an extra field.
 */
export function withOneValueChanged<T extends Record<string, unknown>>(input: T): T {
  const copy = structuredClone(input) as Record<string, unknown>;
  const change = (holder: Record<string, unknown> | unknown[], key: string | number): boolean => {
    const value = (holder as Record<string | number, unknown>)[key];
    let next: unknown;
    if (typeof value === 'number') next = value + 1;
    else if (typeof value === 'string') next = `${value}-changed`;
    else if (typeof value === 'boolean') next = !value;
    else if (value === null) next = 'changed';
    else if (Array.isArray(value)) return value.some((_, i) => change(value, i));
    else if (value && typeof value === 'object')
      return Object.keys(value).some((k) => change(value as Record<string, unknown>, k));
    else return false;
    (holder as Record<string | number, unknown>)[key] = next;
    return true;
  };
  const changed = Object.keys(copy).some((k) => k !== 'idempotencyKey' && change(copy, k));
  if (!changed) throw new Error(`no value to change in ${JSON.stringify(input)}`);
  return copy as T;
}
