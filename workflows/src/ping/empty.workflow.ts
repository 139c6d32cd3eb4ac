/**
 * A workflow that does nothing: the baseline `bench/workflows` measures the approval workflows against
 * (what the Temporal server and the worker cost for a start, one workflow task and a completion).
 */
export async function empty(): Promise<null> {
  return null;
}
