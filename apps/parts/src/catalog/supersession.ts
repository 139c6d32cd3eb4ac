/**
 * A part code may be superseded by a newer code, which may itself be superseded. The part to issue
 * is the last code of the chain.
 */
export type SupersessionMap = ReadonlyMap<string, string | null>;

export class SupersessionCycleError extends Error {
  readonly codes: string[];
  constructor(codes: string[]) {
    super(`supersession cycle: ${codes.join(' → ')}`);
    this.name = 'SupersessionCycleError';
    this.codes = codes;
  }
}

export function currentCode(code: string, supersededBy: SupersessionMap): string {
  const seen = [code];
  let current = code;
  for (let next = supersededBy.get(current); next; next = supersededBy.get(current)) {
    if (seen.includes(next)) throw new SupersessionCycleError([...seen, next]);
    seen.push(next);
    current = next;
  }
  return current;
}

/** The first cycle found among the given codes' chains, or null. */
export function findSupersessionCycle(supersededBy: SupersessionMap): string[] | null {
  for (const code of supersededBy.keys()) {
    try {
      currentCode(code, supersededBy);
    } catch (error) {
      if (error instanceof SupersessionCycleError) return error.codes;
      throw error;
    }
  }
  return null;
}
