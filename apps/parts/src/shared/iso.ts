/** An instant as the API shows it: an ISO string, or null when it has not happened. */
export const isoOrNull = (d: Date | null) => d?.toISOString() ?? null;
